/**
 * 评星定级 — star rating of the party organisations of "two new" organisations (两新组织: new economic and
 * new social organisations): a {@link org.gridgov.scoring.rating.Rubric} as data, linted whole; an
 * {@link org.gridgov.scoring.rating.Assessment} rated into a {@link
 * org.gridgov.scoring.rating.Rating} that explains every point (trace, ranked reasons, "why not
 * four stars", rectification items); and rounds of many organisations with quotas, period
 * transitions, history and a summary ({@link org.gridgov.scoring.rating.RatingRound}).
 *
 * <pre>{@code
 * Rubric rubric = BundledRubrics.twoNew();                     // org.gridgov.scoring.io
 * Rating r = rubric.rate(Assessment.builder("org-17")
 *     .deduct("rules-1", "each", 3, "三会一课缺3次")                 // 3 × 0.5
 *     .deduct("sup-1", "substandard", "活动场所不达标")               // −2
 *     .gate("innovation", "“党建+安全生产”项目")
 *     .veto("safety", "2023-05 安全生产事故通报")
 *     .build());
 * r.total();                   // 96.5
 * r.starsByScore();            // 5
 * r.stars();                   // 3: may not be four-star (不得评为四星以上)
 * r.whyNot(4);                 // blocked by veto "safety"; no points needed; not reachable
 * }</pre>
 *
 * <p>Points are exact hundredths ({@link org.gridgov.scoring.rating.Points}). Everything here is
 * immutable and thread-safe.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.scoring.rating;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
