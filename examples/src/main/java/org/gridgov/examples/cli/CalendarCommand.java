package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.gridgov.core.GridGovException;
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
 * {@code gridgov calendar add|between|is-working}: working-time arithmetic with ISO-8601 in and
 * out, on the bundled China office calendar, the natural 24×7 calendar or a calendar JSON file.
 */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = "Working-time arithmetic: add, between, is-working (ISO-8601 in and out).",
    subcommands = {
      CalendarCommand.Add.class,
      CalendarCommand.Between.class,
      CalendarCommand.IsWorking.class
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
        description = "zone of the natural calendar and of local times (default Asia/Shanghai)")
    @Nullable ZoneId zone;

    WorkingCalendar calendar() throws IOException {
      Choice c = choice;
      if (c != null && c.file != null) {
        return CalendarJson.read(c.file);
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
    public Integer call() throws IOException {
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
      }
    }

    Instant instant(String text, WorkingCalendar calendar) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        try {
          return Instant.parse(text);
        } catch (DateTimeParseException e2) {
          try {
            return LocalDateTime.parse(text).atZone(calendar.zone()).toInstant();
          } catch (DateTimeParseException e3) {
            throw new CommandLine.ParameterException(
                spec.commandLine(),
                "expected an ISO-8601 date-time such as 2024-02-09T15:00+08:00, got " + text);
          }
        }
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
      if (amount.contains("T")) {
        Duration d;
        try {
          d = Duration.parse(amount);
        } catch (DateTimeParseException e) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "expected an ISO-8601 duration such as PT24H, got " + amount);
        }
        due = calendar.plus(from, d);
      } else {
        Period p;
        try {
          p = Period.parse(amount);
        } catch (DateTimeParseException e) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "expected PT.. or P<n>D, got " + amount);
        }
        if (p.getYears() != 0 || p.getMonths() != 0) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "working days are given as P<n>D, got " + amount);
        }
        due = calendar.plusWorkingDays(from, p.getDays(), rule);
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
}
