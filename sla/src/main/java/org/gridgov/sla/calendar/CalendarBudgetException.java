package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import org.gridgov.sla.SlaException;

/**
 * Thrown when building a {@link WorkingCalendar} would precompute more working intervals than
 * {@link WorkingCalendar#MAX_PRECOMPUTED_INTERVALS}: the dates from the first override to the last
 * (and a week either side) times the intervals of each of those dates. A calendar with overrides
 * spread over centuries and thousands of intervals a day would otherwise exhaust the heap. The
 * weekly rule alone and the validity range cost nothing however long; readers report the same
 * refusal as a {@link org.gridgov.core.ProblemKind#BUDGET_EXCEEDED} problem.
 */
public final class CalendarBudgetException extends SlaException {
  private static final long serialVersionUID = 1L;

  /** The intervals the calendar would precompute. */
  private final long intervals;

  /** The budget. */
  private final long budget;

  /**
   * Creates the exception.
   *
   * @param intervals the intervals the calendar would precompute
   * @param budget the most it may
   * @param span the dates they cover, for the message
   */
  public CalendarBudgetException(long intervals, long budget, DateRange span) {
    super(
        "the calendar would precompute "
            + intervals
            + " working intervals for the dates "
            + checkNotNull(span, "span")
            + " around its overrides, more than the budget of "
            + budget
            + " (WorkingCalendar.MAX_PRECOMPUTED_INTERVALS): use fewer intervals a day or"
            + " overrides over fewer years");
    this.intervals = intervals;
    this.budget = budget;
  }

  /**
   * The intervals the calendar would precompute.
   *
   * @return more than the budget
   */
  public long intervals() {
    return intervals;
  }

  /**
   * The budget exceeded.
   *
   * @return {@link WorkingCalendar#MAX_PRECOMPUTED_INTERVALS}
   */
  public long budget() {
    return budget;
  }
}
