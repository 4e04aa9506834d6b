package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.io.internal.TextInput;
import org.jspecify.annotations.Nullable;

/**
 * 节假日表 — a layer of date overrides with the range of dates it covers and its sources: the national
 * table of statutory holidays and make-up working days ({@link ChinaHolidays#table()}), a
 * province's extra days, or a unit's own closures. At most one override per date.
 *
 * <p>The validity range says for which dates the table is complete: a date inside it without an
 * override follows the weekly rule because the table says so, a date outside it because nothing
 * else is known. A table may hold overrides outside its range (holiday-cn's 2007 file lists
 * 2006-12-30); they still apply.
 *
 * <pre>{@code
 * HolidayTable closures =
 *     HolidayTable.of(
 *         "站前区网格中心",
 *         List.of(DateOverride.dayOff(LocalDate.of(2024, 6, 3), "停电检修")));
 * }</pre>
 */
public final class HolidayTable {
  private final String name;

  private final ImmutableSortedMap<LocalDate, DateOverride> byDate;

  private final @Nullable DateRange validity;

  private final ImmutableList<URI> sources;

  /** The hash code, computed once: a calendar hashes its layers, which may repeat a large table. */
  private final int hash;

  private HolidayTable(
      String name,
      ImmutableSortedMap<LocalDate, DateOverride> byDate,
      @Nullable DateRange validity,
      ImmutableList<URI> sources) {
    this.name = name;
    this.byDate = byDate;
    this.validity = validity;
    this.sources = sources;
    this.hash = Objects.hash(name, byDate, validity, sources);
  }

  /**
   * A table without a validity range or sources.
   *
   * @param name what the table is, such as {@code "站前区网格中心 closures"}
   * @param overrides at most one per date
   * @return the table
   * @throws IllegalArgumentException if dates repeat or lie outside {@link
   *     WorkingCalendar#SUPPORTED_DATES}
   */
  public static HolidayTable of(String name, Collection<? extends DateOverride> overrides) {
    return of(name, overrides, Optional.empty(), List.of());
  }

  /**
   * A table with its validity range and sources.
   *
   * @param name what the table is
   * @param overrides at most one per date
   * @param validity the dates the table is complete for, or empty if it makes no such claim
   * @param sources where the data comes from, such as State Council notice URLs
   * @return the table
   * @throws IllegalArgumentException if dates repeat or lie outside {@link
   *     WorkingCalendar#SUPPORTED_DATES}
   */
  public static HolidayTable of(
      String name,
      Collection<? extends DateOverride> overrides,
      Optional<DateRange> validity,
      List<URI> sources) {
    checkNotNull(name, "name");
    checkNotNull(overrides, "overrides");
    checkNotNull(validity, "validity");
    checkNotNull(sources, "sources");
    checkArgument(
        TextInput.isWellFormed(name), "name has a lone surrogate (not Unicode text): %s", name);
    TreeMap<LocalDate, DateOverride> map = new TreeMap<>();
    List<LocalDate> repeated = new ArrayList<>();
    List<LocalDate> unsupported = new ArrayList<>();
    for (DateOverride o : overrides) {
      checkNotNull(o, "override");
      if (map.put(o.date(), o) != null) {
        repeated.add(o.date());
      }
      if (!WorkingCalendar.SUPPORTED_DATES.contains(o.date())) {
        unsupported.add(o.date());
      }
    }
    checkArgument(repeated.isEmpty(), "at most one override per date, repeated: %s", repeated);
    checkArgument(
        unsupported.isEmpty(),
        "override dates must lie in %s, got %s",
        WorkingCalendar.SUPPORTED_DATES,
        unsupported);
    validity.ifPresent(
        v ->
            checkArgument(
                WorkingCalendar.SUPPORTED_DATES.encloses(v),
                "validity must lie in %s, got %s",
                WorkingCalendar.SUPPORTED_DATES,
                v));
    return new HolidayTable(
        name, ImmutableSortedMap.copyOf(map), validity.orElse(null), ImmutableList.copyOf(sources));
  }

  /**
   * What the table is.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The overrides in date order.
   *
   * @return the overrides
   */
  public List<DateOverride> overrides() {
    return byDate.values().asList();
  }

  /**
   * The override of a date. O(log n).
   *
   * @param date the date
   * @return its override, or empty
   */
  public Optional<DateOverride> find(LocalDate date) {
    return Optional.ofNullable(byDate.get(checkNotNull(date, "date")));
  }

  /**
   * The dates this table is complete for.
   *
   * @return the validity range, or empty if the table makes no such claim
   */
  public Optional<DateRange> validity() {
    return Optional.ofNullable(validity);
  }

  /**
   * Where the data comes from, such as the State Council notices.
   *
   * @return the sources, possibly empty
   */
  public List<URI> sources() {
    return sources;
  }

  /**
   * This table with another validity range.
   *
   * @param range the dates the table is complete for
   * @return the changed table
   */
  public HolidayTable withValidity(DateRange range) {
    return of(name, overrides(), Optional.of(checkNotNull(range, "range")), sources);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HolidayTable other
        && hash == other.hash
        && name.equals(other.name)
        && byDate.equals(other.byDate)
        && Objects.equals(validity, other.validity)
        && sources.equals(other.sources);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** A summary: name, number of overrides, validity. */
  @Override
  public String toString() {
    return "HolidayTable["
        + name
        + ", "
        + byDate.size()
        + " dates"
        + (validity != null ? ", valid " + validity : "")
        + "]";
  }
}
