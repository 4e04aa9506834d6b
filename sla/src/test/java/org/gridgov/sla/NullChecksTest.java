package org.gridgov.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.ArbitraryInstances;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.sla.calendar.CalendarBudgetException;
import org.gridgov.sla.calendar.CalendarDay;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.CalendarRangeException;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DailyHours;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.HolidayTable;
import org.gridgov.sla.calendar.NoWorkingTimeException;
import org.gridgov.sla.calendar.TimeInterval;
import org.gridgov.sla.calendar.WeeklySchedule;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayCount;
import org.gridgov.sla.calendar.WorkingDuration;
import org.gridgov.sla.calendar.WorkingInstant;
import org.gridgov.sla.calendar.WorkingStatus;
import org.gridgov.sla.io.CalendarJson;
import org.gridgov.sla.io.HolidayCn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public method and constructor of every public class of {@code org.gridgov.sla}, {@code
 * .calendar} and {@code .io} refuses a null argument with a {@link NullPointerException} whose
 * message is the parameter's name (issue 6: "every public method's null check names its
 * parameter"). Guava's {@link NullPointerTester} checks the exception; the names come from the
 * class files.
 */
class NullChecksTest {
  private static final LocalDate DATE = LocalDate.of(2024, 2, 4);
  private static final Map<Class<?>, Object> DEFAULTS = new HashMap<>();
  @TempDir static Path dir;

  @BeforeAll
  static void defaults() throws IOException {
    Path file = dir.resolve("2024.json");
    Files.writeString(file, "{}");
    DEFAULTS.put(LocalDate.class, DATE);
    DEFAULTS.put(LocalTime.class, LocalTime.NOON);
    DEFAULTS.put(Instant.class, Instant.parse("2024-03-05T01:00:00Z"));
    DEFAULTS.put(ZoneId.class, ChinaHolidays.ZONE);
    DEFAULTS.put(ZonedDateTime.class, ZonedDateTime.of(2024, 3, 5, 9, 0, 0, 0, ChinaHolidays.ZONE));
    DEFAULTS.put(Duration.class, Duration.ofHours(1));
    DEFAULTS.put(DateRange.class, DateRange.ofYears(2024, 2024));
    DEFAULTS.put(TimeInterval.class, TimeInterval.parse("08:30-12:00"));
    DEFAULTS.put(DailyHours.class, DailyHours.chinaOffice());
    DEFAULTS.put(WeeklySchedule.class, WeeklySchedule.chinaOffice());
    DEFAULTS.put(HolidayTable.class, HolidayTable.of("t", List.of()));
    DEFAULTS.put(DateOverride.class, DateOverride.dayOff(DATE, "x"));
    DEFAULTS.put(WorkingCalendar.class, ChinaHolidays.calendar());
    DEFAULTS.put(Optional.class, Optional.empty());
    DEFAULTS.put(Path.class, file);
    DEFAULTS.put(ReadLimits.class, ReadLimits.SMALL_DOCUMENT);
    DEFAULTS.put(
        List.class, List.of(Problem.of(ProblemKind.INVALID_VALUE, Location.json(), "bad")));
    DEFAULTS.put(
        org.gridgov.sla.clock.CaseEvent.class,
        org.gridgov.sla.clock.CaseEvent.of(
            "e1", "C1", org.gridgov.sla.clock.EventKind.VERIFIED, Instant.EPOCH));
    DEFAULTS.put(
        org.gridgov.sla.clock.CaseStatus.class,
        org.gridgov.sla.clock.CaseLog.of(
                "C1",
                org.gridgov.sla.clock.PolicyPresets.zhanqian(),
                List.of(
                    org.gridgov.sla.clock.CaseEvent.reported(
                        "e0",
                        "C1",
                        Instant.parse("2022-12-10T01:00:00Z"),
                        org.gridgov.sla.clock.CaseFacts.of(
                            "下水井堵塞", org.gridgov.sla.clock.Priority.NORMAL))))
            .status(Instant.parse("2022-12-10T02:00:00Z")));
  }

  /** The public classes of the packages this module's calendar work owns, from the class files. */
  static List<Class<?>> publicClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(WorkingCalendar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    for (String pkg :
        List.of("org/gridgov/sla", "org/gridgov/sla/calendar", "org/gridgov/sla/io")) {
      try (Stream<Path> files = Files.list(root.resolve(pkg))) {
        for (Path f : (Iterable<Path>) files.sorted()::iterator) {
          String name = f.getFileName().toString();
          if (!name.endsWith(".class") || name.equals("package-info.class")) {
            continue;
          }
          String binary = pkg.replace('/', '.') + "." + name.substring(0, name.length() - 6);
          Class<?> c;
          try {
            c = Class.forName(binary);
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
          }
          if (isPublic(c)) {
            classes.add(c);
          }
        }
      }
    }
    return classes;
  }

  private static boolean isPublic(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return !c.isAnonymousClass() && !c.isSynthetic();
  }

  /** An instance of each public class with public instance methods that take references. */
  private static Map<Class<?>, Object> instances() {
    WorkingCalendar office = ChinaHolidays.calendar();
    Map<Class<?>, Object> m = new HashMap<>();
    m.put(WorkingCalendar.class, office);
    m.put(WorkingCalendar.Builder.class, WorkingCalendar.builder(ChinaHolidays.ZONE));
    m.put(DailyHours.class, DailyHours.chinaOffice());
    m.put(DateRange.class, DateRange.ofYears(2024, 2024));
    m.put(HolidayTable.class, ChinaHolidays.table());
    m.put(WeeklySchedule.class, WeeklySchedule.chinaOffice());
    m.put(DateOverride.DayOff.class, DateOverride.dayOff(DATE, "x"));
    m.put(DateOverride.MakeUpWorkday.class, DateOverride.makeUpWorkday(DATE, "x"));
    m.put(DateOverride.CustomHours.class, DateOverride.customHours(DATE, "x", DailyHours.closed()));
    m.put(org.gridgov.sla.io.CalendarJsonReader.class, CalendarJson.reader());
    m.put(org.gridgov.sla.io.HolidayCnReader.class, HolidayCn.reader());
    m.put(org.gridgov.sla.io.CaseEventJsonReader.class, org.gridgov.sla.io.CaseEventJson.reader());
    m.put(org.gridgov.sla.io.PolicyJsonReader.class, org.gridgov.sla.io.PolicyJson.reader());
    m.put(TimeInterval.class, TimeInterval.parse("22:00-06:00+1"));
    m.put(CalendarDay.class, new CalendarDay(DATE, DailyHours.closed(), Optional.empty(), false));
    m.put(WorkingInstant.class, new WorkingInstant(Instant.EPOCH, ZoneId.of("UTC"), false));
    m.put(WorkingDuration.class, new WorkingDuration(Duration.ZERO, false));
    m.put(WorkingStatus.class, new WorkingStatus(true, false));
    m.put(WorkingDayCount.class, new WorkingDayCount(1, false));
    m.put(
        CalendarRangeException.class,
        new CalendarRangeException(DATE, DateRange.ofYears(2007, 2026), ""));
    m.put(NoWorkingTimeException.class, new NoWorkingTimeException("none"));
    m.put(
        CalendarBudgetException.class,
        new CalendarBudgetException(2, 1, DateRange.ofYears(2024, 2024)));
    m.put(
        CalendarFormatException.class,
        new CalendarFormatException(
            List.of(Problem.of(ProblemKind.INVALID_VALUE, Location.json(), "bad"))));
    return m;
  }

  private static NullPointerTester tester() {
    NullPointerTester t = new NullPointerTester();
    DEFAULTS.forEach((type, value) -> setDefault(t, type, value));
    return t;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester t, Class<T> type, Object value) {
    t.setDefault(type, (T) value);
  }

  @Test
  void everyPublicClassRejectsNulls() throws Exception {
    List<Class<?>> classes = publicClasses();
    assertThat(classes)
        .contains(WorkingCalendar.class, CalendarJson.class, SlaException.class)
        .hasSizeGreaterThan(25);
    Map<Class<?>, Object> instances = instances();
    NullPointerTester tester = tester();
    for (Class<?> c : classes) {
      tester.testAllPublicStaticMethods(c);
      tester.testAllPublicConstructors(c);
      Object instance = instances.get(c);
      if (instance != null && !Throwable.class.isAssignableFrom(c)) {
        tester.testAllPublicInstanceMethods(instance);
      }
    }
  }

  @Test
  void everyNullCheckNamesItsParameter() throws Exception {
    Map<Class<?>, Object> instances = instances();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> c : publicClasses()) {
      ParameterNames names = ParameterNames.of(c);
      List<Executable> executables = new ArrayList<>(List.of(c.getConstructors()));
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          executables.add(m);
        }
      }
      for (Executable e : executables) {
        if (Modifier.isAbstract(c.getModifiers()) && e instanceof Constructor) {
          continue;
        }
        if (c.isEnum() && e.getName().equals("valueOf")) {
          continue; // generated by the compiler: Enum.valueOf says "Name is null"
        }
        if (e.getName().equals("equals") || Modifier.isAbstract(e.getModifiers())) {
          continue; // equals takes null; abstract methods are checked on their implementations
        }
        boolean isStatic = e instanceof Constructor || Modifier.isStatic(e.getModifiers());
        Object receiver = isStatic ? null : instances.get(c);
        if (!isStatic && receiver == null) {
          if (Stream.of(e.getParameterTypes()).anyMatch(t -> !t.isPrimitive())) {
            failures.add(c.getName() + ": no instance to test " + e);
          }
          continue;
        }
        Parameter[] params = e.getParameters();
        for (int i = 0; i < params.length; i++) {
          if (params[i].getType().isPrimitive()
              || params[i].getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            continue;
          }
          Optional<String> expected = names.name(e, i);
          Object[] args = new Object[params.length];
          for (int j = 0; j < params.length; j++) {
            args[j] =
                j == i
                    ? null
                    : defaultFor(params[j].getType(), e.isVarArgs() && j == params.length - 1);
          }
          String got = npeMessage(e, receiver, args);
          checked++;
          if (expected.isEmpty() || !expected.get().equals(got)) {
            failures.add(
                e + " parameter " + i + " (" + expected.orElse("?") + "): NPE message " + got);
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(100);
  }

  private static @Nullable Object defaultFor(Class<?> type, boolean varargs) {
    if (varargs) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }
    Object v = DEFAULTS.get(type);
    if (v != null) {
      return v;
    }
    if (type == java.io.Reader.class) {
      return new StringReader("{}");
    }
    if (type == java.io.Writer.class) {
      return new StringWriter();
    }
    return ArbitraryInstances.get(type);
  }

  private static String npeMessage(Executable e, @Nullable Object receiver, Object[] args) {
    try {
      if (e instanceof Constructor<?> k) {
        k.newInstance(args);
      } else {
        ((Method) e).invoke(receiver, args);
      }
      return "(no exception)";
    } catch (InvocationTargetException x) {
      Throwable cause = x.getCause();
      return cause instanceof NullPointerException
          ? String.valueOf(cause.getMessage())
          : "(" + cause + ")";
    } catch (ReflectiveOperationException | IllegalArgumentException x) {
      return "(" + x + ")";
    }
  }
}
