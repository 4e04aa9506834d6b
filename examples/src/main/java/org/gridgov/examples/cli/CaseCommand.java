package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.io.AtlasJson;
import org.gridgov.samples.SyntheticCases;
import org.gridgov.samples.YingkouSample;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseLogs;
import org.gridgov.sla.clock.CasePhase;
import org.gridgov.sla.clock.CaseStatus;
import org.gridgov.sla.clock.Explanation;
import org.gridgov.sla.clock.Holder;
import org.gridgov.sla.clock.MilestoneStatus;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.clock.Rejection;
import org.gridgov.sla.io.CaseEventJson;
import org.gridgov.sla.io.ClockJson;
import org.gridgov.sla.io.PolicyJson;
import org.gridgov.sla.metrics.CaseMetrics;
import org.gridgov.sla.metrics.MetricsReport;
import org.gridgov.sla.metrics.OverdueCase;
import org.gridgov.sla.metrics.UnitMetrics;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov case status|metrics}: the status of cases at an instant from their event logs, and
 * the on-time figures of many cases rolled up along an atlas.
 */
@Command(
    name = "case",
    mixinStandardHelpOptions = true,
    description = "Case clocks: the status of cases and on-time metrics from event logs.",
    subcommands = {CaseCommand.Status.class, CaseCommand.Metrics.class, CaseCommand.Sample.class})
final class CaseCommand implements Runnable {
  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The inputs both subcommands share. */
  static final class Inputs {
    @Option(
        names = "--policy",
        required = true,
        paramLabel = "P",
        description = "a bundled table (数字站前, 数字站前-工作时, 数字城管, 12345) or a gridgov-policies/1 file")
    String policy = "";

    @Option(
        names = "--events",
        required = true,
        paramLabel = "E",
        description = "events: a gridgov-events/1 file, or JSON lines (.jsonl, .ndjson)")
    Path events = Path.of("");

    @Option(
        names = "--at",
        required = true,
        paramLabel = "T",
        description = "the instant, ISO-8601 (a local time is in Asia/Shanghai)")
    String at = "";

    PolicyTable table() throws IOException {
      Optional<PolicyTable> bundled = PolicyPresets.byName(policy);
      if (bundled.isPresent()) {
        return bundled.get();
      }
      Path file = Path.of(policy);
      if (!Files.exists(file)) {
        throw new IllegalArgumentException(
            "--policy "
                + policy
                + " is neither a bundled table "
                + PolicyPresets.names()
                + " nor a file");
      }
      return PolicyJson.reader().read(file);
    }

    Map<String, CaseLog> logs(PolicyTable table) throws IOException {
      String name =
          events.getFileName() == null
              ? ""
              : events.getFileName().toString().toLowerCase(Locale.ROOT);
      List<CaseEvent> list = new ArrayList<>();
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        CaseEventJson.reader().forEachLine(events, list::add);
      } else {
        list.addAll(CaseEventJson.reader().read(events));
      }
      return CaseLogs.byCase(table, list);
    }

    Instant instant(CommandSpec spec) {
      try {
        return OffsetDateTime.parse(at).toInstant();
      } catch (DateTimeParseException e) {
        try {
          return Instant.parse(at);
        } catch (DateTimeParseException e2) {
          try {
            return LocalDateTime.parse(at).atZone(ChinaHolidays.ZONE).toInstant();
          } catch (DateTimeParseException e3) {
            throw new CommandLine.ParameterException(
                spec.commandLine(),
                "expected an ISO-8601 date-time such as 2022-12-10T11:00+08:00, got " + at);
          }
        }
      }
    }
  }

  static Atlas atlas(@Nullable String atlas) throws IOException {
    if (atlas == null || atlas.equals("yingkou")) {
      return YingkouSample.atlas();
    }
    return AtlasJson.read(Path.of(atlas));
  }

  static String format(Optional<Instant> i, ZoneId zone) {
    return i.map(v -> OffsetDateTime.ofInstant(v, zone).toString()).orElse("-");
  }

  /** {@code case status}. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {
        "The status of each case at an instant.",
        "Due instants, time used and left, states, warnings, who holds it, and refused events.",
        "Example: gridgov case status --policy 数字站前 --events drain.json --at 2022-12-10T11:00"
      })
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();
    @Mixin Inputs inputs = new Inputs();

    @Option(names = "--case", paramLabel = "ID", description = "only this case")
    @Nullable String caseId;

    @Option(
        names = "--atlas",
        paramLabel = "A",
        description = "an atlas file to name who holds the case (default: the bundled 营口 sample)")
    @Nullable String atlas;

    @Option(names = "--explain", description = "explain each started milestone's due instant")
    boolean explain;

    @Option(
        names = "--json",
        description = "print JSON: the case's status with --case, else an array of every case's")
    boolean json;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PolicyTable table = inputs.table();
      Instant at = inputs.instant(spec);
      Map<String, CaseLog> logs = inputs.logs(table);
      if (caseId != null) {
        CaseLog one = logs.get(caseId);
        if (one == null) {
          throw new IllegalArgumentException(
              "case "
                  + caseId
                  + " is not in "
                  + inputs.events
                  + " ("
                  + logs.size()
                  + " cases"
                  + (logs.isEmpty()
                      ? ")"
                      : ", such as "
                          + String.join(", ", logs.keySet().stream().limit(5).toList())
                          + ")"));
        }
        logs = Map.of(caseId, one);
      }
      Atlas places = atlas(atlas);
      List<String> blocks = new ArrayList<>();
      for (CaseLog log : logs.values()) {
        CaseStatus s = log.status(at);
        Holder holder = s.holder(places);
        List<Explanation> why = new ArrayList<>();
        if (explain) {
          for (MilestoneStatus m : s.milestones()) {
            if (m.startedAt().isPresent()) {
              why.add(log.explain(at, m.id()));
            }
          }
        }
        if (json) {
          blocks.add(ClockJson.toJson(s, Optional.of(holder), why).strip());
        } else {
          print(out, s, holder, why);
        }
      }
      if (json) {
        // one case asked for by id is an object; otherwise an array, whatever the number of cases
        out.println(caseId != null ? blocks.get(0) : "[" + String.join(",\n", blocks) + "]");
      }
      out.flush();
      return 0;
    }

    private static void print(PrintWriter out, CaseStatus s, Holder holder, List<Explanation> why) {
      ZoneId zone = s.zone();
      out.println(
          s.caseId()
              + "  "
              + s.policy()
              + "  "
              + s.phase()
              + "  "
              + s.outcome()
              + "  at "
              + format(Optional.of(s.at()), zone));
      TextTable t =
          new TextTable("milestone", "state", "due", "elapsed", "remaining", "used", "met")
              .right(3, 4, 5);
      for (MilestoneStatus m : s.milestones()) {
        t.row(
            m.name() + " " + m.id(),
            m.state(),
            format(m.due(), zone),
            m.elapsed(),
            m.remaining(),
            String.format(Locale.ROOT, "%.0f%%", m.shareUsed() * 100),
            format(m.metAt(), zone));
      }
      t.print(out);
      out.println(
          "held by: "
              + holder.tier()
              + " "
              + holder.unitName()
              + (holder.people().isEmpty() ? "" : " " + holder.people())
              + " ("
              + holder.note()
              + ")");
      s.nextAlert()
          .ifPresent(
              a ->
                  out.println(
                      "next: "
                          + a.kind()
                          + a.milestone().map(m -> " of " + m).orElse("")
                          + " at "
                          + format(Optional.of(a.at()), zone)));
      for (Rejection r : s.rejections()) {
        out.println("refused: " + r.event().id() + " " + r.event().kind() + ": " + r.reason());
      }
      for (Explanation x : why) {
        out.println("why " + x.milestone() + " is due " + format(x.due(), zone) + ":");
        for (Explanation.Fact f : x.facts()) {
          out.println("  " + f.describe(zone));
        }
      }
      out.println();
    }
  }

  /** {@code case metrics}. */
  @Command(
      name = "metrics",
      mixinStandardHelpOptions = true,
      description = {
        "On-time figures of many cases at an instant, rolled up along an atlas.",
        "结案率, 按期结案率 (deferred cases out of the denominator), 返工率, 延期率,",
        "shares closed within the community and the street, overdue cases.",
        "Example: gridgov case metrics --policy 数字城管 --events may.jsonl --at 2024-06-01T00:00"
      })
  static final class Metrics implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();
    @Mixin Inputs inputs = new Inputs();

    @Option(
        names = "--atlas",
        paramLabel = "A",
        description = "an atlas file (default: the bundled 营口 sample)")
    @Nullable String atlas;

    @Option(
        names = "--unit",
        paramLabel = "CODE",
        description = "the unit to show with its children (default: each top unit with cases)")
    @Nullable String unit;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PolicyTable table = inputs.table();
      Instant at = inputs.instant(spec);
      Atlas places = atlas(atlas);
      Map<String, CaseLog> logs = inputs.logs(table);
      CaseMetrics metrics = CaseMetrics.empty();
      long counted = metrics.addAll(places, logs.values(), at);
      MetricsReport report = metrics.report(places, table.milestoneIds());
      List<UnitMetrics> rows = new ArrayList<>();
      List<Division> tops = new ArrayList<>();
      if (unit != null) {
        tops.add(UnitOption.find(places, unit, atlas == null ? "(the bundled 营口 sample)" : atlas));
      } else {
        for (DivisionCode c : metrics.units()) {
          Division top = places.ancestors(c).isEmpty() ? null : places.ancestors(c).get(0);
          if (top != null && !tops.contains(top)) {
            tops.add(top);
          }
        }
        // the city level reads better than the province for a one-city atlas
        List<Division> cities = new ArrayList<>();
        for (Division p : tops) {
          List<Division> children = places.children(p.code());
          cities.addAll(children.size() == 1 ? children : List.of(p));
        }
        tops = cities;
      }
      for (Division top : tops) {
        rows.add(report.unit(top.code()).orElseThrow());
        rows.addAll(report.children(top.code()));
      }
      if (report.unplaced().totals().total() > 0) {
        rows.add(report.unplaced());
      }
      Optional<String> notCounted = notCounted(logs, counted, at);
      if (json) {
        out.print(ClockJson.toJson(rows, ChinaHolidays.ZONE));
        notCounted.ifPresent(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().flush();
      } else {
        out.println(
            "policy "
                + inputs.policy
                + ", "
                + report.total().totals().total()
                + " cases at "
                + format(Optional.of(at), ChinaHolidays.ZONE));
        notCounted.ifPresent(out::println);
        table(out, rows);
        UnitMetrics first = rows.isEmpty() ? report.total() : rows.get(0);
        if (!first.overdue().isEmpty()) {
          out.println();
          out.println("most overdue in " + first.name() + ":");
          for (OverdueCase c : first.overdue().subList(0, Math.min(5, first.overdue().size()))) {
            out.println(
                "  "
                    + c.caseId()
                    + " "
                    + c.milestone()
                    + " due "
                    + format(Optional.of(c.due()), ChinaHolidays.ZONE)
                    + ", overdue by "
                    + c.overdueBy()
                    + ", held by "
                    + c.tier());
          }
        }
      }
      out.flush();
      return 0;
    }
  }

  /**
   * The cases of the log the metrics did not count (not yet opened at the instant: reported after
   * it, or never reported nor registered), named, so that none drops out of the figures unseen.
   */
  static Optional<String> notCounted(Map<String, CaseLog> logs, long counted, Instant at) {
    long left = logs.size() - counted;
    if (left == 0) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>();
    for (CaseLog log : logs.values()) {
      if (ids.size() < 5 && log.view(at).phase() == CasePhase.NOT_OPENED) {
        ids.add(log.caseId());
      }
    }
    return Optional.of(
        (logs.size() == 1
                ? "the only case in the log is"
                : left
                    + " of the "
                    + logs.size()
                    + " cases in the log "
                    + (left == 1 ? "is" : "are"))
            + " not counted: not opened (reported or registered) by "
            + format(Optional.of(at), ChinaHolidays.ZONE)
            + ": "
            + String.join(", ", ids)
            + (left > ids.size() ? " and " + (left - ids.size()) + " more" : ""));
  }

  static void table(PrintWriter out, List<UnitMetrics> rows) {
    TextTable t =
        new TextTable(
                "unit", "cases", "due", "closed", "on time", "结案率", "按期结案率", "返工率", "延期率", "不出社区",
                "不出街道", "overdue")
            .right(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    for (UnitMetrics u : rows) {
      t.row(
          u.name(),
          u.totals().total(),
          u.totals().due(),
          u.totals().closed(),
          u.totals().onTime(),
          u.closureRate().percent(),
          u.onTimeRate().percent(),
          u.reworkRate().percent(),
          u.extensionRate().percent(),
          u.closedInCommunityShare().percent(),
          u.closedInStreetShare().percent(),
          u.totals().overdue());
    }
    t.print(out);
  }

  /** {@code gridgov case sample DIR}: write the demo's event logs, for the commands above. */
  @Command(
      name = "sample",
      description = {
        "Write the demo's event logs: drain.json and may.jsonl.",
        "drain.json: the article's Saturday drain (a gridgov-events/1 document);",
        "may.jsonl: the synthetic month of cases over the 营口 sample grids (JSON lines).",
        "Example: gridgov case sample cases && gridgov case metrics --policy 数字城管"
            + " --events cases/may.jsonl --at 2024-06-01T00:00"
      },
      mixinStandardHelpOptions = true)
  static final class Sample implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", paramLabel = "DIR", description = "the directory to write into")
    Path dir = Path.of("");

    @Option(
        names = "--cases",
        description = "cases in the month (default: ${DEFAULT-VALUE}, as in the demo)")
    int cases = CaseDemo.MONTH_CASES;

    @Option(names = "--seed", description = "the month's seed (default: ${DEFAULT-VALUE})")
    long seed = CaseDemo.MONTH_SEED;

    @Override
    public Integer call() throws IOException {
      if (cases < 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--cases is 0 or more, got " + cases);
      }
      Files.createDirectories(dir);
      Path drain = dir.resolve("drain.json");
      Files.writeString(
          drain,
          CaseEventJson.toJson(CaseDemo.saturdayDrain(), ChinaHolidays.ZONE),
          StandardCharsets.UTF_8);
      Path month = dir.resolve("may.jsonl");
      long[] events = {0};
      try (Writer w = Files.newBufferedWriter(month, StandardCharsets.UTF_8)) {
        // one case at a time, so that --cases is bounded by the disk, not the heap
        SyntheticCases.forEach(
            YingkouSample.atlas(),
            CaseDemo.MONTH,
            cases,
            seed,
            c -> {
              try {
                for (CaseEvent e : c) {
                  w.write(CaseEventJson.toJsonLine(e, ChinaHolidays.ZONE));
                  w.write('\n');
                  events[0]++;
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "wrote "
              + drain
              + " (1 case) and "
              + month
              + " ("
              + cases
              + " cases, "
              + events[0]
              + " events, "
              + CaseDemo.MONTH
              + ")");
      out.flush();
      return 0;
    }
  }
}
