package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.scoring.rating.Rating;
import org.gridgov.scoring.rating.RoundResult;

/**
 * The {@value #FORMAT} JSON form of results: a round's summary, every organisation's entry, the
 * quota cuts and, on request, full explanations; or one {@link Rating} on its own. Written in one
 * streaming pass, so a round of a million organisations needs no more memory than its result.
 *
 * <pre>{@code
 * RatingJson.write(round, List.of("org-17"), writer);   // with org-17's full explanation
 * String one = RatingJson.write(rubric.rate(assessment));
 * }</pre>
 *
 * <pre>{@code
 * {
 *   "format": "gridgov-rating-results/1",
 *   "rubric": {"id": "two-new-default", "version": "2023.1"},
 *   "period": "2023",
 *   "summary": {"organisations": 120, "rated": 114, "byStars": [{"stars": 5, …}], "byTier": […],
 *               "weak": 6, "rectifications": 388, "quotaCuts": 3, "risesLimited": 9},
 *   "organisations": [{"organisationId": "org-1", "total": 86.5, "starsByRules": 4, "stars": 4,
 *                      "previousStars": 3, "movement": "UP", "tier": "ADVANCED", …}],
 *   "quotaCuts": [{"organisationId": "org-9", "fromStars": 5, "toStars": 4, "total": 95,
 *                  "decidedBy": "TOTAL"}],
 *   "explanations": [{"organisationId": "org-17", "items": […], "trace": […], "shortfalls": […]}]
 * }
 * }</pre>
 */
public final class RatingJson {
  /** The format's name and version. */
  public static final String FORMAT = "gridgov-rating-results/1";

  private RatingJson() {}

  /**
   * Writes a round's results; the writer is not closed.
   *
   * @param round the round
   * @param explain the organisations whose full explanations to include; unknown ids are skipped
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(RoundResult round, List<String> explain, Writer out) throws IOException {
    checkNotNull(round, "round");
    Map<String, Rating> explanations = new LinkedHashMap<>();
    for (String id : explain) {
      round.explain(id).ifPresent(r -> explanations.put(id, r));
    }
    Writers.write(checkNotNull(out, "out"), g -> Writers.round(g, round, explanations));
  }

  /**
   * A round's results without explanations.
   *
   * @param round the round
   * @return the JSON text, ending with a newline
   */
  public static String write(RoundResult round) {
    checkNotNull(round, "round");
    return Writers.toString(g -> Writers.round(g, round, Map.of()));
  }

  /**
   * One rating with its full explanation.
   *
   * @param rating the rating
   * @return the JSON text, ending with a newline
   */
  public static String write(Rating rating) {
    checkNotNull(rating, "rating");
    return Writers.toString(g -> Writers.rating(g, rating));
  }
}
