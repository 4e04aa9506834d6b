package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A rule that holds the stars below what the score earns: a gate not met, or a veto found.
 *
 * <pre>{@code
 * for (StarLimit limit : rating.limits()) {
 *   switch (limit.kind()) {
 *     case GATE_NOT_MET -> ((StarLimit.GateNotMet) limit).gate().stars();  // 5: innovation project
 *     case VETO_FOUND -> ((StarLimit.VetoFound) limit).veto().effect();   // cap at 3
 *   }
 * }
 * }</pre>
 */
public sealed interface StarLimit permits StarLimit.GateNotMet, StarLimit.VetoFound {

  /** The cases, for {@code switch}. */
  enum Kind {
    /** {@link GateNotMet}. */
    GATE_NOT_MET,
    /** {@link VetoFound}. */
    VETO_FOUND
  }

  /**
   * Which case this is.
   *
   * @return the case
   */
  Kind kind();

  /**
   * The id of the rule in the rubric.
   *
   * @return the gate's or veto's id
   */
  String rule();

  /**
   * A gate not met: the stars stay below {@code gate.stars()}.
   *
   * @param gate the gate
   * @param detail why it is not met: not attested, or the section's score against the threshold
   */
  record GateNotMet(Gate gate, String detail) implements StarLimit {
    /**
     * Checks the fields.
     *
     * @param gate the gate
     * @param detail the detail
     */
    public GateNotMet {
      checkNotNull(gate, "gate");
      checkNotNull(detail, "detail");
    }

    @Override
    public Kind kind() {
      return Kind.GATE_NOT_MET;
    }

    @Override
    public String rule() {
      return gate.id();
    }
  }

  /**
   * A veto found, with its evidence.
   *
   * @param veto the veto
   * @param evidence the evidence
   */
  record VetoFound(Veto veto, String evidence) implements StarLimit {
    /**
     * Checks the fields.
     *
     * @param veto the veto
     * @param evidence the evidence
     */
    public VetoFound {
      checkNotNull(veto, "veto");
      checkNotNull(evidence, "evidence");
    }

    @Override
    public Kind kind() {
      return Kind.VETO_FOUND;
    }

    @Override
    public String rule() {
      return veto.id();
    }
  }
}
