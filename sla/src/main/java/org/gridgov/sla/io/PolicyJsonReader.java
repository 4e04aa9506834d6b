package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Map;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.TreeFormat;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.clock.InvalidPolicyException;
import org.gridgov.sla.clock.PolicyTable;

/**
 * Reads policy tables in the {@value PolicyJson#FORMAT} form with limits and host calendars of the
 * caller's choice. Immutable and thread-safe.
 *
 * <pre>{@code
 * PolicyTable table = PolicyJson.reader()
 *     .withCalendar("站前区网格中心", CalendarJson.read(Path.of("unit.calendar.json")))
 *     .read(Path.of("policies.json"));  // {"calendars": {"unit": {"provided": "站前区网格中心"}}, ...}
 * }</pre>
 */
public final class PolicyJsonReader implements FormatReader<PolicyTable> {
  static final PolicyJsonReader DEFAULT = new PolicyJsonReader(ReadLimits.SMALL_DOCUMENT, Map.of());

  private final ReadLimits limits;
  private final Map<String, WorkingCalendar> provided;
  private final TreeFormat<PolicyTable, InvalidPolicyException> format;

  private PolicyJsonReader(ReadLimits limits, Map<String, WorkingCalendar> provided) {
    this.limits = limits;
    this.provided = Map.copyOf(provided);
    this.format =
        new TreeFormat<>(
            limits,
            root -> ClockTrees.table(root, PolicyJson.FORMAT, this.provided),
            InvalidPolicyException::new);
  }

  @Override
  public ReadLimits limits() {
    return limits;
  }

  @Override
  public PolicyJsonReader withLimits(ReadLimits newLimits) {
    return new PolicyJsonReader(checkNotNull(newLimits, "newLimits"), provided);
  }

  /**
   * A reader that resolves {@code {"provided": name}} calendars to the given one.
   *
   * @param name the name files use
   * @param calendar the calendar
   * @return the reader
   */
  public PolicyJsonReader withCalendar(String name, WorkingCalendar calendar) {
    checkNotNull(name, "name");
    checkNotNull(calendar, "calendar");
    Map<String, WorkingCalendar> more = ClockTrees.copy(provided);
    more.put(name, calendar);
    return new PolicyJsonReader(limits, more);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidPolicyException listing every problem at its JSON path, the table's lint (gaps,
   *     unreachable rows) included
   */
  @Override
  public PolicyTable read(String text) {
    return format.read(text);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidPolicyException listing every problem at its JSON path
   */
  @Override
  public PolicyTable read(Reader in) throws IOException {
    return format.read(in);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidPolicyException listing every problem at its JSON path
   */
  @Override
  public PolicyTable read(InputStream in) throws IOException {
    return format.read(in);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidPolicyException listing every problem at its JSON path in the file
   */
  @Override
  public PolicyTable read(Path file) throws IOException {
    return format.read(file);
  }
}
