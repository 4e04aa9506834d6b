/**
 * The vote tally and the case metrics as Apache Flink jobs (optional module): the library's
 * mergeable, serialisable states kept in Flink keyed state with their own serializers, so that a
 * province-scale round or a month of every district's case events runs on a Flink cluster with the
 * same result, ledger and digest as the single-machine library.
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * TallySettings settings = TallySettings.of(round, quarantine, sanctions);
 * DataStream<Submission> ballots = env.fromSource(BallotFiles.csv(path), noWatermarks(), "ballots");
 * DataStream<VoteTally> tally = VoteTallyJob.tally(ballots, settings);   // one tally, at the end
 * }</pre>
 */
@CheckReturnValue
@NullMarked
package org.gridgov.flink;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
