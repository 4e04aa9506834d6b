package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Writer;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.TreeFormat;
import org.gridgov.scoring.rating.InvalidRubricException;
import org.gridgov.scoring.rating.Rubric;

/**
 * The {@value #FORMAT} JSON form of a {@link Rubric}. Reading reports every problem with its JSON
 * path ({@link InvalidRubricException}): first types and required fields; then, for a rubric that
 * is well typed, its lint (sums, bands, references) at the same paths. Writing is canonical: {@code
 * read(write(r))} equals {@code r}.
 *
 * <pre>{@code
 * Rubric r = RubricJson.reader().read(Path.of("rubric.json"));
 * String json = RubricJson.write(r);
 * }</pre>
 *
 * <pre>{@code
 * {
 *   "format": "gridgov-rubric/1",
 *   "id": "two-new-default", "version": "2023.1", "name": "…", "region": "…",
 *   "effectiveFrom": "2023-01-01", "effectiveTo": "2023-12-31", "note": "…",
 *   "total": 100,
 *   "sections": [{"id": "org", "name": "基本组织健全", "maximum": 20, "items": [
 *     {"id": "org-1", "name": "…", "maximum": 4, "check": "DOCUMENTS", "standard": "…",
 *      "clauses": [{"id": "none", "text": "…", "deduction": 4},
 *                  {"id": "each", "text": "…", "deduction": 0.5, "perOccurrence": true}]}]}],
 *   "bonus": {"mode": "OFFSET_ONLY", "cap": 5,
 *             "items": [{"id": "honour", "name": "…", "points": 1, "cap": 2}]},
 *   "bands": [{"stars": 5, "from": 90}, {"stars": 4, "from": 80, "below": 90},
 *             {"stars": 3, "from": 70, "through": 79.5}, {"stars": 0, "from": 0, "below": 70}],
 *   "gates": [{"id": "innovation", "name": "…", "stars": 5, "requires": "ATTESTED"},
 *             {"id": "org-strong", "name": "…", "stars": 4, "requires": "SECTION_AT_LEAST",
 *              "section": "org", "atLeast": 16}],
 *   "vetoes": [{"id": "safety", "name": "…", "effect": "CAP", "stars": 3},
 *              {"id": "late", "name": "…", "effect": "DEMOTE", "by": 1},
 *              {"id": "fraud", "name": "…", "effect": "DISQUALIFY"}],
 *   "tiers": {"advancedFrom": 4, "averageFrom": 3},
 *   "weakTriggers": [{"id": "secretary", "name": "…", "when": "ATTESTED"},
 *                    {"id": "low", "name": "…", "when": "TOTAL_BELOW", "points": 60},
 *                    {"id": "satisfaction", "name": "…", "when": "MEASURE_BELOW",
 *                     "measure": "satisfaction", "below": 0.6},
 *                    {"id": "last", "name": "…", "when": "LAST_IN_ROUND"}],
 *   "rewards": [{"stars": 5, "subsidyYuan": 5000, "fundsPercent": 110, "note": "…"}],
 *   "quotas": [{"stars": 5, "maxShare": 0.1}],
 *   "transitions": {"maxRise": 1, "honours": [{"id": "city", "name": "…", "maxRise": 2}]}
 * }
 * }</pre>
 *
 * <p>Required: {@code id, version, name, region, effectiveFrom, total, sections, bands}. Defaults:
 * no bonus, gates, vetoes, triggers, rewards or quotas; tiers 4/3; transitions without limit.
 * Points are JSON numbers exact to 0.01. Unknown fields are problems, so that a misspelt field is
 * never silently ignored. Default limits: {@link ReadLimits#SMALL_DOCUMENT}.
 */
public final class RubricJson {
  /** The format's name and version. */
  public static final String FORMAT = "gridgov-rubric/1";

  private static final FormatReader<Rubric> READER =
      new TreeReader<>(
          ReadLimits.SMALL_DOCUMENT,
          limits -> new TreeFormat<>(limits, RubricTree::convert, InvalidRubricException::new));

  private RubricJson() {}

  /**
   * The reader, with {@link ReadLimits#SMALL_DOCUMENT}.
   *
   * @return the reader
   */
  public static FormatReader<Rubric> reader() {
    return READER;
  }

  /**
   * The canonical JSON form.
   *
   * @param rubric the rubric
   * @return the JSON text, ending with a newline
   */
  public static String write(Rubric rubric) {
    checkNotNull(rubric, "rubric");
    return Writers.toString(g -> Writers.rubric(g, rubric));
  }

  /**
   * Writes the canonical JSON form; the writer is not closed.
   *
   * @param rubric the rubric
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(Rubric rubric, Writer out) throws IOException {
    checkNotNull(rubric, "rubric");
    Writers.write(checkNotNull(out, "out"), g -> Writers.rubric(g, rubric));
  }
}
