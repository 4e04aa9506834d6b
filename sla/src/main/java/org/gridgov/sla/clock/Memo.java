package org.gridgov.sla.clock;

import java.time.Instant;
import org.gridgov.sla.calendar.WorkingCalendar;

/**
 * The working time between instants, remembered while one case is replayed: a policy's milestones
 * share their anchor, calendar and pauses, so their due, warning and used times ask a calendar the
 * same {@link WorkingCalendar#between} questions over and over, about the very same instants (the
 * events' own). A small table scanned linearly, keyed by the identity of the calendar and of the
 * two instants (an equal instant of another identity is only asked again), overwritten round-robin
 * when full. Every answer is the calendar's own and the first question with given arguments is
 * asked for real, so results and failures are those of asking the calendar each time. O(capacity)
 * per question. Mutable: one per replay, dropped when the replay is done; {@link #NONE} remembers
 * nothing.
 */
final class Memo {
  /** Remembers nothing: asks the calendar every time. Holds no state, so it may be shared. */
  static final Memo NONE = new Memo(0);

  private final int capacity;
  private WorkingCalendar[] cals = new WorkingCalendar[0];
  private Instant[] from = new Instant[0];
  private Instant[] to = new Instant[0];
  private long[] work = new long[0];
  private int size;
  private int next;

  Memo(int capacity) {
    this.capacity = capacity;
  }

  /** {@link Clocks#work}, remembered. */
  @SuppressWarnings("ReferenceEquality") // by identity, see above
  long work(WorkingCalendar cal, Instant a, Instant b) {
    for (int i = 0; i < size; i++) {
      if (from[i] == a && to[i] == b && cals[i] == cal) {
        return work[i];
      }
    }
    long w = Clocks.work(cal, a, b);
    if (capacity > 0) {
      remember(cal, a, b, w);
    }
    return w;
  }

  private void remember(WorkingCalendar cal, Instant a, Instant b, long w) {
    if (cals.length == 0) {
      cals = new WorkingCalendar[capacity];
      from = new Instant[capacity];
      to = new Instant[capacity];
      work = new long[capacity];
    }
    int i;
    if (size < capacity) {
      i = size++;
    } else {
      i = next;
      next = (next + 1) % capacity;
    }
    cals[i] = cal;
    from[i] = a;
    to[i] = b;
    work[i] = w;
  }
}
