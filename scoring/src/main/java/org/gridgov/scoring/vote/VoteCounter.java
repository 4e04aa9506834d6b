package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.util.Arrays;
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
 * the documented order (nothing is held back to be reordered); {@link #ANY_ORDER} holds every
 * ballot until the end. {@link Disorder} measures the window a file needs in a first pass.
 *
 * <p>Submissions the window has released (and malformed lines, which have no place in the order and
 * are released at once) are decided {@value #HELD} at a time through {@link VoteTally#ingestAll},
 * which reads the memory of a run of decisions together (at 100M ballots it counts about 1.9 times
 * as fast as deciding each on its own). So the sink sees a decision up to {@value #HELD}
 * submissions after its submission was released, always in the order released; {@link #finish()}
 * decides the rest. If the sink throws, the submission whose decision it was refusing is counted,
 * the ones after it are still held, and the exception propagates: a later call goes on from there,
 * so nothing is lost or counted twice. The sink may not call the counter (an {@link
 * IllegalStateException} says so, and the call takes nothing). Memory: the ballots within the
 * window, {@value #HELD} more, and the tally's. Not thread-safe.
 */
public final class VoteCounter {
  private final VoteTally tally;
  private final Consumer<Decision> sink;
  private final Reorder reorder;
  private boolean finished;

  /** Released submissions decided together: a few of the tally's read-ahead runs. */
  static final int HELD = 4 * TallyState.LOOKAHEAD;

  /**
   * Submissions released and not yet decided, in the order released: {@value #HELD} at most, unless
   * deciding them failed before any decision reached the sink, when it grows rather than drop one.
   */
  private Submission[] held = new Submission[HELD];

  private int heldCount;

  /** Decisions passed to the sink in the current {@link #decideHeld}, the refused one included. */
  private int passed;

  /** Whether the held submissions are being decided: the sink is running, and may not call in. */
  private boolean deciding;

  private VoteCounter(VoteTally tally, Duration window, Consumer<Decision> sink) {
    this.tally = tally;
    this.sink = sink;
    this.reorder = new Reorder(window, this::hold);
  }

  /** Takes a released submission; decides the held ones when there are {@value #HELD}. */
  private void hold(Submission s) {
    if (heldCount == held.length) {
      held = Arrays.copyOf(held, 2 * held.length);
    }
    held[heldCount++] = s;
    if (heldCount >= HELD) {
      decideHeld();
    }
  }

  /**
   * Decides the held submissions in order. If the sink throws, the ones after the refused decision
   * stay held, first in line.
   */
  private void decideHeld() {
    int n = heldCount;
    passed = 0;
    deciding = true;
    try {
      tally.ingestAll(Arrays.asList(held).subList(0, n), this::pass);
    } finally {
      deciding = false;
      int left = n - passed;
      System.arraycopy(held, passed, held, 0, left);
      Arrays.fill(held, left, n, null);
      heldCount = left;
    }
  }

  private void checkNotInSink() {
    checkState(!deciding, "the counter's sink may not call the counter");
  }

  private void pass(Decision d) {
    passed++;
    sink.accept(d);
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
    checkNotInSink();
    checkState(!finished, "the counter is finished");
    checkNotNull(submission, "submission");
    if (submission.kind() == Submission.Kind.MALFORMED) {
      hold(submission);
    } else {
      reorder.offer((Ballot) submission);
    }
  }

  /**
   * Decides every submission still held and returns the count. If the sink throws, calling this
   * again goes on from the submission after the refused decision.
   *
   * @return the count
   */
  public Count finish() {
    checkNotInSink();
    if (!finished) {
      reorder.flush();
      while (heldCount > 0) {
        decideHeld();
      }
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
