package org.gridgov.scoring.rating;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * The result of a {@link RatingRound}: each organisation's stars, tier and reward, the quota cuts,
 * and a summary by star and tier with rectification counts. Entries are made on demand from
 * primitive arrays (O(1) each); {@link #explain} rebuilds an organisation's full {@link Rating}
 * (O(n log n) for n items). Immutable and thread-safe; identity is by instance.
 *
 * <pre>{@code
 * RoundResult round = RatingRound.of(rubric, "2023").rate(assessments);
 * for (RoundEntry e : round.entries()) { e.stars(); e.tier(); e.movement(); }
 * round.summary().byTier();                   // ADVANCED 37 (12 items), AVERAGE 61, LAGGING 22
 * }</pre>
 */
public final class RoundResult {
  /** The arrays a round computes, index by the assessment's position. */
  static final class Data {
    final int n;
    final long[] total;
    final long[] sections;
    final byte[] byRules;
    final byte[] stars;
    final byte[] previous;
    final boolean[] riseLimited;
    final byte[] cutFrom;
    final byte[] cutBy;
    final byte[] tier;
    final boolean[] weak;
    final boolean[] isNew;
    final int[] rectifications;

    /** The lowest total of the rated, or Long.MIN_VALUE if no one scores higher than it. */
    long lowest;

    @SuppressWarnings("EnumOrdinal") // a dense index into per-tier arrays and a byte column
    static byte ordinal(Enum<?> value) {
      return (byte) value.ordinal();
    }

    Data(int n) {
      this.n = n;
      total = new long[n];
      sections = new long[n];
      byRules = new byte[n];
      stars = new byte[n];
      previous = new byte[n];
      riseLimited = new boolean[n];
      cutFrom = new byte[n];
      cutBy = new byte[n];
      tier = new byte[n];
      weak = new boolean[n];
      isNew = new boolean[n];
      rectifications = new int[n];
    }
  }

  private static final Tier[] TIERS = Tier.values();
  private static final QuotaCut.TieBreak[] TIE_BREAKS = QuotaCut.TieBreak.values();

  private final RatingRound round;
  private final List<Assessment> assessments;
  private final Map<String, Integer> index;
  private final Data d;
  private final List<QuotaCut> cuts;
  private final Summary summary;

  RoundResult(
      RatingRound round,
      List<Assessment> assessments,
      Map<String, Integer> index,
      Data d,
      List<QuotaCut> cuts) {
    this.round = round;
    this.assessments = assessments;
    this.index = index;
    this.d = d;
    this.cuts = List.copyOf(cuts);
    this.summary = summarise();
  }

  /**
   * The rubric.
   *
   * @return the rubric
   */
  public Rubric rubric() {
    return round.rubric();
  }

  /**
   * The period.
   *
   * @return the period
   */
  public String period() {
    return round.period();
  }

  /**
   * The number of organisations.
   *
   * @return the count
   */
  public int size() {
    return d.n;
  }

  /**
   * The assessments, in the order given.
   *
   * @return the assessments
   */
  public List<Assessment> assessments() {
    return assessments;
  }

  /**
   * The entries, in the order of the assessments; each made on demand.
   *
   * @return a view of the entries
   */
  public List<RoundEntry> entries() {
    return new Entries();
  }

  private final class Entries extends AbstractList<RoundEntry> implements RandomAccess {
    @Override
    public RoundEntry get(int i) {
      return entry(i);
    }

    @Override
    public int size() {
      return d.n;
    }
  }

  /**
   * The entry at a position.
   *
   * @param i the position, from 0
   * @return the entry
   * @throws IndexOutOfBoundsException if out of range
   */
  public RoundEntry entry(int i) {
    Objects.checkIndex(i, d.n);
    Assessment a = assessments.get(i);
    RubricKernel k = round.rubric().kernel();
    List<String> weak = new ArrayList<>();
    if (!d.isNew[i]) {
      for (int t = 0; t < k.triggers.length; t++) {
        if (RoundEngine.fires(k, t, a, d, i)) {
          weak.add(round.rubric().weakTriggers().get(t).id());
        }
      }
    }
    Movement movement;
    if (d.isNew[i]) {
      movement = Movement.NEW;
    } else if (d.previous[i] == RoundEngine.NOT_RATED) {
      movement = Movement.FIRST;
    } else {
      int c = Integer.compare(d.stars[i], d.previous[i]);
      movement = c > 0 ? Movement.UP : c == 0 ? Movement.SAME : Movement.DOWN;
    }
    Optional<QuotaCut> cut =
        d.cutFrom[i] == RoundEngine.NOT_RATED
            ? Optional.empty()
            : Optional.of(
                new QuotaCut(
                    a.organisationId(),
                    d.cutFrom[i],
                    d.stars[i],
                    Points.ofHundredths(d.total[i]),
                    TIE_BREAKS[d.cutBy[i]]));
    return new RoundEntry(
        a.organisationId(),
        a.name(),
        Points.ofHundredths(d.total[i]),
        d.byRules[i],
        d.stars[i],
        d.previous[i] == RoundEngine.NOT_RATED
            ? OptionalInt.empty()
            : OptionalInt.of(d.previous[i]),
        movement,
        d.riseLimited[i],
        cut,
        TIERS[d.tier[i]],
        weak,
        d.isNew[i] ? Optional.empty() : round.rubric().reward(d.stars[i]),
        d.rectifications[i]);
  }

  /**
   * An organisation's entry.
   *
   * @param organisationId the organisation
   * @return the entry, if it was in the round
   */
  public Optional<RoundEntry> entry(String organisationId) {
    Integer i = index.get(Objects.requireNonNull(organisationId, "organisationId"));
    return i == null ? Optional.empty() : Optional.of(entry(i.intValue()));
  }

  /**
   * An organisation's full rating by the rubric's rules (the stars before transition and quotas;
   * its entry has those).
   *
   * @param organisationId the organisation
   * @return the rating, if it was in the round
   */
  public Optional<Rating> explain(String organisationId) {
    Integer i = index.get(Objects.requireNonNull(organisationId, "organisationId"));
    return i == null ? Optional.empty() : Optional.of(round.rubric().rate(assessments.get(i)));
  }

  /**
   * Every quota cut, level by level from the most stars down.
   *
   * @return the cuts
   */
  public List<QuotaCut> quotaCuts() {
    return cuts;
  }

  /**
   * The summary.
   *
   * @return the summary
   */
  public Summary summary() {
    return summary;
  }

  private Summary summarise() {
    RubricKernel k = round.rubric().kernel();
    int[] byStars = new int[Checks.MAX_STARS + 1];
    long[] rectByStars = new long[Checks.MAX_STARS + 1];
    int[] byTier = new int[TIERS.length];
    long[] rectByTier = new long[TIERS.length];
    int rated = 0;
    int weak = 0;
    long rect = 0;
    int limited = 0;
    for (int i = 0; i < d.n; i++) {
      byStars[d.stars[i]]++;
      rectByStars[d.stars[i]] += d.rectifications[i];
      byTier[d.tier[i]]++;
      rectByTier[d.tier[i]] += d.rectifications[i];
      rated += d.isNew[i] ? 0 : 1;
      weak += d.weak[i] ? 1 : 0;
      rect += d.rectifications[i];
      limited += d.riseLimited[i] ? 1 : 0;
    }
    List<Summary.StarCount> stars = new ArrayList<>();
    boolean zero = false;
    for (int r = k.rungs.length - 1; r >= 0; r--) {
      int s = k.rungs[r];
      zero |= s == 0;
      stars.add(new Summary.StarCount(s, byStars[s], rectByStars[s]));
    }
    if (!zero) {
      stars.add(new Summary.StarCount(0, byStars[0], rectByStars[0]));
    }
    List<Summary.TierCount> tiers = new ArrayList<>();
    for (Tier t : TIERS) {
      tiers.add(new Summary.TierCount(t, byTier[Data.ordinal(t)], rectByTier[Data.ordinal(t)]));
    }
    return new Summary(d.n, rated, stars, tiers, weak, rect, cuts.size(), limited);
  }

  /**
   * The round as {@code RoundResult[2023, 120 organisations]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "RoundResult[" + period() + ", " + d.n + " organisations]";
  }
}
