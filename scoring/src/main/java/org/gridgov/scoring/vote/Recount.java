package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Redoes a count from its published decision log (复核): each logged ballot, with the flag the log
 * records, is decided again by a fresh tally under the round and the sanctions, and compared with
 * the logged decision. When the log is the one a count wrote, the recount gives the same count and
 * the same digest, and every decision matches; an altered, dropped or added line shows as a
 * mismatch or a different digest.
 *
 * <pre>{@code
 * Recount r = Recount.start(round, sanctions);
 * DecisionLog.reader().forEach(Path.of("decisions.jsonl"), r::accept);   // in the log's order
 * Recount.Report report = r.finish();
 * report.matches(publishedResult.count());   // same totals, ledger and digest
 * }</pre>
 *
 * <p>A log written by one tally is in the documented order; logs of a split count are recounted one
 * per tally and the tallies merged ({@link #tally()}). Not thread-safe.
 */
public final class Recount {
  /** The most mismatches described in a report. */
  public static final int MAX_DESCRIBED = 100;

  private final VoteTally tally;
  private long decisions;
  private long mismatches;
  private final List<String> described = new ArrayList<>();
  private boolean finished;

  private Recount(VoteTally tally) {
    this.tally = tally;
  }

  /**
   * Starts a recount.
   *
   * @param round the round
   * @param sanctions the sanctions the count ran under (only removals change decisions)
   * @return the recount
   */
  public static Recount start(Round round, Sanctions sanctions) {
    return new Recount(VoteTally.start(round, Quarantine.none(), sanctions));
  }

  /**
   * Decides a logged decision's submission again and compares; a mismatch goes to the report.
   *
   * @param logged a decision as the log records it
   * @throws OutOfOrderBallotException if the log is not in the documented order
   */
  public void accept(Decision logged) {
    checkState(!finished, "the recount is finished");
    checkNotNull(logged, "logged");
    decisions++;
    Submission s = logged.submission();
    Decision again =
        s.kind() == Submission.Kind.MALFORMED
            ? tally.ingest(s)
            : tally.ingest((Ballot) s, logged.flag());
    boolean same =
        again.kind() == logged.kind()
            && again.reason().equals(logged.reason())
            && again.flag().equals(logged.flag());
    if (!same) {
      mismatches++;
      if (described.size() < MAX_DESCRIBED) {
        described.add(
            "decision "
                + decisions
                + (s.kind() == Submission.Kind.BALLOT ? " (ballot " + ((Ballot) s).id() + ")" : "")
                + ": logged "
                + describe(logged)
                + ", recounted "
                + describe(again));
      }
    }
  }

  private static String describe(Decision d) {
    return d.reason().map(r -> "REJECTED " + r).orElse("ACCEPTED")
        + d.flag().map(f -> " flagged " + f).orElse("");
  }

  /**
   * Ends the recount.
   *
   * @return the report
   */
  public Report finish() {
    finished = true;
    return new Report(tally.count(), decisions, mismatches, described);
  }

  /**
   * The tally of the recount, to merge the recounts of a split count.
   *
   * @return the tally
   */
  public VoteTally tally() {
    return tally;
  }

  /**
   * What a recount found.
   *
   * @param count the count redone from the log
   * @param decisions the decisions read
   * @param mismatches the decisions that came out differently
   * @param described the first {@value Recount#MAX_DESCRIBED} mismatches, described
   */
  public record Report(Count count, long decisions, long mismatches, List<String> described) {
    /**
     * Checks and copies.
     *
     * @param count the count
     * @param decisions the decisions
     * @param mismatches the mismatches
     * @param described the descriptions
     */
    public Report {
      checkNotNull(count, "count");
      described = List.copyOf(described);
    }

    /**
     * Whether every decision matched and the count equals a published one: totals, every
     * candidate's line, the channels and the digest.
     *
     * @param published the published count
     * @return true if the recount confirms it
     */
    public boolean matches(Count published) {
      return mismatches == 0 && count.equals(published);
    }

    /**
     * The first mismatch, if any.
     *
     * @return its description
     */
    public Optional<String> firstMismatch() {
      return described.isEmpty() ? Optional.empty() : Optional.of(described.get(0));
    }
  }
}
