package org.gridgov.sla.clock;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayRule;

/**
 * Bundled policy tables, each with two calendars: {@value #NATURAL} (clock time in Asia/Shanghai)
 * and {@value #OFFICE} ({@link ChinaHolidays#calendar()}, 08:30–12:00 and 13:30–17:30 with the
 * statutory holidays and make-up days). Built once; immutable.
 *
 * <ul>
 *   <li>{@link #zhanqian()} — 数字站前 (营口 站前区, from the 2022 article): on site to verify within 3
 *       hours, solved within 24, result fed back within 36, rectification accepted at 48, all in
 *       clock hours from the report.
 *   <li>{@link #chengguan()} — an example of 数字城管 (digital city management): the clock starts at
 *       dispatch, a sign-off clock of its own, per-小类 limits in working hours and days (暴露垃圾 4 工作时,
 *       道路保洁 2 工作时, 绿地养护 5 工作日, 私搭乱建 in stages: stop 4 工作时, penalise 7 工作日, demolish 20 工作日),
 *       urgent cases apart.
 *   <li>{@link #hotline12345()} — 12345: enquiries 3 working days, complaints (and other appeals)
 *       13 working days, counted from the day after receipt and due at the close of the last day;
 *       an extension only before the deadline; a reminder (催办) the day after a breach.
 * </ul>
 *
 * <p>The escalation budgets, the sign-off limit, the urgent 2 hours (Beijing's draft rules: life or
 * property at risk 2 h) and the defaults for categories the sources do not name are this library's
 * example values, not any city's rules.
 */
public final class PolicyPresets {
  /** The name of the natural (24×7, Asia/Shanghai) calendar in the bundled tables. */
  public static final String NATURAL = "natural";

  /** The name of the China office calendar in the bundled tables. */
  public static final String OFFICE = "office";

  private PolicyPresets() {}

  private static final class Holder {
    static final PolicyTable ZHANQIAN = buildZhanqian(NATURAL, "数字站前");
    static final PolicyTable ZHANQIAN_WORKING = buildZhanqian(OFFICE, "数字站前-工作时");
    static final PolicyTable CHENGGUAN = buildChengguan();
    static final PolicyTable HOTLINE = buildHotline();
  }

  /**
   * The names {@link #byName} knows.
   *
   * @return {@code 数字站前}, {@code 数字站前-工作时}, {@code 数字城管}, {@code 12345} (or {@code zhanqian},
   *     {@code zhanqian-working}, {@code chengguan}, {@code hotline})
   */
  public static List<String> names() {
    return List.of("数字站前", "数字站前-工作时", "数字城管", "12345");
  }

  /**
   * A bundled table by name.
   *
   * @param name {@code 数字站前} or {@code zhanqian}, {@code 数字城管} or {@code chengguan}, {@code 12345}
   *     or {@code hotline}
   * @return the table, if the name is known
   */
  public static Optional<PolicyTable> byName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "数字站前", "zhanqian" -> Optional.of(zhanqian());
      case "数字站前-工作时", "zhanqian-working" -> Optional.of(zhanqianWorkingHours());
      case "数字城管", "chengguan" -> Optional.of(chengguan());
      case "12345", "hotline" -> Optional.of(hotline12345());
      default -> Optional.empty();
    };
  }

  /**
   * 数字站前: one policy for every case, four milestones from the report in clock hours.
   *
   * @return the table
   */
  public static PolicyTable zhanqian() {
    return Holder.ZHANQIAN;
  }

  /**
   * The 数字站前 promise counted in working hours (工作时) of the China office calendar instead of clock
   * hours: the same four milestones, 3, 24, 36 and 48 working hours from the report. Not a
   * published rule: a comparison of what a working-time clock does to the same promise.
   *
   * @return the table
   */
  public static PolicyTable zhanqianWorkingHours() {
    return Holder.ZHANQIAN_WORKING;
  }

  /**
   * The 数字城管 example.
   *
   * @return the table
   */
  public static PolicyTable chengguan() {
    return Holder.CHENGGUAN;
  }

  /**
   * 12345.
   *
   * @return the table
   */
  public static PolicyTable hotline12345() {
    return Holder.HOTLINE;
  }

  private static PolicyTable.Builder calendars() {
    return PolicyTable.builder()
        .calendar(NATURAL, WorkingCalendar.natural(ChinaHolidays.ZONE))
        .calendar(OFFICE, ChinaHolidays.calendar());
  }

  private static Budget hours(long h) {
    return Budget.time(Duration.ofHours(h));
  }

  private static Budget minutes(long m) {
    return Budget.time(Duration.ofMinutes(m));
  }

  private static Budget workingDays(int n) {
    return Budget.days(n, WorkingDayRule.END_OF_DAY);
  }

  private static PolicyTable buildZhanqian(String calendar, String name) {
    CasePolicy p =
        CasePolicy.builder(name)
            .clockStart(EventKind.REPORTED)
            .milestone(
                Milestone.builder("verify", hours(3))
                    .calendar(calendar)
                    .name("查验")
                    .stopOn(EventKind.VERIFIED)
                    .build())
            .milestone(
                Milestone.builder("resolve", hours(24))
                    .calendar(calendar)
                    .name("解决")
                    .stopOn(EventKind.RESOLVED)
                    .build())
            .milestone(
                Milestone.builder("feedback", hours(36))
                    .calendar(calendar)
                    .name("反馈")
                    .stopOn(EventKind.FEEDBACK_GIVEN)
                    .build())
            .milestone(
                Milestone.builder("accept", hours(48))
                    .calendar(calendar)
                    .name("验收")
                    .stopOn(EventKind.ACCEPTED)
                    .build())
            .rework(Rework.of(Rework.Mode.CONTINUE, "resolve"))
            .escalation(
                Escalation.of(
                    calendar,
                    List.of(
                        new Escalation.Level(Tier.LIAISON, hours(6)),
                        new Escalation.Level(Tier.STREET, hours(12)),
                        new Escalation.Level(Tier.DISTRICT, hours(24)))))
            .build();
    return calendars().policy(p).row(PolicyRow.any(name)).build();
  }

  private static Milestone sign() {
    return Milestone.builder("sign", minutes(30))
        .name("签收")
        .calendar(OFFICE)
        .anchor(Anchor.START_EVENT)
        .startOn(EventKind.DISPATCHED)
        .resetOn(EventKind.REDISPATCHED)
        .stopOn(EventKind.SIGNED_FOR)
        .build();
  }

  private static CasePolicy chengguanPolicy(String name, String calendar, Budget resolve) {
    return CasePolicy.builder(name)
        .clockStart(EventKind.DISPATCHED)
        .milestone(sign())
        .milestone(
            Milestone.builder("resolve", resolve)
                .name("处置")
                .calendar(calendar)
                .stopOn(EventKind.RESOLVED)
                .build())
        .rework(Rework.of(Rework.Mode.RESTART, "resolve"))
        .escalation(chengguanEscalation())
        .build();
  }

  private static Escalation chengguanEscalation() {
    return Escalation.of(
        OFFICE,
        List.of(
            new Escalation.Level(Tier.LIAISON, hours(4)),
            new Escalation.Level(Tier.STREET, workingDays(1)),
            new Escalation.Level(Tier.DISTRICT, workingDays(2))));
  }

  private static PolicyTable buildChengguan() {
    CasePolicy staged =
        CasePolicy.builder("城管-私搭乱建")
            .clockStart(EventKind.DISPATCHED)
            .milestone(sign())
            .milestone(
                Milestone.builder("stop", hours(4))
                    .name("制止")
                    .calendar(OFFICE)
                    .stopOn(EventKind.STAGE_COMPLETED)
                    .build())
            .milestone(
                Milestone.builder("penalise", workingDays(7))
                    .name("处罚")
                    .calendar(OFFICE)
                    .anchor(Anchor.PREVIOUS)
                    .stopOn(EventKind.STAGE_COMPLETED)
                    .build())
            .milestone(
                Milestone.builder("demolish", workingDays(20))
                    .name("拆除")
                    .calendar(OFFICE)
                    .anchor(Anchor.PREVIOUS)
                    .stopOn(EventKind.RESOLVED)
                    .build())
            .rework(Rework.of(Rework.Mode.RESTART, "demolish"))
            .escalation(chengguanEscalation())
            .build();
    return calendars()
        .policy(chengguanPolicy("城管-暴露垃圾", OFFICE, hours(4)))
        .policy(chengguanPolicy("城管-道路保洁", OFFICE, hours(2)))
        .policy(chengguanPolicy("城管-绿地养护", OFFICE, workingDays(5)))
        .policy(staged)
        .policy(chengguanPolicy("城管-紧急", NATURAL, hours(2)))
        .policy(chengguanPolicy("城管-一般", OFFICE, workingDays(3)))
        .urgent(PolicyRow.any("城管-紧急"))
        .row(PolicyRow.categories("城管-暴露垃圾", "暴露垃圾"))
        .row(PolicyRow.categories("城管-道路保洁", "道路保洁"))
        .row(PolicyRow.categories("城管-绿地养护", "绿地养护"))
        .row(PolicyRow.categories("城管-私搭乱建", "私搭乱建"))
        .row(PolicyRow.any("城管-一般"))
        .build();
  }

  private static CasePolicy hotlinePolicy(String name, String calendar, Budget reply) {
    Milestone.Builder m =
        Milestone.builder("reply", reply)
            .name("办结答复")
            .calendar(calendar)
            .stopOn(EventKind.FEEDBACK_GIVEN)
            .reminderAfterBreach(Duration.ZERO);
    if (reply.kind() == Budget.Kind.DAYS) {
      m.warnings(
          Warnings.of(Threshold.percent(50), Threshold.beforeBreach(Duration.ofMinutes(450))));
    }
    return CasePolicy.builder(name)
        .clockStart(EventKind.REPORTED)
        .milestone(m.build())
        .rework(Rework.of(Rework.Mode.CONTINUE, "reply"))
        .extensions(ExtensionRule.BEFORE_DEADLINE_ONCE)
        .escalation(
            Escalation.of(
                OFFICE,
                List.of(
                    new Escalation.Level(Tier.STREET, workingDays(1)),
                    new Escalation.Level(Tier.DISTRICT, workingDays(2)))))
        .build();
  }

  private static PolicyTable buildHotline() {
    return calendars()
        .policy(hotlinePolicy("12345-咨询", OFFICE, workingDays(3)))
        .policy(hotlinePolicy("12345-投诉", OFFICE, workingDays(13)))
        .policy(hotlinePolicy("12345-紧急", NATURAL, hours(2)))
        .urgent(PolicyRow.any("12345-紧急"))
        .row(PolicyRow.categories("12345-咨询", "咨询"))
        .row(PolicyRow.categories("12345-投诉", "投诉"))
        .row(PolicyRow.any("12345-投诉"))
        .build();
  }
}
