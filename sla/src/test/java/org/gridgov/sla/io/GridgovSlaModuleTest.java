package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.gridgov.core.ProblemKind;
import org.gridgov.sla.calendar.CalendarDay;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DailyHours;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.HolidayTable;
import org.gridgov.sla.calendar.OutOfRangePolicy;
import org.gridgov.sla.calendar.TimeInterval;
import org.gridgov.sla.calendar.WeeklySchedule;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayCount;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.gridgov.sla.calendar.WorkingDuration;
import org.gridgov.sla.calendar.WorkingInstant;
import org.gridgov.sla.calendar.WorkingStatus;
import org.junit.jupiter.api.Test;

/** Issue 7 §1 for the calendar values: a plain mapper with the module round-trips every one. */
class GridgovSlaModuleTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new GridgovSlaModule());
  private static final LocalDate D = LocalDate.of(2024, 2, 4);

  @CanIgnoreReturnValue
  private static <T> T roundTrip(T value, Class<?> type) throws IOException {
    String json = MAPPER.writeValueAsString(value);
    Object back = MAPPER.readValue(json, type);
    assertThat(back).as(json).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    return value;
  }

  @Test
  void everyValueTypeRoundTrips() throws IOException {
    WorkingCalendar office = ChinaHolidays.calendar();
    Instant received = Instant.parse("2024-02-09T07:00:00Z");
    HolidayTable unit =
        HolidayTable.of(
            "站前区网格中心",
            List.of(
                DateOverride.dayOff(LocalDate.of(2024, 6, 3), "停电检修"),
                DateOverride.makeUpWorkday(LocalDate.of(2024, 9, 28), "国庆节"),
                DateOverride.makeUpWorkday(
                    LocalDate.of(2024, 9, 29), "国庆节", DailyHours.parse("09:00-12:00")),
                DateOverride.customHours(
                    LocalDate.of(2024, 3, 8), "妇女节", DailyHours.parse("08:30-12:00"))),
            Optional.of(DateRange.ofYears(2024, 2024)),
            List.of(URI.create("https://www.gov.cn/")));
    roundTrip(TimeInterval.parse("08:30-12:00"), TimeInterval.class);
    roundTrip(TimeInterval.parse("22:00-06:00+1"), TimeInterval.class);
    roundTrip(DailyHours.parse("08:30-12:00,13:30-17:30"), DailyHours.class);
    roundTrip(DailyHours.closed(), DailyHours.class);
    roundTrip(DateRange.ofYears(2007, 2026), DateRange.class);
    roundTrip(WeeklySchedule.chinaOffice(), WeeklySchedule.class);
    roundTrip(
        WeeklySchedule.everyDay(DailyHours.parse("22:00-06:00+1"))
            .withMakeUpDayHours(DailyHours.closed()),
        WeeklySchedule.class);
    roundTrip(WeeklySchedule.everyDay(DailyHours.closed()), WeeklySchedule.class);
    for (DateOverride o : unit.overrides()) {
      roundTrip(o, DateOverride.class);
      roundTrip(o, o.getClass());
    }
    roundTrip(unit, HolidayTable.class);
    roundTrip(ChinaHolidays.table(), HolidayTable.class);
    roundTrip(office, WorkingCalendar.class);
    roundTrip(office.toBuilder().layer(unit).build(), WorkingCalendar.class);
    roundTrip(WorkingCalendar.natural(ZoneId.of("Europe/Berlin")), WorkingCalendar.class);
    WorkingInstant due =
        roundTrip(office.plus(received, Duration.ofHours(24)), WorkingInstant.class);
    assertThat(MAPPER.writeValueAsString(due))
        .isEqualTo(
            "{\"instant\":\"2024-02-20T16:30:00+08:00[Asia/Shanghai]\",\"provisional\":false}");
    roundTrip(
        office.plus(Instant.parse("2027-03-01T01:00:00Z"), Duration.ofHours(1)),
        WorkingInstant.class);
    roundTrip(office.between(received, received.plusSeconds(86_400 * 10)), WorkingDuration.class);
    roundTrip(office.status(received), WorkingStatus.class);
    roundTrip(office.workingDaysBetween(D, D.plusDays(30)), WorkingDayCount.class);
    roundTrip(office.day(D), CalendarDay.class);
    roundTrip(office.day(D.plusDays(1)), CalendarDay.class);
    roundTrip(OutOfRangePolicy.PROVISIONAL, OutOfRangePolicy.class);
    roundTrip(WorkingDayRule.SAME_TIME, WorkingDayRule.class);
    roundTrip(DateOverride.Kind.CUSTOM_HOURS, DateOverride.Kind.class);
    Map<TimeInterval, DateRange> keyed =
        Map.of(TimeInterval.parse("22:00-06:00+1"), DateRange.ofYears(2024, 2025));
    String json = MAPPER.writeValueAsString(keyed);
    assertThat(json).isEqualTo("{\"22:00-06:00+1\":\"2024-01-01..2025-12-31\"}");
    assertThat(MAPPER.readValue(json, new TypeReference<Map<TimeInterval, DateRange>>() {}))
        .isEqualTo(keyed);
    assertThat(MAPPER.writeValueAsString(office.status(received)))
        .isEqualTo("{\"working\":true,\"provisional\":false}");
  }

  @Test
  void rangesAndOverridesBeyondTheCalendarsDatesRoundTripAsValues() throws IOException {
    // DateRange and DateOverride hold any dates; only a calendar limits them to 1900..2299. Their
    // Jackson forms wrote such values and then refused to read them back ("expected a range within
    // 1900-01-01..2299-12-31"), while the map key form read the same range.
    DateRange later = DateRange.ofYears(2300, 2301);
    roundTrip(later, DateRange.class);
    roundTrip(DateRange.of(LocalDate.of(-5, 1, 1), LocalDate.of(12_000, 1, 1)), DateRange.class);
    roundTrip(DateOverride.dayOff(LocalDate.of(1899, 12, 31), "x"), DateOverride.class);
    roundTrip(
        DateOverride.customHours(LocalDate.of(2300, 1, 1), "x", DailyHours.chinaOffice()),
        DateOverride.CustomHours.class);
    Map<DateRange, DateRange> keyed = Map.of(later, later);
    assertThat(
            MAPPER.readValue(
                MAPPER.writeValueAsString(keyed),
                new TypeReference<Map<DateRange, DateRange>>() {}))
        .isEqualTo(keyed);
    // In a calendar or a layer the dates are still checked, at their paths.
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"name\": \"t\", \"validity\": \"2300-01-01..2300-12-31\"}",
                    HolidayTable.class))
        .hasMessageContaining("$.validity")
        .hasMessageContaining("expected a range within 1900-01-01..2299-12-31");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"name\": \"t\", \"overrides\": [{\"date\": \"2300-01-01\","
                        + " \"kind\": \"DAY_OFF\"}]}",
                    HolidayTable.class))
        .hasMessageContaining("$.overrides[0].date")
        .hasMessageContaining("expected a date within 1900-01-01..2299-12-31");
  }

  @Test
  void anInstantNoZoneCanShowIsALocatedProblemNotAnIllegalArgumentException() {
    // A valid zoned date-time whose instant lies past what every zone can show (WorkingInstant's
    // own check) escaped the module as a bare IllegalArgumentException, without a location.
    String json =
        "{\"instant\":\"+999999999-12-31T23:59:59+08:00[Asia/Shanghai]\",\"provisional\":false}";
    assertThatThrownBy(() -> MAPPER.readValue(json, WorkingInstant.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("$.instant")
        .hasMessageContaining("has no local date-time in every zone")
        .cause()
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.INVALID_VALUE);
            });
  }

  @Test
  void invalidValuesAreRefusedWithTheLibrarysMessage() {
    assertThatThrownBy(() -> MAPPER.readValue("\"14:00-12:00\"", TimeInterval.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("does not end after it starts")
        .hasMessageContaining("14:00-12:00+1")
        .hasCauseInstanceOf(CalendarFormatException.class);
    assertThatThrownBy(
            () -> MAPPER.readValue("[\"09:00-12:00\", \"11:00-13:00\"]", DailyHours.class))
        .hasMessageContaining("must not overlap");
    assertThatThrownBy(() -> MAPPER.readValue("\"2024-01-01..2023-01-01\"", DateRange.class))
        .hasMessageContaining("last 2023-01-01 must not be before first 2024-01-01");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"instant\":\"2024-02-20T16:30+09:00[Asia/Shanghai]\",\"provisional\":false}",
                    WorkingInstant.class))
        .hasMessageContaining("is not the offset of Asia/Shanghai");
    assertThatThrownBy(() -> MAPPER.readValue("{\"zone\":\"Mars/Olympus\"}", WorkingCalendar.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> {
              CalendarFormatException cause =
                  (CalendarFormatException) java.util.Objects.requireNonNull(e.getCause());
              assertThat(cause.problems().get(0).kind()).isEqualTo(ProblemKind.INVALID_VALUE);
              assertThat(cause.problems().get(0).location().toString()).isEqualTo("$.zone");
            });
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"date\":\"2024-02-04\",\"kind\":\"DAY_OFF\",\"name\":\"x\"}",
                    DateOverride.MakeUpWorkday.class))
        .hasMessageContaining("expected an override of kind MAKE_UP_WORKDAY, got DAY_OFF");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"date\":\"2024-02-04\",\"hours\":[],\"provisional\":false,\"override\":"
                        + "{\"date\":\"2024-02-05\",\"kind\":\"DAY_OFF\"}}",
                    CalendarDay.class))
        .hasMessageContaining("the override is for 2024-02-05, the day is 2024-02-04");
    assertThatThrownBy(() -> MAPPER.readValue("{\"working\":true}", WorkingStatus.class))
        .hasMessageContaining("MISSING_FIELD at $.provisional");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"14:00-12:00\":\"2024-01-01..2025-12-31\"}",
                    new TypeReference<Map<TimeInterval, DateRange>>() {}))
        .hasMessageContaining("does not end after it starts");
  }

  @Test
  void theModuleIsFoundByServiceLoaderAndCallsTheCalendarRegistration() {
    assertThat(ServiceLoader.load(Module.class))
        .anySatisfy(m -> assertThat(m).isInstanceOf(GridgovSlaModule.class));
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains("gridgov-sla");
  }

  /** What a host's mapper without the module might know: java.time values from their text. */
  private static ObjectMapper plainWithJavaTime() {
    SimpleModule time = new SimpleModule("test-java-time");
    time.addDeserializer(LocalDate.class, new FromText<>(LocalDate.class, LocalDate::parse));
    time.addDeserializer(LocalTime.class, new FromText<>(LocalTime.class, LocalTime::parse));
    time.addDeserializer(ZoneId.class, new FromText<>(ZoneId.class, ZoneId::of));
    time.addDeserializer(Instant.class, new FromText<>(Instant.class, Instant::parse));
    time.addDeserializer(Duration.class, new FromText<>(Duration.class, Duration::parse));
    return new ObjectMapper().registerModule(time);
  }

  private static final class FromText<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial")
    private final Function<String, T> parser;

    FromText(Class<T> type, Function<String, T> parser) {
      super(type);
      this.parser = parser;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return parser.apply(p.getValueAsString());
    }
  }

  @Test
  void withoutTheModuleNoValueIsBuiltAroundItsValidation() {
    ObjectMapper plain = plainWithJavaTime();
    // Records are read through their canonical constructors, which validate.
    assertThatThrownBy(
            () ->
                plain.readValue(
                    "{\"start\":\"14:00\",\"end\":\"12:00\",\"overnight\":false}",
                    TimeInterval.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasStackTraceContaining("does not end after it starts");
    assertThatThrownBy(
            () ->
                plain.readValue(
                    "{\"first\":\"2024-01-01\",\"last\":\"2023-01-01\"}", DateRange.class))
        .hasStackTraceContaining("must not be before first");
    assertThatThrownBy(
            () ->
                plain.readValue(
                    "{\"intervals\":[{\"start\":\"09:00\",\"end\":\"12:00\",\"overnight\":false},"
                        + "{\"start\":\"11:00\",\"end\":\"13:00\",\"overnight\":false}]}",
                    DailyHours.class))
        .hasStackTraceContaining("must not overlap");
    assertThatThrownBy(
            () ->
                plain.readValue(
                    "{\"instant\":\"+1000000000-12-31T23:59:59Z\",\"zone\":\"UTC\",\"provisional\":false}",
                    WorkingInstant.class))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                plain.readValue(
                    "{\"date\":\"2024-02-04\",\"name\":\"\\ud800\"}", DateOverride.DayOff.class))
        .hasStackTraceContaining("lone surrogate");
    // Classes with private constructors cannot be built at all.
    assertThatThrownBy(() -> plain.readValue("{\"name\":\"t\"}", HolidayTable.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> plain.readValue("\"t\"", HolidayTable.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> plain.readValue("\"Asia/Shanghai\"", WorkingCalendar.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> plain.readValue("{\"zone\":\"Asia/Shanghai\"}", WorkingCalendar.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> plain.readValue("{}", WorkingCalendar.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> plain.readValue("\"Asia/Shanghai\"", WorkingCalendar.Builder.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> plain.readValue("{}", WorkingCalendar.Builder.class))
        .isInstanceOf(JsonMappingException.class);
    // A sealed interface has no constructor at all.
    assertThatThrownBy(() -> plain.readValue("{\"date\":\"2024-02-04\"}", DateOverride.class))
        .isInstanceOf(JsonMappingException.class);
  }
}
