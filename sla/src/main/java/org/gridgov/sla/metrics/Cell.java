package org.gridgov.sla.metrics;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.DivisionCode;
import org.gridgov.sla.clock.CaseOutcome;
import org.gridgov.sla.clock.CasePhase;
import org.gridgov.sla.clock.MilestoneState;
import org.gridgov.sla.clock.StatusView;
import org.gridgov.sla.clock.Tier;
import org.jspecify.annotations.Nullable;

/** The metric state of one unit: counters, per-milestone statistics and the overdue list. */
final class Cell {
  static final int TOTAL = 0;
  static final int ON_TIME = 1;
  static final int LATE = 2;
  static final int OPEN = 3;
  static final int OPEN_OVERDUE = 4;
  static final int DEFERRED = 5;
  static final int CANCELLED = 6;
  static final int OVERDUE = 7;
  static final int IN_COMMUNITY = 8;
  static final int IN_STREET = 9;
  static final int RESOLVED = 10;
  static final int REWORKED = 11;
  static final int REWORKS = 12;
  static final int EXTENDED = 13;
  static final int EXTENSIONS = 14;
  static final int COUNTS = 15;

  private static final Tier[] TIERS = {
    Tier.COMMUNITY, Tier.LIAISON, Tier.STREET, Tier.DISTRICT, Tier.CITY
  };

  final long[] counts = new long[COUNTS];
  final Map<String, Stats> milestones = new HashMap<>();
  List<OverdueCase> overdue = new ArrayList<>(0);

  /** One milestone's statistics. */
  static final class Stats {
    long met;
    long onTime;
    long late;
    long overdue;
    long sumSeconds;
    long maxSeconds;
    final Histogram histogram = new Histogram();

    void merge(Stats o) {
      met += o.met;
      onTime += o.onTime;
      late += o.late;
      overdue += o.overdue;
      sumSeconds += o.sumSeconds;
      maxSeconds = Math.max(maxSeconds, o.maxSeconds);
      histogram.merge(o.histogram);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Stats s
          && met == s.met
          && onTime == s.onTime
          && late == s.late
          && overdue == s.overdue
          && sumSeconds == s.sumSeconds
          && maxSeconds == s.maxSeconds
          && histogram.equals(s.histogram);
    }

    @Override
    public int hashCode() {
      return Objects.hash(met, onTime, late, overdue, sumSeconds, maxSeconds, histogram);
    }
  }

  // The last milestones looked up, by identity: ids come from a policy's own strings, so a case
  // usually finds its milestones here without hashing.
  private final String[] recentIds = new String[8];
  private final Stats[] recentStats = new Stats[8];
  private int nextRecent;

  @com.google.errorprone.annotations.CanIgnoreReturnValue
  @SuppressWarnings("ReferenceEquality") // a cache by identity, backed by the map
  private Stats stats(String id) {
    for (int i = 0; i < recentIds.length; i++) {
      if (recentIds[i] == id) {
        return recentStats[i];
      }
    }
    Stats s = milestones.get(id);
    if (s == null) {
      s = new Stats();
      milestones.put(id, s);
    }
    recentIds[nextRecent] = id;
    recentStats[nextRecent] = s;
    nextRecent = (nextRecent + 1) & 7;
    return s;
  }

  /** Adds a case; false (and nothing counted) for a case not opened at the instant. */
  boolean add(StatusView s, int limit) {
    if (s.phase() == CasePhase.NOT_OPENED) {
      return false;
    }
    counts[TOTAL]++;
    CaseOutcome outcome = s.outcome();
    switch (outcome) {
      case ON_TIME -> counts[ON_TIME]++;
      case LATE -> counts[LATE]++;
      case DEFERRED -> counts[DEFERRED]++;
      case CANCELLED -> counts[CANCELLED]++;
      case OPEN -> {
        counts[OPEN]++;
        if (overdue(s, s.closingMilestone())) {
          counts[OPEN_OVERDUE]++;
        }
      }
    }
    if (outcome == CaseOutcome.CANCELLED) {
      return true;
    }
    if (outcome == CaseOutcome.ON_TIME || outcome == CaseOutcome.LATE) {
      Tier tier = s.tier();
      counts[IN_COMMUNITY] += tier.withinCommunity() ? 1 : 0;
      counts[IN_STREET] += tier.withinStreet() ? 1 : 0;
    }
    counts[RESOLVED] += s.resolved() ? 1 : 0;
    counts[REWORKED] += s.reworks() > 0 ? 1 : 0;
    counts[REWORKS] += s.reworks();
    counts[EXTENDED] += s.extensions() > 0 ? 1 : 0;
    counts[EXTENSIONS] += s.extensions();
    int worst = -1;
    long worstLeft = Long.MAX_VALUE;
    for (int m = 0; m < s.milestoneCount(); m++) {
      MilestoneState state = s.milestoneState(m);
      if (state.isMet()) {
        Stats st = stats(s.milestoneId(m));
        st.met++;
        if (state == MilestoneState.MET_ON_TIME) {
          st.onTime++;
        } else {
          st.late++;
        }
        long seconds = Math.max(0, s.elapsedNanos(m) / 1_000_000_000L);
        st.sumSeconds += seconds;
        st.maxSeconds = Math.max(st.maxSeconds, seconds);
        st.histogram.add(seconds);
      } else if (overdue(s, m)) {
        stats(s.milestoneId(m)).overdue++;
        long left = s.remainingNanos(m);
        if (left < worstLeft) {
          worst = m;
          worstLeft = left;
        }
      } else if (state != MilestoneState.NOT_STARTED) {
        stats(s.milestoneId(m));
      }
    }
    if (worst >= 0) {
      counts[OVERDUE]++;
      long by = Math.max(0, -worstLeft);
      if (limit > 0
          && (overdue.size() < limit
              || by >= overdue.get(overdue.size() - 1).overdueBy().toNanos())) {
        insert(
            new OverdueCase(
                s.caseId(), s.milestoneId(worst), s.due(worst), Duration.ofNanos(by), s.tier()),
            limit);
      }
    }
    return true;
  }

  private static boolean overdue(StatusView s, int m) {
    MilestoneState state = s.milestoneState(m);
    return s.breached(m) && !state.isMet() && state != MilestoneState.CANCELLED && s.hasDue(m);
  }

  private void insert(OverdueCase c, int limit) {
    if (limit == 0) {
      return;
    }
    if (overdue.size() == limit
        && OverdueCase.ORDER.compare(c, overdue.get(overdue.size() - 1)) >= 0) {
      return;
    }
    int pos = 0;
    while (pos < overdue.size() && OverdueCase.ORDER.compare(overdue.get(pos), c) < 0) {
      pos++;
    }
    overdue.add(pos, c);
    if (overdue.size() > limit) {
      overdue.remove(overdue.size() - 1);
    }
  }

  void merge(Cell o, int limit) {
    for (int i = 0; i < COUNTS; i++) {
      counts[i] += o.counts[i];
    }
    for (Map.Entry<String, Stats> e : o.milestones.entrySet()) {
      stats(e.getKey()).merge(e.getValue());
    }
    if (!o.overdue.isEmpty()) {
      List<OverdueCase> all = new ArrayList<>(overdue.size() + o.overdue.size());
      all.addAll(overdue);
      all.addAll(o.overdue);
      all.sort(OverdueCase.ORDER);
      overdue = new ArrayList<>(all.subList(0, Math.min(limit, all.size())));
    }
  }

  UnitMetrics toMetrics(
      Optional<DivisionCode> unit, String name, Comparator<String> milestoneOrder) {
    CaseTotals totals =
        new CaseTotals(
            counts[TOTAL],
            counts[ON_TIME],
            counts[LATE],
            counts[OPEN],
            counts[OPEN_OVERDUE],
            counts[DEFERRED],
            counts[CANCELLED],
            counts[OVERDUE],
            counts[IN_COMMUNITY],
            counts[IN_STREET],
            counts[RESOLVED],
            counts[REWORKED],
            counts[REWORKS],
            counts[EXTENDED],
            counts[EXTENSIONS]);
    List<String> ids = new ArrayList<>(milestones.keySet());
    ids.sort(milestoneOrder);
    List<MilestoneMetrics> ms = new ArrayList<>(ids.size());
    for (String id : ids) {
      Stats st = milestones.get(id);
      if (st == null) {
        continue;
      }
      ms.add(
          new MilestoneMetrics(
              id,
              st.met,
              st.onTime,
              st.late,
              st.overdue,
              st.met == 0
                  ? Optional.empty()
                  : Optional.of(
                      Duration.ofSeconds(st.sumSeconds / st.met)
                          .plusNanos((st.sumSeconds % st.met) * 1_000_000_000L / st.met)),
              seconds(st.histogram.quantile(0.5, st.met), st.maxSeconds),
              seconds(st.histogram.quantile(0.9, st.met), st.maxSeconds),
              seconds(st.histogram.quantile(0.95, st.met), st.maxSeconds),
              st.met == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(st.maxSeconds))));
    }
    return new UnitMetrics(unit, name, totals, ms, overdue);
  }

  /**
   * A percentile: its bucket's midpoint, but never above the longest value. The longest lies in the
   * percentile's bucket when it is below the midpoint, so that it is also the nearer of the two.
   */
  private static Optional<Duration> seconds(@Nullable Long s, long max) {
    return s == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(s, max)));
  }

  // ---- binary form -----------------------------------------------------------------------------

  @SuppressWarnings({
    "JavaInstantGetSecondsGetNano",
    "JavaDurationGetSecondsGetNano",
    "JavaDurationGetSecondsToToSeconds"
  }) // both parts of instants and durations are written
  void writeTo(DataOutput out) throws IOException {
    for (long c : counts) {
      Varints.write(out, c);
    }
    Varints.write(out, milestones.size());
    for (Map.Entry<String, Stats> e : new TreeMap<>(milestones).entrySet()) {
      Stats st = e.getValue();
      out.writeUTF(e.getKey());
      Varints.write(out, st.met);
      Varints.write(out, st.onTime);
      Varints.write(out, st.late);
      Varints.write(out, st.overdue);
      Varints.write(out, st.sumSeconds);
      Varints.write(out, st.maxSeconds);
      st.histogram.writeTo(out);
    }
    Varints.write(out, overdue.size());
    for (OverdueCase c : overdue) {
      out.writeUTF(c.caseId());
      out.writeUTF(c.milestone());
      out.writeLong(c.due().getEpochSecond());
      out.writeInt(c.due().getNano());
      out.writeLong(c.overdueBy().getSeconds());
      out.writeInt(c.overdueBy().getNano());
      out.writeByte(code(c.tier()));
    }
  }

  private static int code(Tier tier) {
    for (int i = 0; i < TIERS.length; i++) {
      if (TIERS[i] == tier) {
        return i;
      }
    }
    throw new AssertionError(tier);
  }

  static Cell readFrom(DataInput in, int limit) throws IOException {
    Cell c = new Cell();
    for (int i = 0; i < COUNTS; i++) {
      c.counts[i] = Varints.read(in);
    }
    int n = Varints.readInt(in, 1 << 16, "milestones");
    for (int k = 0; k < n; k++) {
      String id = in.readUTF();
      Stats st = new Stats();
      st.met = Varints.read(in);
      st.onTime = Varints.read(in);
      st.late = Varints.read(in);
      st.overdue = Varints.read(in);
      st.sumSeconds = Varints.read(in);
      st.maxSeconds = Varints.read(in);
      Histogram h = Histogram.readFrom(in);
      st.histogram.merge(h);
      c.milestones.put(id, st);
    }
    int o = Varints.readInt(in, limit, "overdue cases");
    try {
      for (int k = 0; k < o; k++) {
        String caseId = in.readUTF();
        String milestone = in.readUTF();
        Instant due = Instant.ofEpochSecond(in.readLong(), in.readInt());
        Duration by = Duration.ofSeconds(in.readLong(), in.readInt());
        int tier = in.readUnsignedByte();
        if (tier >= TIERS.length) {
          throw new StreamCorruptedException("tier " + tier + " is unknown");
        }
        c.overdue.add(new OverdueCase(caseId, milestone, due, by, TIERS[tier]));
      }
      c.overdue.sort(OverdueCase.ORDER);
      // the counts must be consistent, as the report checks them
      UnitMetrics unused = c.toMetrics(Optional.empty(), "", Comparator.naturalOrder());
    } catch (RuntimeException e) {
      StreamCorruptedException x =
          new StreamCorruptedException("metric state with invalid content: " + e.getMessage());
      x.initCause(e);
      throw x;
    }
    return c;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Cell c
        && Arrays.equals(counts, c.counts)
        && milestones.equals(c.milestones)
        && overdue.equals(c.overdue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(counts), milestones, overdue);
  }
}
