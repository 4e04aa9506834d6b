/**
 * 考核指标 — the on-time figures cities are assessed on, over many cases at an instant: 结案率, 按期结案率
 * (deferred cases out of the denominator, as 金华 defines it), 返工率, 延期率, overdue lists, durations per
 * milestone and the shares closed without leaving the community or the street (小事不出社区、大事不出街道),
 * grouped by community or village (or at a higher level, such as the street) and rolled up along
 * the atlas.
 *
 * <pre>{@code
 * CaseMetrics metrics = CaseMetrics.empty();
 * for (CaseLog log : logs) {
 *   metrics.add(atlas, log.status(at));           // grouped by the grid's community
 * }
 * metrics.merge(otherShard);                      // shards merge to the one-pass figures
 * MetricsReport report = metrics.report(atlas);   // community → street → district → city
 * report.unit(DivisionCode.parse("2108")).orElseThrow().onTimeRate().percent();  // "75.82%"
 * }</pre>
 *
 * <p>{@link org.gridgov.sla.metrics.CaseMetrics} is a mergeable accumulator with a compact,
 * versioned binary form of JDK primitives only, so that a stream job can keep it in keyed state
 * with its own serializer; the report is immutable.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.sla.metrics;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
