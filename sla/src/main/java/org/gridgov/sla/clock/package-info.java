/**
 * 案件计时 — case clocks for the closed loop of grid governance (发现 → 查验 → 解决 → 反馈 → 验收): policies of
 * milestones with budgets on natural or working-time calendars, the event log of a case, and its
 * status at any instant — due instants after pauses (挂起) and extensions (延期), warning lights (黄灯,
 * 红灯), breaches, rework (返工), reminders (催办) and escalation along the atlas.
 *
 * <pre>{@code
 * PolicyTable table = PolicyPresets.zhanqian();                 // 数字站前: 3/24/36/48 hours
 * CaseLog log = CaseLog.of("ZQ-1", table, events);             // any order, duplicates ignored
 * CaseStatus status = log.status(Instant.parse("2022-12-10T04:00:00Z"));
 * status.milestone("resolve").orElseThrow().due();             // Sunday 09:00 +08:00
 * status.nextAlert();                                          // one timer for the host
 * }</pre>
 *
 * <p>The façade is {@link org.gridgov.sla.clock.CaseLog} over immutable values ({@link
 * org.gridgov.sla.clock.CaseEvent}, {@link org.gridgov.sla.clock.PolicyTable}, {@link
 * org.gridgov.sla.clock.CaseStatus}); the replay and the deadline arithmetic are a package-private
 * kernel built on {@link org.gridgov.sla.calendar.WorkingCalendar}. {@link
 * org.gridgov.sla.clock.CaseRegister} keeps many cases' status rows side by side, for reading them
 * all at one instant.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.sla.clock;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
