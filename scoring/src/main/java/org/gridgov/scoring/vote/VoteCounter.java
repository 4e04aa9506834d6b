package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.util.Collection;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Counts submissions that come in any order: ballots are held until no ballot within the reorder
 * window can still come before them, then given to a {@link VoteTally} in the documented order, and
 * every decision is passed to a sink (a decision log, a live display). The same ballots in any
 * order within the window give the same count, decisions and digest.
 *
 * <pre>{@code
 * VoteCounter counter = VoteCounter.start(round, quarantine, sanctions, Duration.ofMinutes(10),
 *     decision -> log.write(decision));
 * ballots.forEach(counter::accept);      // a stream, never all in memory
 * Count count = counter.finish();
 * }</pre>
 *
 * <p>The window is the furthest a ballot may come behind the latest one seen; a ballot later than
 * that is refused ({@link OutOfOrderBallotException}). {@link Duration#ZERO} means the input is in
 * the documented order (nothing is held); {@link #ANY_ORDER} holds every ballot until the end.
 * {@link Disorder} measures the window a file needs in a first pass. Memory: the ballots within the
 * window, and the tally's. Malformed lines are decided at once. Not thread-safe.
 */
public final class VoteCounter {
  private final VoteTally tally;
  private final Consumer<Decision> sink;
  private final Reorder reorder;
  private boolean finished;

  private VoteCounter(VoteTally tally, Duration window, Consumer<Decision> sink) {
    this.tally = tally;
    this.sink = sink;
    this.reorder = new Reorder(window, b -> sink.accept(tally.ingest(b)));
  }

  /** A window that holds every ballot until the end: any order. */
  public static final Duration ANY_ORDER = Duration.ofSeconds(Long.MAX_VALUE);

  /**
   * A counter that accepts any order ({@link #ANY_ORDER}: every ballot is held until the end) and
   * keeps no decisions.
   *
   * @param round the round
   * @param quarantine the flags
   * @param sanctions the sanctions
   * @return the counter
   */
  public static VoteCounter start(Round round, Quarantine quarantine, Sanctions sanctions) {
    return start(round, quarantine, sanctions, ANY_ORDER, d -> {});
  }

  /**
   * A counter.
   *
   * @param round the round
   * @param quarantine the flags
   * @param sanctions the sanctions
   * @param reorderWindow how far behind the latest ballot seen a ballot may come; zero for input in
   *     the documented order
   * @param sink receives every decision, in the documented order for ballots
   * @return the counter
   */
  public static VoteCounter start(
      Round round,
      Quarantine quarantine,
      Sanctions sanctions,
      Duration reorderWindow,
      Consumer<Decision> sink) {
    checkNotNull(reorderWindow, "reorderWindow");
    checkArgument(!reorderWindow.isNegative(), "a reorder window is not negative");
    return new VoteCounter(
        VoteTally.start(round, quarantine, sanctions), reorderWindow, checkNotNull(sink, "sink"));
  }

  /**
   * Counts submissions of any order held in memory: the one-call form.
   *
   * @param round the round
   * @param quarantine the flags
   * @param sanctions the sanctions
   * @param submissions the submissions
   * @return the count
   */
  public static Count count(
      Round round,
      Quarantine quarantine,
      Sanctions sanctions,
      Collection<? extends Submission> submissions) {
    VoteTally tally = VoteTally.start(round, quarantine, sanctions);
    java.util.List<Ballot> ballots = new java.util.ArrayList<>(submissions.size());
    for (Submission s : submissions) {
      if (s.kind() == Submission.Kind.BALLOT) {
        ballots.add((Ballot) s);
      } else {
        Decision unused = tally.ingest(s);
      }
    }
    ballots.sort(Ballot.order());
    tally.ingestAll(ballots, d -> {});
    return tally.count();
  }

  /**
   * Receives a submission.
   *
   * @param submission a ballot or a malformed line
   * @throws OutOfOrderBallotException if a ballot comes more than the window late
   */
  public void accept(Submission submission) {
    checkState(!finished, "the counter is finished");
    checkNotNull(submission, "submission");
    if (submission.kind() == Submission.Kind.MALFORMED) {
      sink.accept(tally.ingest(submission));
    } else {
      reorder.offer((Ballot) submission);
    }
  }

  /**
   * Decides every ballot still held and returns the count.
   *
   * @return the count
   */
  public Count finish() {
    if (!finished) {
      reorder.flush();
      finished = true;
    }
    return tally.count();
  }

  /**
   * The tally behind the counter, to merge or serialise after {@link #finish()}.
   *
   * @return the tally
   */
  public VoteTally tally() {
    checkState(finished, "the counter is not finished");
    return tally;
  }

  /**
   * Measures in one pass the reorder window an input needs: how far the furthest ballot comes
   * behind the latest one before it (a nanosecond more when it ties with one it should precede).
   * Not thread-safe.
   */
  public static final class Disorder {
    private @Nullable Ballot latest;
    private long worst = -1;

    /** A meter that has seen nothing. */
    public Disorder() {}

    /**
     * Observes the next ballot of the input.
     *
     * @param b the ballot
     */
    public void observe(Ballot b) {
      Ballot l = latest;
      if (l == null || Ballot.order().compare(b, l) >= 0) {
        latest = b;
        return;
      }
      Duration behind = Duration.between(b.at(), l.at());
      long nanos;
      try {
        nanos = behind.toNanos();
      } catch (ArithmeticException e) {
        nanos = Long.MAX_VALUE - 1;
      }
      worst = Math.max(worst, nanos);
    }

    /**
     * The window the input needs.
     *
     * @return zero if the input was in the documented order
     */
    public Duration window() {
      return worst < 0 ? Duration.ZERO : Duration.ofNanos(worst + 1);
    }

    /**
     * Whether the input was in the documented order.
     *
     * @return true if sorted
     */
    public boolean isSorted() {
      return worst < 0;
    }

    @Override
    public String toString() {
      return "Disorder[" + window() + "]";
    }
  }
}
