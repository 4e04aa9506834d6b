package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.ProblemList;
import org.jspecify.annotations.Nullable;

/**
 * One round of the public vote (一期评选): its window {@code [start, end)} in a zone whose days the
 * daily caps count, its candidates, its caps, the channels that count together, the anti-brushing
 * detectors, the seats, how scores are made and how ties are broken. A round is an immutable,
 * validated snapshot; building it reports every problem at once.
 *
 * <pre>{@code
 * Round round = Round.builder("yingkou-2022-1")
 *     .name("营口市最美网格员评选 第一期")
 *     .window(Instant.parse("2022-10-31T16:00:00Z"), Instant.parse("2022-12-30T16:00:00Z"),
 *         ZoneId.of("Asia/Shanghai"))                       // 60 days
 *     .channels("wechat", "app")
 *     .rules(VoteRules.of(5, 1).withPerIp(RateLimit.of(1, Duration.ofMinutes(5))))
 *     .seats(SeatRules.of(20).withRegion(RegionalSeats.of("210802", 2, 6)))
 *     .scoring(ScoreRule.weighted(40, 60))
 *     .addCandidate(Candidate.of("zq-001", "王丽", "210802", "210802001003001"))
 *     // ...
 *     .build();                                             // InvalidRoundException lists every problem
 * }</pre>
 *
 * <p>Rounds narrow the field (162 → 80 → 50 → 20 → 10): {@link VoteResult#advancing(int)} gives the
 * candidates of the next round, and {@link #toBuilder()} starts it from this one.
 *
 * <p>Why one file of about 750 lines: the round and its builder are the façade hosts configure a
 * vote with, a third of it Javadoc on each rule; counting lives in the package-private kernel.
 */
public final class Round {
  /** The longest window: {@value} days. */
  public static final int MAX_DAYS = 400;

  /** The most candidates: {@value}. */
  public static final int MAX_CANDIDATES = 100_000;

  /** The most channels: {@value}. */
  public static final int MAX_CHANNELS = 64;

  private final String id;
  private final String name;
  private final ZoneId zone;
  private final Instant start;
  private final Instant end;
  private final List<String> channels;
  private final VoteRules rules;
  private final Detectors detectors;
  private final SeatRules seats;
  private final ScoreRule scoring;
  private final List<TieBreak> tieBreaks;
  private final List<Candidate> candidates;

  private final IdIndex candidateIndex;
  private final IdIndex channelIndex;
  private final long[] dayStarts;
  private final byte[] fingerprint;

  private Round(Builder b, long[] dayStarts) {
    this.id = b.id;
    this.name = b.name;
    this.zone = checkNotNull(b.zone);
    this.start = checkNotNull(b.start);
    this.end = checkNotNull(b.end);
    this.channels = List.copyOf(b.channels);
    this.rules = b.rules;
    this.detectors = b.detectors;
    this.seats = b.seats;
    this.scoring = b.scoring;
    this.tieBreaks = List.copyOf(b.tieBreaks);
    this.candidates = List.copyOf(b.candidates);
    List<String> candidateIds = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      candidateIds.add(c.id());
    }
    this.candidateIndex = new IdIndex(candidateIds);
    this.channelIndex = new IdIndex(channels);
    this.dayStarts = dayStarts;
    this.fingerprint = sha256(canonicalText());
  }

  /**
   * A builder for a round.
   *
   * @param id the round's id: 1 to 64 ASCII letters, digits, {@code . _ : -}
   * @return the builder
   */
  public static Builder builder(String id) {
    return new Builder(checkNotNull(id, "id"));
  }

  /**
   * A builder holding this round's settings, for the next round of a narrowing field.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.name = name;
    b.zone = zone;
    b.start = start;
    b.end = end;
    b.channels.addAll(channels);
    b.rules = rules;
    b.detectors = detectors;
    b.seats = seats;
    b.scoring = scoring;
    b.tieBreaks = new ArrayList<>(tieBreaks);
    b.candidates.addAll(candidates);
    return b;
  }

  /**
   * The round's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The round's name, as published.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The zone whose days the daily caps count.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The first instant of the window.
   *
   * @return the start, inclusive
   */
  public Instant start() {
    return start;
  }

  /**
   * The end of the window.
   *
   * @return the end, exclusive
   */
  public Instant end() {
    return end;
  }

  /**
   * The channels (WeChat, an app, the web) whose ballots count together.
   *
   * @return the channel ids, at least one
   */
  public List<String> channels() {
    return channels;
  }

  /**
   * The caps.
   *
   * @return the rules
   */
  public VoteRules rules() {
    return rules;
  }

  /**
   * The anti-brushing detectors.
   *
   * @return the detectors
   */
  public Detectors detectors() {
    return detectors;
  }

  /**
   * The seats and their regional limits.
   *
   * @return the seat rules
   */
  public SeatRules seats() {
    return seats;
  }

  /**
   * How scores are made.
   *
   * @return the score rule
   */
  public ScoreRule scoring() {
    return scoring;
  }

  /**
   * The tie-break chain, in the order applied.
   *
   * @return the steps
   */
  public List<TieBreak> tieBreaks() {
    return tieBreaks;
  }

  /**
   * The candidates, in the order given.
   *
   * @return the candidates, at least one
   */
  public List<Candidate> candidates() {
    return candidates;
  }

  /**
   * A candidate by id. O(1).
   *
   * @param candidateId the id
   * @return the candidate, or empty
   */
  public Optional<Candidate> candidate(String candidateId) {
    int i = candidateIndex.indexOf(checkNotNull(candidateId, "candidateId"));
    return i < 0 ? Optional.empty() : Optional.of(candidates.get(i));
  }

  /**
   * The number of days of the round in its zone, the partial first and last days included.
   *
   * @return the days
   */
  public int days() {
    return dayStarts.length - 1;
  }

  /**
   * The date of a day of the round.
   *
   * @param day the day, from 0
   * @return the date in the round's zone
   */
  public LocalDate date(int day) {
    checkArgument(day >= 0 && day < days(), "day %s is outside 0..%s", day, days() - 1);
    return LocalDate.ofInstant(start, zone).plusDays(day);
  }

  /**
   * Whether an instant is inside the window.
   *
   * @param instant the instant
   * @return true if {@code start <= instant < end}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /**
   * The round's fingerprint: SHA-256 of a canonical text of every setting and candidate, as 64 hex
   * digits. The audit digest starts from it, so a count binds the exact rules it ran under.
   *
   * @return the fingerprint
   */
  public String fingerprint() {
    return Hex.of(fingerprint);
  }

  byte[] fingerprintBytes() {
    return fingerprint.clone();
  }

  int candidateCount() {
    return candidates.size();
  }

  /** The candidate's index, or -1. O(1). */
  int candidateIndex(String candidateId) {
    return candidateIndex.indexOf(candidateId);
  }

  /** The channel's index, or -1. O(1). */
  int channelIndex(String channel) {
    return channelIndex.indexOf(channel);
  }

  /** The start of a day in epoch seconds; day {@code days()} is the end of the last day. */
  long dayStart(int day) {
    return dayStarts[day];
  }

  /** The day of an epoch second inside the window. O(log days). */
  int dayOfSecond(long epochSecond) {
    int i = Arrays.binarySearch(dayStarts, epochSecond);
    return i >= 0 ? Math.min(i, days() - 1) : -i - 2;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Round r && Arrays.equals(fingerprint, r.fingerprint);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(fingerprint);
  }

  /**
   * The round as {@code Round[id, n candidates, start..end zone]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Round["
        + id
        + ", "
        + candidates.size()
        + " candidates, "
        + start
        + ".."
        + end
        + " "
        + zone
        + "]";
  }

  private String canonicalText() {
    StringBuilder sb = new StringBuilder(256 + candidates.size() * 64);
    sb.append("gridgov-vote-round/1\n");
    field(sb, "id", id);
    field(sb, "name", name);
    field(sb, "zone", zone.getId());
    field(sb, "start", start.toString());
    field(sb, "end", end.toString());
    field(sb, "channels", String.join(",", channels));
    field(
        sb,
        "rules",
        rules.votesPerVoterPerDay()
            + ","
            + rules.votesPerCandidatePerDay()
            + ","
            + rules.choicesPerBallot()
            + ","
            + rules.minInterval()
            + ",ip="
            + rules.perIp().map(RateLimit::toString).orElse("-")
            + ",device="
            + rules.perDevice().map(RateLimit::toString).orElse("-"));
    field(
        sb,
        "detectors",
        "ipBurst="
            + detectors.ipBurst().map(RateLimit::toString).orElse("-")
            + ",deviceBurst="
            + detectors.deviceBurst().map(RateLimit::toString).orElse("-")
            + ",votersPerDevice="
            + detectors.votersPerDevice().map(String::valueOf).orElse("-")
            + ",surge="
            + detectors.candidateSurge().map(Detectors.Surge::toString).orElse("-"));
    StringBuilder seatText = new StringBuilder().append(seats.seats());
    for (RegionalSeats r : seats.regions()) {
      seatText.append(';').append(r.district()).append(':').append(r.min()).append(':');
      seatText.append(r.max());
    }
    field(sb, "seats", seatText.toString());
    field(sb, "scoring", Scoring.describe(scoring));
    StringBuilder ties = new StringBuilder();
    for (TieBreak t : tieBreaks) {
      ties.append(ties.length() == 0 ? "" : ",").append(t.name());
    }
    field(sb, "tieBreaks", ties.toString());
    for (Candidate c : candidates) {
      field(sb, "candidate", c.id() + "\t" + c.name() + "\t" + c.district() + "\t" + c.grid());
    }
    return sb.toString();
  }

  /** {@code key=length:value\n}, so that no value can pass for another field. */
  private static void field(StringBuilder sb, String key, String value) {
    sb.append(key).append('=').append(value.length()).append(':').append(value).append('\n');
  }

  static byte[] sha256(String text) {
    MessageDigest md = sha256();
    return md.digest(text.getBytes(StandardCharsets.UTF_8));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** Builds a {@link Round}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private String name = "";
    private @Nullable ZoneId zone;
    private @Nullable Instant start;
    private @Nullable Instant end;
    private final List<String> channels = new ArrayList<>();
    private VoteRules rules = VoteRules.of(5, 1);
    private Detectors detectors = Detectors.none();
    private SeatRules seats = SeatRules.of(1);
    private ScoreRule scoring = ScoreRule.votesOnly();
    private List<TieBreak> tieBreaks =
        new ArrayList<>(
            List.of(
                TieBreak.EARLIER_ROUND,
                TieBreak.PANEL_SCORE,
                TieBreak.SEEDED_DRAW,
                TieBreak.MANUAL));
    private final List<Candidate> candidates = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets the name; by default the id.
     *
     * @param newName the name, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder name(String newName) {
      this.name = checkNotNull(newName, "name");
      return this;
    }

    /**
     * Sets the window and the zone whose days the daily caps count.
     *
     * @param windowStart the first instant
     * @param windowEnd the end, exclusive
     * @param windowZone the zone
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder window(Instant windowStart, Instant windowEnd, ZoneId windowZone) {
      this.start = checkNotNull(windowStart, "start");
      this.end = checkNotNull(windowEnd, "end");
      this.zone = checkNotNull(windowZone, "zone");
      return this;
    }

    /**
     * Sets the channels; by default {@code "online"} alone.
     *
     * @param ids the channel ids
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder channels(String... ids) {
      return channels(List.of(ids));
    }

    /**
     * Sets the channels; by default {@code "online"} alone.
     *
     * @param ids the channel ids
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder channels(List<String> ids) {
      List<String> copy = List.copyOf(ids);
      channels.clear();
      channels.addAll(copy);
      return this;
    }

    /**
     * Sets the caps; by default 5 votes a day, 1 per candidate.
     *
     * @param newRules the caps
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder rules(VoteRules newRules) {
      this.rules = checkNotNull(newRules, "rules");
      return this;
    }

    /**
     * Sets the detectors; by default none.
     *
     * @param newDetectors the detectors
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder detectors(Detectors newDetectors) {
      this.detectors = checkNotNull(newDetectors, "detectors");
      return this;
    }

    /**
     * Sets the seats; by default 1 without regional limits.
     *
     * @param newSeats the seats
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder seats(SeatRules newSeats) {
      this.seats = checkNotNull(newSeats, "seats");
      return this;
    }

    /**
     * Sets the score rule; by default the vote count.
     *
     * @param rule the rule
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder scoring(ScoreRule rule) {
      this.scoring = checkNotNull(rule, "scoring");
      return this;
    }

    /**
     * Sets the tie-break chain; by default earlier round, panel score, seeded draw, manual.
     *
     * @param steps the steps in order
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder tieBreaks(List<TieBreak> steps) {
      this.tieBreaks = new ArrayList<>(List.copyOf(steps));
      return this;
    }

    /**
     * Adds a candidate.
     *
     * @param candidate the candidate
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addCandidate(Candidate candidate) {
      candidates.add(checkNotNull(candidate, "candidate"));
      return this;
    }

    /**
     * Replaces the candidates, as for the next round of a narrowing field.
     *
     * @param list the candidates
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder candidates(List<Candidate> list) {
      List<Candidate> copy = List.copyOf(list);
      candidates.clear();
      candidates.addAll(copy);
      return this;
    }

    /**
     * Validates everything and builds the round.
     *
     * @return the round
     * @throws InvalidRoundException listing every problem
     */
    public Round build() {
      ProblemList problems = new ProblemList(1000);
      Ids.problemWith("a round id", id)
          .ifPresent(m -> problems.add(ProblemKind.INVALID_VALUE, Location.element("id"), m));
      if (name.isEmpty()) {
        name = id;
      } else if (name.isBlank() || name.length() > 200) {
        problems.add(
            ProblemKind.INVALID_VALUE,
            Location.element("name"),
            "a round's name has 1 to 200 characters and is not blank");
      }
      long[] days = null;
      if (start == null || end == null || zone == null) {
        problems.add(
            ProblemKind.MISSING_FIELD, Location.element("start"), "a round needs its window");
      } else if (!end.isAfter(start)) {
        problems.add(
            ProblemKind.INVALID_VALUE,
            Location.element("end"),
            "the window ends after it starts, got " + start + " .. " + end);
      } else {
        days = dayStarts(start, end, zone, problems);
      }
      if (channels.isEmpty()) {
        channels.add("online");
      }
      if (channels.size() > MAX_CHANNELS) {
        problems.add(
            ProblemKind.BUDGET_EXCEEDED,
            Location.element("channels"),
            "at most " + MAX_CHANNELS + " channels, got " + channels.size());
      }
      Set<String> seenChannels = new HashSet<>();
      for (int i = 0; i < channels.size(); i++) {
        String ch = channels.get(i);
        Location at = Location.element("channels", i);
        Optional<String> bad = Ids.problemWith("a channel id", ch);
        if (bad.isPresent()) {
          problems.add(ProblemKind.INVALID_VALUE, at, bad.get());
        } else if (!seenChannels.add(ch)) {
          problems.add(ProblemKind.DUPLICATE_ID, at, "channel \"" + ch + "\" is listed twice");
        }
      }
      if (candidates.isEmpty()) {
        problems.add(
            ProblemKind.MISSING_FIELD,
            Location.element("candidates"),
            "a round has at least one candidate");
      } else if (candidates.size() > MAX_CANDIDATES) {
        problems.add(
            ProblemKind.BUDGET_EXCEEDED,
            Location.element("candidates"),
            "at most " + MAX_CANDIDATES + " candidates, got " + candidates.size());
      }
      Map<String, Integer> seen = new HashMap<>();
      Map<DivisionCode, Integer> perDistrict = new HashMap<>();
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        Integer first = seen.putIfAbsent(c.id(), i);
        if (first != null) {
          problems.add(
              ProblemKind.DUPLICATE_ID,
              Location.element("candidates", i).field("id"),
              "candidate \"" + c.id() + "\" is also candidates[" + first + "]");
        }
        perDistrict.merge(c.district(), 1, Integer::sum);
      }
      checkSeats(problems, perDistrict);
      Set<TieBreak> steps = new HashSet<>();
      for (int i = 0; i < tieBreaks.size(); i++) {
        if (!steps.add(tieBreaks.get(i))) {
          problems.add(
              ProblemKind.CONFLICT,
              Location.element("tieBreaks", i),
              "tie-break step " + tieBreaks.get(i) + " is listed twice");
        }
      }
      if (!problems.isEmpty()) {
        throw problems.failure(InvalidRoundException::new);
      }
      return new Round(this, checkNotNull(days));
    }

    private void checkSeats(ProblemList problems, Map<DivisionCode, Integer> perDistrict) {
      if (!candidates.isEmpty() && seats.seats() > candidates.size()) {
        problems.add(
            ProblemKind.INCONSISTENT_TOTAL,
            Location.element("seats").field("count"),
            seats.seats() + " seats for " + candidates.size() + " candidates");
      }
      Set<DivisionCode> districts = new HashSet<>();
      int minimums = 0;
      for (int i = 0; i < seats.regions().size(); i++) {
        RegionalSeats r = seats.regions().get(i);
        Location at = Location.element("seats").field("regions").index(i);
        if (!districts.add(r.district())) {
          problems.add(
              ProblemKind.DUPLICATE_ID,
              at.field("district"),
              "district " + r.district() + " has two regional limits");
        }
        if (!candidates.isEmpty() && !perDistrict.containsKey(r.district())) {
          problems.add(
              ProblemKind.UNKNOWN_REFERENCE,
              at.field("district"),
              "no candidate is in district " + r.district());
        }
        minimums += r.min();
      }
      if (minimums > seats.seats()) {
        problems.add(
            ProblemKind.INCONSISTENT_TOTAL,
            Location.element("seats").field("regions"),
            "the regional minimums add up to "
                + minimums
                + ", more than the "
                + seats.seats()
                + " seats");
      }
    }

    private static long @Nullable [] dayStarts(
        Instant start, Instant end, ZoneId zone, ProblemList problems) {
      try {
        LocalDate first = LocalDate.ofInstant(start, zone);
        LocalDate last = LocalDate.ofInstant(end.minusNanos(1), zone);
        long n = last.toEpochDay() - first.toEpochDay() + 1;
        if (n > MAX_DAYS) {
          problems.add(
              ProblemKind.BUDGET_EXCEEDED,
              Location.element("end"),
              "a round lasts at most " + MAX_DAYS + " days, got " + n);
          return null;
        }
        long[] days = new long[(int) n + 1];
        for (int d = 0; d <= n; d++) {
          days[d] = first.plusDays(d).atStartOfDay(zone).toEpochSecond();
        }
        days[0] = Math.min(days[0], start.getEpochSecond());
        return days;
      } catch (DateTimeException | ArithmeticException e) {
        problems.add(
            ProblemKind.INVALID_VALUE,
            Location.element("start"),
            "the window " + start + " .. " + end + " is outside the supported dates");
        return null;
      }
    }
  }
}
