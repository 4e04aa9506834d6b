package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.TreeFormat;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.WorkingCalendar;

/**
 * Reads the calendar JSON form documented at {@link CalendarJson}, with limits: {@code
 * CalendarJson.reader().withLimits(...).read(...)}. Every problem of a document is reported at once
 * in one {@link CalendarFormatException}, located by JSON path (and by line and column for syntax
 * errors), inside the file for {@link #read(Path)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * WorkingCalendar unit = CalendarJson.reader()
 *     .withLimits(ReadLimits.SMALL_DOCUMENT.withMaxInputLength(64 * 1024))
 *     .read(Path.of("unit.json"));
 * }</pre>
 */
public final class CalendarJsonReader implements FormatReader<WorkingCalendar> {
  static final CalendarJsonReader DEFAULT = new CalendarJsonReader(ReadLimits.SMALL_DOCUMENT);

  private final TreeFormat<WorkingCalendar, CalendarFormatException> format;

  private CalendarJsonReader(ReadLimits limits) {
    this.format =
        new TreeFormat<>(
            limits,
            root -> CalendarForms.calendar(root).orElse(null),
            CalendarFormatException::new);
  }

  @Override
  public ReadLimits limits() {
    return format.limits();
  }

  @Override
  public CalendarJsonReader withLimits(ReadLimits limits) {
    return new CalendarJsonReader(checkNotNull(limits, "limits"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarFormatException listing every problem
   */
  @Override
  public WorkingCalendar read(String text) {
    return format.read(checkNotNull(text, "text"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarFormatException listing every problem
   */
  @Override
  public WorkingCalendar read(Reader in) throws IOException {
    return format.read(checkNotNull(in, "in"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarFormatException listing every problem
   */
  @Override
  public WorkingCalendar read(InputStream in) throws IOException {
    return format.read(checkNotNull(in, "in"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarFormatException listing every problem, located in the file
   */
  @Override
  public WorkingCalendar read(Path file) throws IOException {
    return format.read(checkNotNull(file, "file"));
  }

  /** The reader and its limits. */
  @Override
  public String toString() {
    return "CalendarJsonReader[" + limits() + "]";
  }
}
