package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Writer;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.TreeFormat;
import org.gridgov.scoring.rating.AssessmentSet;
import org.gridgov.scoring.rating.InvalidAssessmentException;
import org.gridgov.scoring.rating.Rubric;

/**
 * The {@value #FORMAT} JSON form of a round's assessments ({@link AssessmentSet}). Reading reports
 * every problem with its JSON path ({@link InvalidAssessmentException}); a reader made with {@link
 * #reader(Rubric)} also checks every reference against the rubric ({@code
 * $.assessments[7].deductions[2].clause}: unknown clause "later" of item org-2, expected one of
 * overdue, irregular).
 *
 * <pre>{@code
 * AssessmentSet set = AssessmentJson.reader(rubric).read(Path.of("2023.assessments.json"));
 * RoundResult round = RatingRound.of(rubric, "2023").rate(set.assessments());
 * }</pre>
 *
 * <pre>{@code
 * {
 *   "format": "gridgov-assessments/1",
 *   "rubric": "two-new-default",
 *   "period": "2023",
 *   "assessments": [
 *     {"organisationId": "org-17", "name": "…", "newOrganisation": false,
 *      "deductions": [{"item": "org-2", "clause": "overdue", "evidence": "换届超期4个月"},
 *                     {"item": "rules-4", "clause": "each", "count": 3, "evidence": "…"}],
 *      "bonuses": [{"bonus": "honour", "count": 1, "evidence": "…"}],
 *      "vetoes": [{"id": "safety", "evidence": "…"}],
 *      "gates": [{"id": "innovation", "evidence": "…"}],
 *      "honours": [{"id": "city-honour", "evidence": "…"}],
 *      "weakTriggers": [{"id": "secretary-vacant", "evidence": "…"}],
 *      "measures": {"satisfaction": 0.82}}]
 * }
 * }</pre>
 *
 * <p>Only {@code assessments} and each {@code organisationId} are required; {@code count} defaults
 * to 1. Every finding needs its evidence. Default limits: 64 MiB, strings of 64 Ki characters,
 * 1,000,000 elements per array, 1,000 problems.
 */
public final class AssessmentJson {
  /** The format's name and version. */
  public static final String FORMAT = "gridgov-assessments/1";

  /** The default limits: 64 MiB, depth 32, 64 Ki characters per string, 1,000,000 elements. */
  public static final ReadLimits DEFAULT_LIMITS =
      ReadLimits.SMALL_DOCUMENT.withMaxInputLength(64L << 20);

  private static final FormatReader<AssessmentSet> READER =
      new TreeReader<>(
          DEFAULT_LIMITS,
          limits ->
              new TreeFormat<>(
                  limits,
                  root -> AssessmentTree.convert(root, null),
                  InvalidAssessmentException::new));

  private AssessmentJson() {}

  /**
   * A reader that checks the form only.
   *
   * @return the reader
   */
  public static FormatReader<AssessmentSet> reader() {
    return READER;
  }

  /**
   * A reader that also checks every reference against a rubric, and that the file's {@code rubric},
   * if stated, is the rubric's id.
   *
   * @param rubric the rubric
   * @return the reader
   */
  public static FormatReader<AssessmentSet> reader(Rubric rubric) {
    checkNotNull(rubric, "rubric");
    return new TreeReader<>(
        DEFAULT_LIMITS,
        limits ->
            new TreeFormat<>(
                limits,
                root -> AssessmentTree.convert(root, rubric),
                InvalidAssessmentException::new));
  }

  /**
   * The JSON form.
   *
   * @param set the assessments
   * @return the JSON text, ending with a newline
   */
  public static String write(AssessmentSet set) {
    checkNotNull(set, "set");
    return Writers.toString(g -> Writers.assessments(g, set));
  }

  /**
   * Writes the JSON form; the writer is not closed.
   *
   * @param set the assessments
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(AssessmentSet set, Writer out) throws IOException {
    checkNotNull(set, "set");
    Writers.write(checkNotNull(out, "out"), g -> Writers.assessments(g, set));
  }
}
