package org.gridgov.flink;

import static com.google.common.base.Preconditions.checkNotNull;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteTally;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.metrics.CaseMetrics;

/**
 * Flink type information for the library's types, each written in the library's own binary form
 * (never Kryo): pass these where Flink cannot infer a type, such as {@code env.fromData(ballots,
 * GridgovTypes.submissions())}. A job using only these runs with generic types disabled ({@code
 * pipeline.generic-types: false}; Flink 2 has no {@code ExecutionConfig.disableGenericTypes()}).
 */
public final class GridgovTypes {
  private GridgovTypes() {}

  /**
   * Ballots and malformed lines.
   *
   * @return the type information
   */
  public static TypeInformation<Submission> submissions() {
    return new CodecTypeInfo<>(new SubmissionCodec());
  }

  /**
   * Tallies of a round, in {@link VoteTally#writeTo}'s form.
   *
   * @param settings the round, quarantine and sanctions the tallies count under
   * @return the type information
   */
  public static TypeInformation<VoteTally> tallies(TallySettings settings) {
    return new CodecTypeInfo<>(new TallyCodec(checkNotNull(settings, "settings")));
  }

  /**
   * Case events, in their JSON-lines form.
   *
   * @return the type information
   */
  public static TypeInformation<CaseEvent> caseEvents() {
    return new CodecTypeInfo<>(new CaseEventCodec());
  }

  /**
   * Case metrics accumulators, in {@link CaseMetrics#writeTo}'s form.
   *
   * @return the type information
   */
  public static TypeInformation<CaseMetrics> caseMetrics() {
    return new CodecTypeInfo<>(new CaseMetricsCodec());
  }

  /**
   * Daily metrics of a group.
   *
   * @return the type information
   */
  public static TypeInformation<DailyMetrics> dailyMetrics() {
    return new CodecTypeInfo<>(new DailyMetricsCodec());
  }
}
