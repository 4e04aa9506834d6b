package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a {@link Gate} requires beyond the score: a fact the assessment attests with evidence (a
 * party-building innovation project, 党建创新项目), or a minimum in one section.
 *
 * <pre>{@code
 * GateCondition.attested();                                  // the assessment lists the gate
 * GateCondition.sectionAtLeast("org", Points.of(16));         // 基本组织健全 at least 16 of 20
 * switch (condition.kind()) { case ATTESTED -> ...; case SECTION_AT_LEAST -> ...; }
 * }</pre>
 */
public sealed interface GateCondition permits GateCondition.Attested, GateCondition.SectionAtLeast {

  /** The cases, for {@code switch}. */
  enum Kind {
    /** {@link Attested}. */
    ATTESTED,
    /** {@link SectionAtLeast}. */
    SECTION_AT_LEAST
  }

  /**
   * Which case this is.
   *
   * @return the case
   */
  Kind kind();

  /**
   * The assessment must attest the gate, with evidence.
   *
   * @return the condition
   */
  static Attested attested() {
    return new Attested();
  }

  /**
   * A section must score at least some points.
   *
   * @param section the section's id
   * @param points the least score
   * @return the condition
   */
  static SectionAtLeast sectionAtLeast(String section, Points points) {
    return new SectionAtLeast(section, points);
  }

  /** The assessment attests the gate's fact, with evidence. */
  record Attested() implements GateCondition {
    @Override
    public Kind kind() {
      return Kind.ATTESTED;
    }
  }

  /**
   * A section scores at least some points.
   *
   * @param section the section's id
   * @param points the least score, at least 0
   */
  record SectionAtLeast(String section, Points points) implements GateCondition {
    /**
     * Checks the fields.
     *
     * @param section the section's id
     * @param points at least 0
     */
    public SectionAtLeast {
      Checks.id(section, "section");
      Checks.nonNegative(checkNotNull(points, "points"), "points");
    }

    @Override
    public Kind kind() {
      return Kind.SECTION_AT_LEAST;
    }
  }
}
