package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.GridGovException;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.gridgov.sla.calendar.WorkingDuration;
import org.gridgov.sla.calendar.WorkingInstant;
import org.gridgov.sla.calendar.WorkingStatus;
import org.gridgov.sla.io.CalendarJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov calendar add|between|is-working|validate|sample}: working-time arithmetic with
 * ISO-8601 in and out, on the bundled China office calendar, the natural 24×7 calendar or a
 * calendar JSON file, the check of such a file, and the bundled calendar as one.
 */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description =
        "Working-time arithmetic: add, between, is-working (ISO-8601 in and out); validate a"
            + " calendar file.",
    subcommands = {
      CalendarCommand.Add.class,
      CalendarCommand.Between.class,
      CalendarCommand.IsWorking.class,
      CalendarCommand.Validate.class,
      CalendarCommand.Sample.class
    })
final class CalendarCommand implements Runnable {
  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Which calendar to use; the bundled China office calendar by default. */
  static final class Choice {
    @Option(
        names = "--working",
        description = "bundled China calendar, Mon-Fri 08:30-12:00 and 13:30-17:30 (default)")
    boolean working;

    @Option(names = "--natural", description = "natural time: every instant counts (24x7)")
    boolean natural;

    @Option(names = "--calendar", paramLabel = "FILE", description = "a calendar JSON file")
    @Nullable Path file;
  }

  /** The calendar options shared by the subcommands. */
  static final class CalendarOptions {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable Choice choice;

    @Option(
        names = "--zone",
        paramLabel = "ZONE",
        description =
            "zone of local times (default: the calendar's) and of the natural calendar (default"
                + " Asia/Shanghai)")
    @Nullable ZoneId zone;

    WorkingCalendar calendar() {
      Choice c = choice;
      if (c != null && c.file != null) {
        return readCalendar(c.file);
      }
      if (c != null && c.natural) {
        return WorkingCalendar.natural(zone != null ? zone : ChinaHolidays.ZONE);
      }
      return ChinaHolidays.calendar();
    }
  }

  private abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();
    @Mixin CalendarOptions options = new CalendarOptions();

    abstract void execute(WorkingCalendar calendar, PrintWriter out, PrintWriter err);

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        execute(options.calendar(), out, err);
        out.flush();
        return 0;
      } catch (GridGovException e) {
        err.println("gridgov calendar: " + e.getMessage());
        err.flush();
        return 2;
      } catch (FileProblem e) {
        err.println("gridgov calendar: " + e.getMessage());
        err.flush();
        return 2;
      }
    }

    Instant instant(String text, WorkingCalendar calendar) {
      ZoneId local = options.zone;
      try {
        return parseInstant(text, local != null ? local : calendar.zone());
      } catch (DateTimeException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "expected an ISO-8601 date-time such as 2024-02-09T15:00+08:00 or"
                + " 2024-02-09T15:00+08:00[Asia/Shanghai], got "
                + text
                + (e instanceof DateTimeParseException ? "" : ": " + e.getMessage()));
      }
    }

    static String format(Instant instant, WorkingCalendar calendar) {
      return OffsetDateTime.ofInstant(instant, calendar.zone()).toString();
    }

    static void provisional(boolean provisional, WorkingCalendar calendar, PrintWriter err) {
      if (provisional) {
        err.println(
            "note: provisional, outside the calendar's data "
                + calendar.validity().map(Object::toString).orElse(""));
        err.flush();
      }
    }
  }

  /** A local date-time with an optional offset and an optional zone in brackets. */
  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .optionalStart()
          .appendLiteral('[')
          .parseCaseSensitive()
          .appendZoneRegionId()
          .appendLiteral(']')
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  /** Working days: {@code P5D}, {@code -P5D} or {@code P-5D}. */
  private static final Pattern DAYS = Pattern.compile("[+]?(-)?[pP][+]?(-?\\d+)[dD]");

  /** Days and time together, such as {@code P1DT2H}. */
  private static final Pattern MIXED = Pattern.compile("[-+]?[pP][-+]?\\d+[dD][tT].*");

  /** {@code add START AMOUNT}: a deadline. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add working time (PT24H) or working days (P5D) to an instant.",
        "Example: gridgov calendar add 2024-02-09T15:00+08:00 PT24H --working"
      })
  static final class Add extends Base {
    @Parameters(index = "0", paramLabel = "START", description = "ISO-8601 date-time")
    String start = "";

    @Parameters(
        index = "1",
        paramLabel = "AMOUNT",
        description = "ISO-8601 duration (PT3H; negative after --: -- -PT30M) or days (P5D)")
    String amount = "";

    @Option(
        names = "--rule",
        description = "for working days: ${COMPLETION-CANDIDATES} (default END_OF_DAY)")
    WorkingDayRule rule = WorkingDayRule.END_OF_DAY;

    @Override
    void execute(WorkingCalendar calendar, PrintWriter out, PrintWriter err) {
      Instant from = instant(start, calendar);
      WorkingInstant due;
      Matcher days = DAYS.matcher(amount);
      if (days.matches()) {
        int n;
        try {
          n = Math.multiplyExact(days.group(1) != null ? -1 : 1, Integer.parseInt(days.group(2)));
        } catch (ArithmeticException | NumberFormatException e) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "too many working days: " + amount);
        }
        due = calendar.plusWorkingDays(from, n, rule);
      } else if (MIXED.matcher(amount).matches()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            amount
                + " mixes days and time: give working days as P<n>D (P1D is one working day, due"
                + " at the close of the next working day) or working time as PT<n>H (PT26H is 26"
                + " working hours), not both");
      } else if (amount.toUpperCase(Locale.ROOT).contains("T")) {
        if (spec.commandLine().getParseResult().hasMatchedOption("--rule")) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--rule goes with working days (P5D), not with working time (" + amount + ")");
        }
        Duration d;
        try {
          d = Duration.parse(amount);
        } catch (DateTimeParseException e) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "expected working time as an ISO-8601 duration such as PT24H, got " + amount);
        }
        due = calendar.plus(from, d);
      } else {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "expected working days as P<n>D (such as P5D) or working time as PT<n>H (such as"
                + " PT24H), got "
                + amount);
      }
      out.println(format(due.instant(), calendar));
      provisional(due.provisional(), calendar, err);
    }
  }

  /** {@code between FROM TO}: working time used. */
  @Command(
      name = "between",
      mixinStandardHelpOptions = true,
      description = "Working time from FROM to TO, as an ISO-8601 duration.")
  static final class Between extends Base {
    @Parameters(index = "0", paramLabel = "FROM", description = "ISO-8601 date-time")
    String from = "";

    @Parameters(index = "1", paramLabel = "TO", description = "ISO-8601 date-time")
    String to = "";

    @Override
    void execute(WorkingCalendar calendar, PrintWriter out, PrintWriter err) {
      WorkingDuration d = calendar.between(instant(from, calendar), instant(to, calendar));
      out.println(d.duration());
      provisional(d.provisional(), calendar, err);
    }
  }

  /** {@code is-working AT}: true or false. */
  @Command(
      name = "is-working",
      mixinStandardHelpOptions = true,
      description = "Whether AT is working time: true or false.")
  static final class IsWorking extends Base {
    @Parameters(index = "0", paramLabel = "AT", description = "ISO-8601 date-time")
    String at = "";

    @Override
    void execute(WorkingCalendar calendar, PrintWriter out, PrintWriter err) {
      WorkingStatus s;
      try {
        s = calendar.status(instant(at, calendar));
      } catch (DateTimeException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), String.valueOf(e.getMessage()));
      }
      out.println(s.working());
      provisional(s.provisional(), calendar, err);
    }
  }

  /** {@code validate FILE}: every problem of a calendar file. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Check a calendar JSON file; list every problem with its location (exit code 1).",
        "Example: gridgov calendar validate unit.json"
      })
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Parameters(index = "0", paramLabel = "FILE", description = "a calendar in JSON")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        WorkingCalendar calendar = readCalendar(file);
        out.println(
            file
                + ": valid calendar in "
                + calendar.zone()
                + ", "
                + calendar.layers().size()
                + (calendar.layers().size() == 1 ? " layer" : " layers")
                + calendar.validity().map(v -> ", data for " + v).orElse(", no validity range")
                + ", outside it "
                + calendar.outOfRangePolicy());
        return 0;
      } catch (CalendarFormatException e) {
        ProblemLines.print(out, file.toString(), e);
        return 1;
      } catch (FileProblem e) {
        err.println("gridgov calendar: " + e.getMessage());
        return 2;
      } finally {
        out.flush();
        err.flush();
      }
    }
  }

  /** A calendar file that cannot be read, with the file in the message. */
  static final class FileProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FileProblem(String message, IOException cause) {
      super(message, cause);
    }
  }

  /**
   * Reads a calendar file; an I/O failure becomes a {@link FileProblem} naming the file.
   *
   * @throws CalendarFormatException if the content is not a calendar (each problem names the file)
   */
  static WorkingCalendar readCalendar(Path file) {
    try {
      return CalendarJson.reader().read(file);
    } catch (NoSuchFileException e) {
      throw new FileProblem("no such file: " + file, e);
    } catch (IOException e) {
      throw new FileProblem("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * An instant from ISO-8601 text: with an offset ({@code 2024-02-09T15:00+08:00}, {@code
   * 2024-02-09T07:00:00Z}), with an offset and a zone ({@code
   * 2022-12-10T09:30+08:00[Asia/Shanghai]}, the offset being the zone's at that time), with a zone
   * only, or local time in {@code zone}.
   *
   * @throws DateTimeException if the text is none of these, or its offset is not its zone's
   */
  static Instant parseInstant(String text, ZoneId zone) {
    TemporalAccessor parsed = DATE_TIME.parse(text.trim());
    LocalDateTime local = LocalDateTime.from(parsed);
    ZoneOffset offset = parsed.query(TemporalQueries.offset());
    ZoneId named = parsed.query(TemporalQueries.zoneId());
    if (named != null && !(named instanceof ZoneOffset)) {
      ZonedDateTime zoned =
          offset != null
              ? ZonedDateTime.ofLocal(local, named, offset)
              : ZonedDateTime.of(local, named);
      if (offset != null && !zoned.getOffset().equals(offset)) {
        throw new DateTimeException(
            "the offset " + offset + " is not the offset of " + named + " at " + local);
      }
      return zoned.toInstant();
    }
    if (offset != null) {
      return local.toInstant(offset);
    }
    return local.atZone(zone).toInstant();
  }

  /** {@code sample [FILE]}: the bundled China office calendar as JSON, a template to edit. */
  @Command(
      name = "sample",
      mixinStandardHelpOptions = true,
      description = {
        "Write the bundled China office calendar as JSON, to FILE or standard output.",
        "A template for a unit's own calendar: edit the hours or add layers of overrides.",
        "Example: gridgov calendar sample unit.json"
      })
  static final class Sample extends SampleCommand {
    @Override
    void write(Writer out) throws IOException {
      CalendarJson.write(ChinaHolidays.calendar(), out);
    }
  }
}
