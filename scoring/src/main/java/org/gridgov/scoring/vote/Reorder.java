package org.gridgov.scoring.vote;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Puts ballots of any order within a window into the documented order: a ballot is released once a
 * ballot more than the window later has been seen, so that any input whose ballots are at most the
 * window out of place comes out sorted. A zero window passes ballots in order straight through (and
 * refuses one before the last, as any window refuses one behind a ballot released); a window of
 * {@link Long#MAX_VALUE} nanoseconds or more holds everything until {@link #flush()}. A ballot that
 * comes after every ballot held joins a queue in arrival order, O(1); one that comes before a
 * ballot held goes into a heap, O(log n) for the n ballots there; the next released is the first of
 * the two. So input that is in order, or nearly, costs O(1) a ballot, and any input O(log n). Not
 * thread-safe.
 */
final class Reorder {
  private final long windowNanos;
  private final Consumer<Ballot> release;

  /** Held ballots that came in order, each after the one before it: sorted, O(1) to add or take. */
  private final ArrayDeque<Ballot> inOrder = new ArrayDeque<>();

  /** The other held ballots, those that came before a ballot already held. */
  private final PriorityQueue<Ballot> queue = new PriorityQueue<>(Ballot.order());

  private @Nullable Instant maxSeen;
  private @Nullable Ballot lastReleased;

  Reorder(Duration window, Consumer<Ballot> release) {
    this.windowNanos = window.isNegative() ? 0 : saturatedNanos(window);
    this.release = release;
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  void offer(Ballot b) {
    Ballot previous = lastReleased;
    if (previous != null && Ballot.order().compare(b, previous) < 0) {
      throw new OutOfOrderBallotException(
          "ballot "
              + b.id()
              + " at "
              + b.at()
              + " is more than the reorder window of "
              + Duration.ofNanos(windowNanos)
              + " late: ballot "
              + previous.id()
              + " at "
              + previous.at()
              + " was already let through to be decided; sort the input or widen the window");
    }
    if (windowNanos == 0) {
      emit(b);
      return;
    }
    Ballot tail = inOrder.peekLast();
    if (tail == null || Ballot.order().compare(b, tail) >= 0) {
      inOrder.addLast(b);
    } else {
      queue.add(b);
    }
    if (windowNanos == Long.MAX_VALUE) {
      return;
    }
    Instant max = maxSeen;
    if (max == null || b.at().isAfter(max)) {
      maxSeen = b.at();
      Instant horizon = minus(b.at());
      for (Ballot head = peek(); head != null && head.at().isBefore(horizon); head = peek()) {
        emit(take(head));
      }
    }
  }

  /** The first held ballot in the documented order, or null. */
  private @Nullable Ballot peek() {
    Ballot a = inOrder.peekFirst();
    Ballot q = queue.peek();
    if (a == null) {
      return q;
    }
    return q != null && Ballot.order().compare(q, a) < 0 ? q : a;
  }

  /** Takes the first held ballot, {@code head} as {@link #peek} just returned it. */
  @SuppressWarnings("ReferenceEquality") // which of the two holds it
  private Ballot take(Ballot head) {
    return head == inOrder.peekFirst() ? inOrder.removeFirst() : queue.remove();
  }

  private Instant minus(Instant at) {
    long seconds = windowNanos / 1_000_000_000L;
    long nanos = windowNanos % 1_000_000_000L;
    try {
      return at.minusSeconds(seconds).minusNanos(nanos);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return Instant.MIN;
    }
  }

  private void emit(Ballot b) {
    lastReleased = b;
    release.accept(b);
  }

  void flush() {
    for (Ballot head = peek(); head != null; head = peek()) {
      emit(take(head));
    }
  }

  int buffered() {
    return inOrder.size() + queue.size();
  }
}
