package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 考核评分表 — what assessors found at one organisation: the deduction clause that applies per item
 * (items not listed score full marks), bonuses claimed, vetoes triggered, gates met, honours held,
 * 软弱涣散 facts, and measures such as members' satisfaction; every finding with its evidence. A {@link
 * Rubric} rates it.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder("org-17")
 *     .name("营口某科技有限公司党支部")
 *     .deduct("org-2", "overdue", "换届超期4个月")
 *     .deduct("rules-4", "each", 3, "主题党日缺3次")   // per occurrence
 *     .bonus("honour", "2023年市级先进基层党组织")
 *     .gate("innovation", "\"党建+安全生产\"项目")
 *     .measure("satisfaction", new BigDecimal("0.82"))
 *     .build();
 * }</pre>
 *
 * @param organisationId the organisation's id, unique in a round
 * @param name the organisation's name, may be empty
 * @param newOrganisation whether it is new this round: it self-assesses and gets no star
 * @param deductions the deduction clauses found, per item; several for one item: the worst counts
 * @param bonuses the bonuses claimed
 * @param vetoes the vetoes triggered, by veto id
 * @param gates the gates attested, by gate id
 * @param honours the honours held, by honour id
 * @param weakTriggers the 软弱涣散 triggers attested, by trigger id
 * @param measures named measures, such as {@code satisfaction}; sorted by name, values normalised
 */
public record Assessment(
    String organisationId,
    String name,
    boolean newOrganisation,
    List<Deduction> deductions,
    List<BonusClaim> bonuses,
    List<Attestation> vetoes,
    List<Attestation> gates,
    List<Attestation> honours,
    List<Attestation> weakTriggers,
    Map<String, BigDecimal> measures) {

  /** The largest occurrence count of one finding: {@value}. */
  public static final int MAX_COUNT = 1_000_000;

  /**
   * Checks and copies.
   *
   * @param organisationId not blank
   * @param name the name
   * @param newOrganisation whether new
   * @param deductions the deductions
   * @param bonuses the bonuses
   * @param vetoes the vetoes
   * @param gates the gates
   * @param honours the honours
   * @param weakTriggers the triggers
   * @param measures the measures
   */
  public Assessment {
    Checks.id(organisationId, "organisation id");
    checkNotNull(name, "name");
    deductions = List.copyOf(deductions);
    bonuses = List.copyOf(bonuses);
    vetoes = List.copyOf(vetoes);
    gates = List.copyOf(gates);
    honours = List.copyOf(honours);
    weakTriggers = List.copyOf(weakTriggers);
    TreeMap<String, BigDecimal> sorted = new TreeMap<>();
    measures.forEach(
        (k, v) ->
            sorted.put(
                Checks.id(k, "measure"), Measures.normalise(checkNotNull(v, "measure value"))));
    measures = Collections.unmodifiableSortedMap(sorted);
  }

  /**
   * A builder.
   *
   * @param organisationId the organisation's id
   * @return an empty builder
   */
  public static Builder builder(String organisationId) {
    return new Builder(organisationId);
  }

  /**
   * A builder holding this assessment.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(organisationId).name(name).newOrganisation(newOrganisation);
    b.deductions.addAll(deductions);
    b.bonuses.addAll(bonuses);
    b.vetoes.addAll(vetoes);
    b.gates.addAll(gates);
    b.honours.addAll(honours);
    b.weakTriggers.addAll(weakTriggers);
    b.measures.putAll(measures);
    return b;
  }

  /**
   * 扣分 — a deduction clause found at an item, with evidence.
   *
   * @param item the item's id
   * @param clause the clause's id within the item
   * @param count the occurrences, 1 unless the clause is per occurrence; 1 to {@value MAX_COUNT}
   * @param evidence what shows it (a record, a photo, a minute), not blank
   */
  public record Deduction(String item, String clause, int count, String evidence) {
    /**
     * Checks the fields.
     *
     * @param item not blank
     * @param clause not blank
     * @param count 1 to {@value MAX_COUNT}
     * @param evidence not blank
     */
    public Deduction {
      Checks.id(item, "item");
      Checks.id(clause, "clause");
      Checks.text(evidence, "evidence");
      checkArgument(
          count >= 1 && count <= MAX_COUNT, "count must be from 1 to %s, got %s", MAX_COUNT, count);
    }
  }

  /**
   * 加分 — a bonus claimed, with evidence.
   *
   * @param bonus the bonus item's id
   * @param count the awards, 1 to {@value MAX_COUNT}
   * @param evidence what shows it, not blank
   */
  public record BonusClaim(String bonus, int count, String evidence) {
    /**
     * Checks the fields.
     *
     * @param bonus not blank
     * @param count 1 to {@value MAX_COUNT}
     * @param evidence not blank
     */
    public BonusClaim {
      Checks.id(bonus, "bonus");
      Checks.text(evidence, "evidence");
      checkArgument(
          count >= 1 && count <= MAX_COUNT, "count must be from 1 to %s, got %s", MAX_COUNT, count);
    }
  }

  /**
   * A rule's fact found, with evidence: a veto triggered, a gate met, an honour held, a 软弱涣散
   * trigger.
   *
   * @param id the rule's id in the rubric
   * @param evidence what shows it, not blank
   */
  public record Attestation(String id, String evidence) {
    /**
     * Checks the fields.
     *
     * @param id not blank
     * @param evidence not blank
     */
    public Attestation {
      Checks.id(id, "id");
      Checks.text(evidence, "evidence");
    }
  }

  /** Builds an {@link Assessment}; not thread-safe. */
  public static final class Builder {
    private final String organisationId;
    private String name = "";
    private boolean newOrganisation;
    private final List<Deduction> deductions = new ArrayList<>();
    private final List<BonusClaim> bonuses = new ArrayList<>();
    private final List<Attestation> vetoes = new ArrayList<>();
    private final List<Attestation> gates = new ArrayList<>();
    private final List<Attestation> honours = new ArrayList<>();
    private final List<Attestation> weakTriggers = new ArrayList<>();
    private final Map<String, BigDecimal> measures = new TreeMap<>();

    private Builder(String organisationId) {
      this.organisationId = Checks.id(organisationId, "organisation id");
    }

    /**
     * Sets the name.
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
     * Marks the organisation new this round.
     *
     * @param isNew whether new
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder newOrganisation(boolean isNew) {
      this.newOrganisation = isNew;
      return this;
    }

    /**
     * Adds a deduction found once.
     *
     * @param item the item's id
     * @param clause the clause's id
     * @param evidence the evidence
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder deduct(String item, String clause, String evidence) {
      return deduct(item, clause, 1, evidence);
    }

    /**
     * Adds a deduction found a number of times (per-occurrence clauses).
     *
     * @param item the item's id
     * @param clause the clause's id
     * @param count the occurrences
     * @param evidence the evidence
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder deduct(String item, String clause, int count, String evidence) {
      deductions.add(new Deduction(item, clause, count, evidence));
      return this;
    }

    /**
     * Adds a deduction.
     *
     * @param deduction the deduction
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder deduct(Deduction deduction) {
      deductions.add(checkNotNull(deduction, "deduction"));
      return this;
    }

    /**
     * Claims a bonus once.
     *
     * @param bonus the bonus item's id
     * @param evidence the evidence
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder bonus(String bonus, String evidence) {
      return bonus(bonus, 1, evidence);
    }

    /**
     * Claims a bonus a number of times.
     *
     * @param bonus the bonus item's id
     * @param count the awards
     * @param evidence the evidence
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder bonus(String bonus, int count, String evidence) {
      bonuses.add(new BonusClaim(bonus, count, evidence));
      return this;
    }

    /**
     * Records a veto triggered.
     *
     * @param veto the veto's id
     * @param evidence the evidence
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder veto(String veto, String evidence) {
      vetoes.add(new Attestation(veto, evidence));
      return this;
    }

    /**
     * Attests a gate.
     *
     * @param gate the gate's id
     * @param evidence the evidence
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder gate(String gate, String evidence) {
      gates.add(new Attestation(gate, evidence));
      return this;
    }

    /**
     * Records an honour held.
     *
     * @param honour the honour's id
     * @param evidence the evidence
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder honour(String honour, String evidence) {
      honours.add(new Attestation(honour, evidence));
      return this;
    }

    /**
     * Attests a 软弱涣散 trigger.
     *
     * @param trigger the trigger's id
     * @param evidence the evidence
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder weak(String trigger, String evidence) {
      weakTriggers.add(new Attestation(trigger, evidence));
      return this;
    }

    /**
     * Sets a measure.
     *
     * @param measure the measure's name
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder measure(String measure, BigDecimal value) {
      measures.put(Checks.id(measure, "measure"), checkNotNull(value, "value"));
      return this;
    }

    /**
     * Builds the assessment; references to the rubric are checked when it is rated.
     *
     * @return the assessment
     */
    public Assessment build() {
      return new Assessment(
          organisationId,
          name,
          newOrganisation,
          deductions,
          bonuses,
          vetoes,
          gates,
          honours,
          weakTriggers,
          measures);
    }
  }
}
