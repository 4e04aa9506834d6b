/**
 * The public vote for the most beautiful grid worker (最美网格员评选): rounds and their rules, ballots and
 * voter keys, screening for vote brushing, a mergeable and auditable count, and results with
 * regional seats, tie-breaks and expert panels.
 *
 * <p>The flow: a {@link org.gridgov.scoring.vote.Round} states the rules; {@link
 * org.gridgov.scoring.vote.Screening} reads the ballots once and flags those over the round's IP
 * and device limits or suspect of brushing ({@link org.gridgov.scoring.vote.Quarantine}, with the
 * evidence); a {@link org.gridgov.scoring.vote.VoteTally} (or a {@link
 * org.gridgov.scoring.vote.VoteCounter} for input in any order) decides every ballot and keeps a
 * hash chain of the decisions; {@link org.gridgov.scoring.vote.VoteResult} ranks the candidates and
 * seats the winners; {@link org.gridgov.scoring.vote.Recount} redoes the count from the published
 * decision log.
 *
 * <pre>{@code
 * Quarantine q = Screening.screen(round, ballots);
 * VoteCounter counter = VoteCounter.start(round, q, Sanctions.none());
 * ballots.forEach(counter::accept);
 * Count count = counter.finish();
 * VoteResult result = VoteResult.of(round, count, ResultInputs.none());
 * result.winners();          // the seated candidates
 * result.digest();           // publish with the result
 * }</pre>
 */
@CheckReturnValue
@NullMarked
package org.gridgov.scoring.vote;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
