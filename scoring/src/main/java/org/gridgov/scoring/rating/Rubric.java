package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * 评星定级标准 — a star-rating rubric as data: sections (aspects) of items with maxima and deduction
 * clauses, bonus standards with caps, star bands, gates beyond the score, vetoes, tiers and 软弱涣散
 * triggers, rewards, quotas and period transitions; versioned by id, version, region and effective
 * dates (as OpenL versions rule sets).
 *
 * <pre>{@code
 * Rubric rubric = Rubric.builder("hongya-style", "2023.1")
 *     .name("两新组织党组织评星定级标准（示例）").region("示例").effectiveFrom(LocalDate.of(2023, 1, 1))
 *     .total(Points.of(100))
 *     .section(Section.of("org", "基本组织健全", Points.of(100),
 *         Item.of("org-1", "按期换届", Points.of(100), CheckMethod.DOCUMENTS,
 *             DeductionClause.of("late", "未按期换届", Points.of(20)))))
 *     .band(StarBand.atLeast(5, Points.of(90)))
 *     .band(StarBand.below(4, Points.of(80), Points.of(90)))
 *     .band(StarBand.below(0, Points.ZERO, Points.of(80)))
 *     .build();                          // lints; InvalidRubricException lists every problem
 * Rating r = rubric.rate(Assessment.builder("org-17").deduct("org-1", "late", "超期4个月").build());
 * r.total();                             // 80
 * r.stars();                             // 4
 * }</pre>
 *
 * <h2>Lint</h2>
 *
 * Building checks the rubric whole and refuses it with every problem ({@link
 * InvalidRubricException}), located as in its JSON form: item maxima add up to their section's
 * maximum and sections to the total; no clause deducts more than its item; ids are unique; bands
 * cover every total the rubric can give (0 up to the total, plus the bonus on top) with no gap and
 * no overlap, like a DMN decision table with the UNIQUE hit policy — a gap is reported only when
 * some reachable total falls in it, so "80–89" then "90–100" is fine when every point value is
 * whole and a gap when items deduct half points; more stars need higher bands; gates, quotas,
 * rewards and caps refer to stars some band gives and sections that exist.
 *
 * <h2>Cost</h2>
 *
 * Building compiles the rubric into primitive arrays. {@link #score} is O(f + b + g + v) for f
 * findings, b bands, g gates and v vetoes; {@link #rate} adds O(n log n) for the n items to explain
 * and rank. A rubric is immutable and thread-safe; equality is by definition.
 *
 * <p>Why one file of about 720 lines: the rubric and its builder are the façade hosts read rubrics
 * through, over 40 % of it Javadoc; scoring lives in the package-private {@code RubricKernel}.
 */
public final class Rubric {
  /** The largest total a rubric may have: {@value} points. */
  public static final long MAX_TOTAL = 1_000_000;

  private static final Location ASSESSMENT = Location.element("assessment");

  private final String id;
  private final String version;
  private final String name;
  private final String region;
  private final LocalDate effectiveFrom;
  private final Optional<LocalDate> effectiveTo;
  private final String note;
  private final Points total;
  private final List<Section> sections;
  private final BonusRules bonus;
  private final List<StarBand> bands;
  private final List<Gate> gates;
  private final List<Veto> vetoes;
  private final TierRules tiers;
  private final List<WeakTrigger> weakTriggers;
  private final List<Reward> rewards;
  private final List<Quota> quotas;
  private final TransitionRules transitions;
  private final RubricKernel kernel;
  private final RubricTexts texts;
  private final List<Item> items;
  private final ThreadLocal<RubricKernel.Work> work;

  private Rubric(Builder b, LocalDate effectiveFrom, Points total) {
    this.id = b.id;
    this.version = b.version;
    this.name = b.name;
    this.region = b.region;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = Optional.ofNullable(b.effectiveTo);
    this.note = b.note;
    this.total = total;
    this.sections = List.copyOf(b.sections);
    this.bonus = b.bonus;
    this.bands = List.copyOf(b.bands);
    this.gates = List.copyOf(b.gates);
    this.vetoes = List.copyOf(b.vetoes);
    this.tiers = b.tiers;
    this.weakTriggers = List.copyOf(b.weakTriggers);
    this.rewards = List.copyOf(b.rewards);
    this.quotas = List.copyOf(b.quotas);
    this.transitions = b.transitions;
    List<Item> all = new ArrayList<>();
    sections.forEach(s -> all.addAll(s.items()));
    this.items = List.copyOf(all);
    this.kernel = new RubricKernel(this);
    this.texts = new RubricTexts(this, kernel);
    this.work = ThreadLocal.withInitial(kernel::work);
  }

  /**
   * A builder.
   *
   * @param id the rubric's id, such as {@code two-new-default}
   * @param version its version, such as {@code 2023.1}
   * @return an empty builder
   */
  public static Builder builder(String id, String version) {
    return new Builder(id, version);
  }

  /**
   * A builder holding this rubric, to build a modified copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b =
        new Builder(id, version)
            .name(name)
            .region(region)
            .effectiveFrom(effectiveFrom)
            .note(note)
            .total(total)
            .bonus(bonus)
            .tiers(tiers)
            .transitions(transitions);
    effectiveTo.ifPresent(b::effectiveTo);
    b.sections.addAll(sections);
    b.bands.addAll(bands);
    b.gates.addAll(gates);
    b.vetoes.addAll(vetoes);
    b.weakTriggers.addAll(weakTriggers);
    b.rewards.addAll(rewards);
    b.quotas.addAll(quotas);
    return b;
  }

  // ---- definition -------------------------------------------------------------------------------

  /**
   * The id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The region it applies in, such as {@code 营口市}.
   *
   * @return the region
   */
  public String region() {
    return region;
  }

  /**
   * The first day it applies.
   *
   * @return the date
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * The last day it applies, if it has one.
   *
   * @return the date
   */
  public Optional<LocalDate> effectiveTo() {
    return effectiveTo;
  }

  /**
   * Whether the rubric applies on a date.
   *
   * @param date the date
   * @return true from {@link #effectiveFrom()} through {@link #effectiveTo()}
   */
  public boolean isEffectiveOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && effectiveTo.map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * A note on its provenance, such as "an example modelled on published rubrics".
   *
   * @return the note, may be empty
   */
  public String note() {
    return note;
  }

  /**
   * The total of the sections' maxima, such as 100.
   *
   * @return the total
   */
  public Points total() {
    return total;
  }

  /**
   * The highest total the rubric can give: {@link #total()} plus, on top, the bonus cap (or the sum
   * of the item caps if smaller).
   *
   * @return the maximum total
   */
  public Points maxTotal() {
    if (bonus.mode() == BonusMode.OFFSET_ONLY) {
      return total;
    }
    Points items = Points.ZERO;
    for (BonusItem b : bonus.items()) {
      items = items.plus(b.cap());
    }
    return total.plus(items.min(bonus.cap()));
  }

  /**
   * The sections, in order.
   *
   * @return the sections
   */
  public List<Section> sections() {
    return sections;
  }

  /**
   * Every item, section by section.
   *
   * @return the items
   */
  public List<Item> items() {
    return items;
  }

  /**
   * An item by id.
   *
   * @param itemId the id
   * @return the item
   */
  public Optional<Item> item(String itemId) {
    Integer i = kernel.itemIndex.get(checkNotNull(itemId, "itemId"));
    return i == null ? Optional.empty() : Optional.of(items.get(i));
  }

  /**
   * The bonus standards.
   *
   * @return the bonus rules
   */
  public BonusRules bonus() {
    return bonus;
  }

  /**
   * The star bands, as given.
   *
   * @return the bands
   */
  public List<StarBand> bands() {
    return bands;
  }

  /**
   * The gates.
   *
   * @return the gates
   */
  public List<Gate> gates() {
    return gates;
  }

  /**
   * The vetoes.
   *
   * @return the vetoes
   */
  public List<Veto> vetoes() {
    return vetoes;
  }

  /**
   * The tier rules.
   *
   * @return the tiers
   */
  public TierRules tiers() {
    return tiers;
  }

  /**
   * The 软弱涣散 triggers.
   *
   * @return the triggers
   */
  public List<WeakTrigger> weakTriggers() {
    return weakTriggers;
  }

  /**
   * The rewards per star.
   *
   * @return the rewards
   */
  public List<Reward> rewards() {
    return rewards;
  }

  /**
   * The reward for a number of stars.
   *
   * @param stars the stars
   * @return the reward, if the rubric sets one
   */
  public Optional<Reward> reward(int stars) {
    for (Reward r : rewards) {
      if (r.stars() == stars) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The quotas a round applies unless told otherwise.
   *
   * @return the quotas
   */
  public List<Quota> quotas() {
    return quotas;
  }

  /**
   * How stars move between rounds.
   *
   * @return the rules
   */
  public TransitionRules transitions() {
    return transitions;
  }

  /**
   * The most stars any band gives.
   *
   * @return the top stars
   */
  public int topStars() {
    return kernel.topStars;
  }

  RubricKernel kernel() {
    return kernel;
  }

  RubricTexts texts() {
    return texts;
  }

  // ---- rating ----------------------------------------------------------------------------------

  /**
   * Rates an assessment on the fast path, without explanation. O(f + b + g + v); allocates only the
   * result.
   *
   * @param assessment the assessment
   * @return the total and stars
   * @throws InvalidAssessmentException if it refers to anything the rubric lacks
   */
  public Score score(Assessment assessment) {
    RubricKernel.Work w = work.get();
    scoreInto(assessment, w, ASSESSMENT);
    return new Score(
        assessment.organisationId(), Points.ofHundredths(w.total), w.starsByScore, w.stars);
  }

  /**
   * Rates an assessment with its full explanation.
   *
   * @param assessment the assessment
   * @return the rating
   * @throws InvalidAssessmentException if it refers to anything the rubric lacks
   */
  public Rating rate(Assessment assessment) {
    RubricKernel.Work w = work.get();
    scoreInto(assessment, w, ASSESSMENT);
    return Explainer.explain(this, assessment, w);
  }

  /**
   * The problems of an assessment under this rubric: references to items, clauses, bonus items,
   * vetoes, gates, honours and triggers it lacks, located under {@code at}.
   *
   * @param assessment the assessment
   * @param at where the assessment is, such as {@code
   *     Location.json().field("assessments").index(7)}
   * @return the problems, empty if it can be rated
   */
  public List<Problem> check(Assessment assessment, Location at) {
    List<Problem> out = new ArrayList<>();
    kernel.check(checkNotNull(assessment, "assessment"), checkNotNull(at, "at"), out);
    return out;
  }

  void scoreInto(Assessment assessment, RubricKernel.Work w, Location at) {
    checkNotNull(assessment, "assessment");
    if (!kernel.score(assessment, w)) {
      List<Problem> problems = new ArrayList<>();
      kernel.check(assessment, at, problems);
      throw new InvalidAssessmentException(problems, 0);
    }
  }

  // ---- value -----------------------------------------------------------------------------------

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rubric r
        && id.equals(r.id)
        && version.equals(r.version)
        && name.equals(r.name)
        && region.equals(r.region)
        && effectiveFrom.equals(r.effectiveFrom)
        && effectiveTo.equals(r.effectiveTo)
        && note.equals(r.note)
        && total.equals(r.total)
        && sections.equals(r.sections)
        && bonus.equals(r.bonus)
        && bands.equals(r.bands)
        && gates.equals(r.gates)
        && vetoes.equals(r.vetoes)
        && tiers.equals(r.tiers)
        && weakTriggers.equals(r.weakTriggers)
        && rewards.equals(r.rewards)
        && quotas.equals(r.quotas)
        && transitions.equals(r.transitions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, sections, bands);
  }

  /**
   * The rubric as {@code two-new-default@2023.1 (营口市, 30 items)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return id + "@" + version + " (" + region + ", " + items.size() + " items)";
  }

  /** Builds a {@link Rubric}; not thread-safe. */
  public static final class Builder {
    final String id;
    final String version;
    String name = "";
    String region = "";
    @Nullable LocalDate effectiveFrom;
    @Nullable LocalDate effectiveTo;
    String note = "";
    @Nullable Points total;
    final List<Section> sections = new ArrayList<>();
    BonusRules bonus = BonusRules.none();
    final List<StarBand> bands = new ArrayList<>();
    final List<Gate> gates = new ArrayList<>();
    final List<Veto> vetoes = new ArrayList<>();
    TierRules tiers = TierRules.DEFAULT;
    final List<WeakTrigger> weakTriggers = new ArrayList<>();
    final List<Reward> rewards = new ArrayList<>();
    final List<Quota> quotas = new ArrayList<>();
    TransitionRules transitions = TransitionRules.UNLIMITED;

    private Builder(String id, String version) {
      this.id = Checks.id(id, "rubric id");
      this.version = Checks.id(version, "version");
    }

    /**
     * Sets the name (required).
     *
     * @param name the name
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder name(String name) {
      this.name = checkNotNull(name, "name");
      return this;
    }

    /**
     * Sets the region (required).
     *
     * @param region the region
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder region(String region) {
      this.region = checkNotNull(region, "region");
      return this;
    }

    /**
     * Sets the first day the rubric applies (required).
     *
     * @param from the date
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder effectiveFrom(LocalDate from) {
      this.effectiveFrom = checkNotNull(from, "from");
      return this;
    }

    /**
     * Sets the last day the rubric applies (optional).
     *
     * @param to the date
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder effectiveTo(LocalDate to) {
      this.effectiveTo = checkNotNull(to, "to");
      return this;
    }

    /**
     * Sets a note on provenance.
     *
     * @param note the note
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder note(String note) {
      this.note = checkNotNull(note, "note");
      return this;
    }

    /**
     * Sets the total the sections add up to (required), such as 100.
     *
     * @param total the total
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder total(Points total) {
      this.total = checkNotNull(total, "total");
      return this;
    }

    /**
     * Adds a section.
     *
     * @param section the section
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder section(Section section) {
      sections.add(checkNotNull(section, "section"));
      return this;
    }

    /**
     * Sets the bonus standards (none by default).
     *
     * @param rules the rules
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder bonus(BonusRules rules) {
      this.bonus = checkNotNull(rules, "rules");
      return this;
    }

    /**
     * Adds a star band.
     *
     * @param band the band
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder band(StarBand band) {
      bands.add(checkNotNull(band, "band"));
      return this;
    }

    /**
     * Adds a gate.
     *
     * @param gate the gate
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder gate(Gate gate) {
      gates.add(checkNotNull(gate, "gate"));
      return this;
    }

    /**
     * Adds a veto.
     *
     * @param veto the veto
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder veto(Veto veto) {
      vetoes.add(checkNotNull(veto, "veto"));
      return this;
    }

    /**
     * Sets the tier rules ({@link TierRules#DEFAULT} by default).
     *
     * @param rules the rules
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder tiers(TierRules rules) {
      this.tiers = checkNotNull(rules, "rules");
      return this;
    }

    /**
     * Adds a 软弱涣散 trigger.
     *
     * @param trigger the trigger
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder weakTrigger(WeakTrigger trigger) {
      weakTriggers.add(checkNotNull(trigger, "trigger"));
      return this;
    }

    /**
     * Adds a reward.
     *
     * @param reward the reward
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder reward(Reward reward) {
      rewards.add(checkNotNull(reward, "reward"));
      return this;
    }

    /**
     * Adds a quota.
     *
     * @param quota the quota
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder quota(Quota quota) {
      quotas.add(checkNotNull(quota, "quota"));
      return this;
    }

    /**
     * Sets the transition rules ({@link TransitionRules#UNLIMITED} by default).
     *
     * @param rules the rules
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder transitions(TransitionRules rules) {
      this.transitions = checkNotNull(rules, "rules");
      return this;
    }

    /**
     * Lints and builds the rubric.
     *
     * @return the rubric
     * @throws InvalidRubricException listing every problem, located as in the JSON form
     */
    public Rubric build() {
      List<Problem> problems = RubricLint.lint(this);
      LocalDate from = effectiveFrom;
      Points sum = total;
      if (!problems.isEmpty() || from == null || sum == null) {
        throw new InvalidRubricException(problems, 0);
      }
      return new Rubric(this, from, sum);
    }
  }
}
