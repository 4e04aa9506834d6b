package org.gridgov.sla.io;

import static org.gridgov.sla.io.ClockTrees.F;
import static org.gridgov.sla.io.ClockTrees.instant;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gridgov.sla.clock.Alert;
import org.gridgov.sla.clock.CaseStatus;
import org.gridgov.sla.clock.EscalationStatus;
import org.gridgov.sla.clock.Explanation;
import org.gridgov.sla.clock.Holder;
import org.gridgov.sla.clock.MilestoneStatus;
import org.gridgov.sla.clock.Rejection;
import org.gridgov.sla.metrics.CaseTotals;
import org.gridgov.sla.metrics.MilestoneMetrics;
import org.gridgov.sla.metrics.OverdueCase;
import org.gridgov.sla.metrics.Rate;
import org.gridgov.sla.metrics.UnitMetrics;
import org.jspecify.annotations.Nullable;

/** JSON trees of statuses, explanations and metrics (output only). */
final class ReportTrees {
  private ReportTrees() {}

  private static void put(ObjectNode n, String field, Optional<Instant> i, ZoneId zone) {
    i.ifPresent(v -> n.put(field, instant(v, zone)));
  }

  static ObjectNode status(CaseStatus s, @Nullable Holder holder, List<Explanation> why) {
    ZoneId zone = s.zone();
    ObjectNode n = F.objectNode();
    n.put("case", s.caseId());
    n.put("at", instant(s.at(), zone));
    n.put("policy", s.policy());
    n.put("phase", s.phase().name());
    n.put("outcome", s.outcome().name());
    ObjectNode facts = n.putObject("facts");
    s.facts().category().ifPresent(v -> facts.put("category", v));
    s.facts().priority().ifPresent(v -> facts.put("priority", v.name()));
    s.facts().grid().ifPresent(v -> facts.put("grid", v.toString()));
    s.facts().sector().ifPresent(v -> facts.put("sector", v));
    put(n, "clockStart", s.clockStart(), zone);
    put(n, "closedAt", s.closedAt(), zone);
    put(n, "firstResolved", s.firstResolved(), zone);
    n.put("closing", s.closing());
    ArrayNode ms = n.putArray("milestones");
    for (MilestoneStatus m : s.milestones()) {
      ms.add(milestone(m, zone));
    }
    n.set("escalation", escalation(s.escalation(), zone));
    if (holder != null) {
      n.set("holder", holder(holder));
    }
    ObjectNode counts = n.putObject("counts");
    counts.put("returns", s.counts().returns());
    counts.put("redispatches", s.counts().redispatches());
    counts.put("reworks", s.counts().reworks());
    counts.put("extensions", s.counts().extensions());
    counts.put("suspensions", s.counts().suspensions());
    counts.put("reminders", s.counts().reminders());
    counts.put("escalations", s.counts().escalations());
    s.nextAlert().ifPresent(a -> n.set("nextAlert", alert(a, zone)));
    s.nextWarning().ifPresent(a -> n.set("nextWarning", alert(a, zone)));
    s.nextBreach().ifPresent(a -> n.set("nextBreach", alert(a, zone)));
    ArrayNode rej = n.putArray("rejections");
    for (Rejection r : s.rejections()) {
      ObjectNode o = rej.addObject();
      o.put("event", r.event().id());
      o.put("type", r.event().kind().name());
      o.put("at", instant(r.event().at(), zone));
      o.put("reason", r.reason());
    }
    if (!why.isEmpty()) {
      ArrayNode ex = n.putArray("explanations");
      for (Explanation x : why) {
        ObjectNode o = ex.addObject();
        o.put("milestone", x.milestone());
        put(o, "due", x.due(), zone);
        ArrayNode facts2 = o.putArray("facts");
        for (Explanation.Fact f : x.facts()) {
          ObjectNode fo = facts2.addObject();
          fo.put("kind", f.kind().name());
          fo.put("text", f.describe(zone));
          if (f instanceof Explanation.DaysSkipped d) {
            ArrayNode days = fo.putArray("days");
            for (Explanation.SkippedDay day : d.days()) {
              days.addObject().put("date", day.date().toString()).put("name", day.name());
            }
            fo.put("more", d.more());
          }
        }
      }
    }
    return n;
  }

  static ObjectNode milestone(MilestoneStatus m, ZoneId zone) {
    ObjectNode o = F.objectNode();
    o.put("id", m.id());
    o.put("name", m.name());
    o.put("state", m.state().name());
    o.put("calendar", m.calendar());
    o.put("budget", m.budget().toString());
    put(o, "startedAt", m.startedAt(), zone);
    put(o, "due", m.due(), zone);
    o.put("elapsed", m.elapsed().toString());
    o.put("remaining", m.remaining().toString());
    o.put("shareUsed", Math.round(m.shareUsed() * 10_000) / 10_000.0);
    put(o, "yellowAt", m.yellowAt(), zone);
    put(o, "redAt", m.redAt(), zone);
    put(o, "metAt", m.metAt(), zone);
    o.put("breached", m.breached());
    put(o, "reminderAt", m.reminderAt(), zone);
    o.put("reminded", m.reminded());
    o.put("extensions", m.extensions());
    o.put("resets", m.resets());
    return o;
  }

  static ObjectNode escalation(EscalationStatus e, ZoneId zone) {
    ObjectNode o = F.objectNode();
    o.put("level", e.level());
    o.put("tier", e.tier().name());
    put(o, "since", e.since(), zone);
    put(o, "next", e.next(), zone);
    return o;
  }

  static ObjectNode holder(Holder h) {
    ObjectNode o = F.objectNode();
    o.put("tier", h.tier().name());
    h.unit().ifPresent(u -> o.put("unit", u.toString()));
    o.put("unitName", h.unitName());
    ArrayNode people = o.putArray("people");
    h.people().forEach(people::add);
    o.put("note", h.note());
    return o;
  }

  static ObjectNode alert(Alert a, ZoneId zone) {
    ObjectNode o = F.objectNode();
    o.put("at", instant(a.at(), zone));
    o.put("kind", a.kind().name());
    a.milestone().ifPresent(m -> o.put("milestone", m));
    return o;
  }

  static ObjectNode rate(Rate r) {
    ObjectNode o = F.objectNode();
    o.put("numerator", r.numerator());
    o.put("denominator", r.denominator());
    o.put("percent", r.percent());
    return o;
  }

  static ObjectNode unit(UnitMetrics u, @Nullable ZoneId zone) {
    ZoneId z = zone != null ? zone : ZoneOffset.UTC;
    ObjectNode o = F.objectNode();
    u.unit().ifPresent(c -> o.put("unit", c.toString()));
    o.put("name", u.name());
    CaseTotals t = u.totals();
    ObjectNode totals = o.putObject("totals");
    totals.put("total", t.total());
    totals.put("due", t.due());
    totals.put("closed", t.closed());
    totals.put("onTime", t.onTime());
    totals.put("late", t.late());
    totals.put("open", t.open());
    totals.put("openOverdue", t.openOverdue());
    totals.put("deferred", t.deferred());
    totals.put("cancelled", t.cancelled());
    totals.put("overdue", t.overdue());
    totals.put("closedInCommunity", t.closedInCommunity());
    totals.put("closedInStreet", t.closedInStreet());
    totals.put("resolved", t.resolved());
    totals.put("reworked", t.reworked());
    totals.put("reworks", t.reworks());
    totals.put("extended", t.extended());
    totals.put("extensions", t.extensions());
    ObjectNode rates = o.putObject("rates");
    rates.set("closure", rate(u.closureRate()));
    rates.set("onTime", rate(u.onTimeRate()));
    rates.set("rework", rate(u.reworkRate()));
    rates.set("extension", rate(u.extensionRate()));
    rates.set("closedInCommunity", rate(u.closedInCommunityShare()));
    rates.set("closedInStreet", rate(u.closedInStreetShare()));
    ArrayNode ms = o.putArray("milestones");
    for (MilestoneMetrics m : u.milestones()) {
      ObjectNode mo = ms.addObject();
      mo.put("id", m.id());
      mo.put("met", m.met());
      mo.put("metOnTime", m.metOnTime());
      mo.put("metLate", m.metLate());
      mo.put("overdue", m.overdue());
      duration(mo, "mean", m.mean());
      duration(mo, "median", m.median());
      duration(mo, "p90", m.p90());
      duration(mo, "p95", m.p95());
      duration(mo, "max", m.max());
    }
    ArrayNode over = o.putArray("overdue");
    for (OverdueCase c : u.overdue()) {
      ObjectNode co = over.addObject();
      co.put("case", c.caseId());
      co.put("milestone", c.milestone());
      co.put("due", instant(c.due(), z));
      co.put("overdueBy", c.overdueBy().toString());
      co.put("tier", c.tier().name());
    }
    return o;
  }

  private static void duration(ObjectNode o, String field, Optional<Duration> d) {
    d.ifPresent(v -> o.put(field, v.toString()));
  }
}
