package org.gridgov.sla.io;

/**
 * Reads holiday-cn files (China's statutory holidays and make-up working days, one JSON file per
 * year: {@code {"year":2024,"papers":[url…],"days":[{"name":"春节","date":"2024-02-04",
 * "isOffDay":false}, …]}}) into a {@link org.gridgov.sla.calendar.HolidayTable}, so that next
 * year's file can be dropped in before the library bundles it.
 *
 * <ul>
 *   <li>{@code year} (1901–2298), {@code papers} (the notices' URLs) and {@code days} are required;
 *       other top-level fields ({@code $schema}, {@code $id}) are ignored. A day has exactly {@code
 *       name}, {@code date} and {@code isOffDay}: {@code false} is a make-up working day (调休上班),
 *       {@code true} a day off.
 *   <li>Several files merge into one table ({@link HolidayCnReader#readAll(java.util.List)}, {@link
 *       HolidayCnReader#readDirectory(java.nio.file.Path)}); their papers become its sources, in
 *       year order.
 *   <li>A file may list dates of the neighbouring years (2019.json lists 2018-12-29..31).
 *   <li>{@code "days": []} means <em>not yet published</em>, not <em>no holidays</em>: the validity
 *       range (the published years, which must be consecutive) ends before that year.
 *   <li>The same date listed with different {@code isOffDay} is a {@code CONFLICT}, reported in
 *       each file at the entry, never resolved silently. When the names differ, the name from the
 *       date's own year wins.
 *   <li>Every problem in every file is reported at once, each in its file at its JSON path (and at
 *       line and column for syntax errors and bytes that are not UTF-8).
 * </ul>
 *
 * <pre>{@code
 * HolidayTable next = HolidayCn.reader().read(Path.of("2027.json"));
 * WorkingCalendar office = ChinaHolidays.calendar().toBuilder()
 *     .layer(next).validity(DateRange.ofYears(2007, 2027)).build();
 * }</pre>
 */
public final class HolidayCn {
  /** The name of tables this format reads. */
  public static final String TABLE_NAME = "holiday-cn";

  private HolidayCn() {}

  /**
   * A reader with the default limits, {@link org.gridgov.core.io.ReadLimits#SMALL_DOCUMENT} per
   * file.
   *
   * @return the reader
   */
  public static HolidayCnReader reader() {
    return HolidayCnReader.DEFAULT;
  }
}
