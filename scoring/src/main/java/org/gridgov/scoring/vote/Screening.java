package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

// Over 600 lines: the four rules (per-IP and per-device limits, bursts, shared devices,
// candidate surges) share the one pass, its reorder window and the per-address and per-device
// windows; the rules are documented below.

/**
 * One pass over a round's ballots that flags, with the evidence, those over the round's per-IP and
 * per-device limits ({@link FlagKind#LIMIT}) and those its {@link Detectors} find suspect of
 * brushing ({@link FlagKind#SUSPECT}). A count then reads the resulting {@link Quarantine}.
 *
 * <pre>{@code
 * Screening s = Screening.start(round, Duration.ZERO);    // input already in documented order
 * for (Ballot b : ballots) {
 *   s.accept(b);
 * }
 * Quarantine q = s.finish();
 * }</pre>
 *
 * <p>What is flagged, ballot by ballot, in the documented order, ballots outside the window left
 * out, and replays left out too: a ballot with the id and voter of an earlier ballot of the same
 * day (as {@link RejectionReason#REPLAYED} has it) is the earlier ballot again, so no rule counts
 * it and it shares the earlier ballot's flag, whatever that is. A flag names the ballot by id,
 * voter and day ({@link Quarantine}), so a ballot of another voter or day that reuses the id is
 * screened as the separate ballot it is and neither ballot's flag reaches the other.
 *
 * <ul>
 *   <li>Per-IP (per-device) limit {@code max per W}: a ballot is over the limit when {@code max}
 *       ballots of the same IP address (device) not over the limit lie in the {@code W} before it,
 *       its own instant included ({@code (t - W, t]}). So "1 per PT5M" lets one ballot through
 *       every five minutes, whatever the voters.
 *   <li>Bursts {@code max per W}: every ballot of an IP address (device) that is one of more than
 *       {@code max} of its ballots spanning less than {@code W}.
 *   <li>Shared device {@code n}: all ballots of a device on a day of the round on which it carried
 *       more than {@code n} voter keys.
 *   <li>Candidate surge: all ballots naming a candidate in a period whose count is at least {@code
 *       minBallots} and more than {@code factor} times the candidate's average per period over the
 *       {@code baselinePeriods} periods before it (periods from the round's start; periods before
 *       the baseline is complete are not judged).
 * </ul>
 *
 * <p>Each rule is a function of the set of ballots, so the same ballots in any order give the same
 * flags (input of any order is put in order within the reorder window, as for {@link VoteCounter}).
 * Findings are grouped per address or device and day, and per candidate and period. Memory: the
 * ballots within the longest window per address or device, one day's voter keys and ballots per
 * device (until flagged), one period's ballots per candidate, and the current day's ballot ids and
 * voters (for the replays). Not thread-safe.
 */
public final class Screening {
  private final Round round;
  private final Reorder reorder;
  private final List<Tracker> trackers = new ArrayList<>();
  private final List<Draft> drafts = new ArrayList<>();
  private final Map<Flagged, Integer> flags = new HashMap<>();

  /** The ballots of the current day, by id and voter: a ballot already among them is a replay. */
  private final Set<Flagged> seen = new HashSet<>();

  private int day = -1;
  private boolean finished;

  private Screening(Round round, Duration reorderWindow) {
    this.round = round;
    this.reorder = new Reorder(reorderWindow, this::screen);
    VoteRules rules = round.rules();
    Detectors d = round.detectors();
    rules.perIp().ifPresent(l -> trackers.add(new Limit(Detector.IP_LIMIT, l, Ballot::ip)));
    rules
        .perDevice()
        .ifPresent(l -> trackers.add(new Limit(Detector.DEVICE_LIMIT, l, Ballot::device)));
    d.ipBurst().ifPresent(l -> trackers.add(new Burst(Detector.IP_BURST, l, Ballot::ip)));
    d.deviceBurst()
        .ifPresent(l -> trackers.add(new Burst(Detector.DEVICE_BURST, l, Ballot::device)));
    d.votersPerDevice().ifPresent(n -> trackers.add(new SharedDevice(n)));
    d.candidateSurge().ifPresent(s -> trackers.add(new Surge(s)));
  }

  /**
   * Starts screening.
   *
   * @param round the round
   * @param reorderWindow how far out of the documented order ballots may come; zero if in order
   * @return the screening
   * @throws IllegalArgumentException if the window is negative
   */
  public static Screening start(Round round, Duration reorderWindow) {
    checkNotNull(round, "round");
    checkNotNull(reorderWindow, "reorderWindow");
    checkArgument(!reorderWindow.isNegative(), "a reorder window is not negative");
    return new Screening(round, reorderWindow);
  }

  /**
   * Screens submissions of any order held in memory.
   *
   * @param round the round
   * @param submissions the ballots (malformed lines are skipped)
   * @return the quarantine
   */
  public static Quarantine screen(Round round, Collection<? extends Submission> submissions) {
    List<Ballot> ballots = new ArrayList<>(submissions.size());
    for (Submission s : submissions) {
      if (s.kind() == Submission.Kind.BALLOT) {
        ballots.add((Ballot) s);
      }
    }
    ballots.sort(Ballot.order());
    Screening screening = start(round, Duration.ZERO);
    ballots.forEach(screening::accept);
    return screening.finish();
  }

  /**
   * Screens one ballot. O(log n) for the reordering, O(1) expected for the rules.
   *
   * @param ballot the ballot
   * @throws OutOfOrderBallotException if it comes more than the reorder window late
   */
  public void accept(Ballot ballot) {
    checkState(!finished, "screening is finished");
    reorder.offer(checkNotNull(ballot, "ballot"));
  }

  /**
   * Screens a submission; malformed lines are skipped.
   *
   * @param submission the submission
   */
  public void accept(Submission submission) {
    if (submission.kind() == Submission.Kind.BALLOT) {
      accept((Ballot) submission);
    }
  }

  /**
   * Ends the pass and returns the flags with their evidence.
   *
   * @return the quarantine
   */
  public Quarantine finish() {
    checkState(!finished, "screening is finished");
    reorder.flush();
    finished = true;
    for (Tracker t : trackers) {
      t.finish();
    }
    Quarantine.Builder q = Quarantine.builder();
    for (Draft d : drafts) {
      q.addFinding(d.finding());
    }
    flags.forEach((f, finding) -> q.flag(f.id(), f.voter(), f.day(), finding));
    return q.build();
  }

  /** Screens a ballot the reorder window let through, in the documented order. */
  private void screen(Ballot b) {
    if (!round.contains(b.at())) {
      return;
    }
    int d = round.dayOfSecond(b.at().getEpochSecond());
    if (d != day) {
      day = d;
      seen.clear();
      long start = round.date(d).atStartOfDay(round.zone()).toEpochSecond() * 1_000_000_000L;
      for (Tracker t : trackers) {
        t.newDay(d, start);
      }
    }
    if (trackers.isEmpty() || !seen.add(new Flagged(b.id(), b.voter(), d))) {
      return; // a replay: its flag is the first ballot's, and no rule counts it again
    }
    for (Tracker t : trackers) {
      t.accept(b);
    }
  }

  private void flag(Ballot b, Draft d) {
    d.add(b);
    Flagged key = new Flagged(b.id(), b.voter(), round.dayOfSecond(b.at().getEpochSecond()));
    Integer old = flags.get(key);
    if (old == null
        || (drafts.get(old).detector.flag() == FlagKind.SUSPECT
            && d.detector.flag() == FlagKind.LIMIT)) {
      flags.put(key, d.number);
    }
  }

  /** A ballot as a flag names it: id, voter and day of the round. */
  private record Flagged(String id, VoterKey voter, int day) {}

  private Draft draft(Detector detector, String subject, String threshold) {
    Draft d = new Draft(drafts.size(), detector, subject, threshold);
    drafts.add(d);
    return d;
  }

  private String dayText() {
    return round.date(day).toString();
  }

  /** A finding being gathered. */
  private static final class Draft {
    final int number;
    final Detector detector;
    final String subject;
    final String threshold;
    @Nullable Instant from;
    @Nullable Instant to;
    long ballots;
    final Set<VoterKey> voters = new HashSet<>();
    final Map<String, Long> candidates = new LinkedHashMap<>();
    String extra = "";

    Draft(int number, Detector detector, String subject, String threshold) {
      this.number = number;
      this.detector = detector;
      this.subject = subject;
      this.threshold = threshold;
    }

    void add(Ballot b) {
      Instant f = from;
      Instant t = to;
      if (f == null || b.at().isBefore(f)) {
        from = b.at();
      }
      if (t == null || b.at().isAfter(t)) {
        to = b.at();
      }
      ballots++;
      voters.add(b.voter());
      for (String c : b.choices()) {
        candidates.merge(c, 1L, Long::sum);
      }
    }

    Finding finding() {
      String top = null;
      long topCount = 0;
      for (Map.Entry<String, Long> e : candidates.entrySet()) {
        if (e.getValue() > topCount
            || (e.getValue() == topCount && top != null && e.getKey().compareTo(top) < 0)) {
          top = e.getKey();
          topCount = e.getValue();
        }
      }
      StringBuilder sb =
          new StringBuilder(subject)
              .append(": ")
              .append(ballots)
              .append(ballots == 1 ? " ballot" : " ballots")
              .append(" from ")
              .append(voters.size())
              .append(voters.size() == 1 ? " voter" : " voters")
              .append(", ")
              .append(threshold);
      if (!extra.isEmpty()) {
        sb.append(", ").append(extra);
      }
      if (top != null) {
        sb.append("; ")
            .append(String.format(Locale.ROOT, "%.0f", 100.0 * topCount / ballots))
            .append(" % name ")
            .append(top);
      }
      return new Finding(
          number,
          detector,
          subject,
          checkNotNull(from),
          checkNotNull(to),
          ballots,
          voters.size(),
          Optional.ofNullable(top),
          topCount,
          sb.toString());
    }
  }

  /** One rule or detector. */
  private interface Tracker {
    /** A new day of the round begins at {@code startNanos} (epoch nanoseconds). */
    void newDay(int day, long startNanos);

    void accept(Ballot b);

    default void finish() {}
  }

  private static long nanos(Instant at) {
    return at.getEpochSecond() * 1_000_000_000L + at.getNano();
  }

  /** The round's per-IP or per-device limit. */
  private final class Limit implements Tracker {
    final Detector detector;
    final RateLimit limit;
    final long window;
    final Function<Ballot, Optional<String>> key;
    final Map<String, Instants> recent = new HashMap<>();
    final Map<String, Draft> today = new HashMap<>();

    Limit(Detector detector, RateLimit limit, Function<Ballot, Optional<String>> key) {
      this.detector = detector;
      this.limit = limit;
      this.window = limit.window().toNanos();
      this.key = key;
    }

    @Override
    public void newDay(int d, long startNanos) {
      today.clear();
      // addresses silent for a whole window can no longer matter: forget them
      recent.values().removeIf(r -> r.isEmpty() || r.last() <= startNanos - window);
    }

    @Override
    public void accept(Ballot b) {
      Optional<String> k = key.apply(b);
      if (k.isEmpty()) {
        return;
      }
      long t = nanos(b.at());
      Instants q = recent.computeIfAbsent(k.get(), x -> new Instants());
      while (!q.isEmpty() && q.first() <= t - window) {
        q.removeFirst();
      }
      if (q.size() >= limit.max()) {
        Draft d =
            today.computeIfAbsent(
                k.get(),
                x ->
                    draft(
                        detector,
                        (detector == Detector.IP_LIMIT ? "ip " : "device ") + x,
                        "over the round's limit of " + limit + " on " + dayText()));
        flag(b, d);
      } else {
        q.addLast(t);
      }
    }
  }

  /** A queue of epoch nanoseconds in a growable ring, without boxing. */
  private static final class Instants {
    private long[] ring = new long[4];
    private int head;
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    int size() {
      return size;
    }

    long first() {
      return ring[head];
    }

    long last() {
      return ring[(head + size - 1) & (ring.length - 1)];
    }

    void removeFirst() {
      head = (head + 1) & (ring.length - 1);
      size--;
    }

    void addLast(long v) {
      if (size == ring.length) {
        long[] bigger = new long[ring.length * 2];
        for (int i = 0; i < size; i++) {
          bigger[i] = ring[(head + i) & (ring.length - 1)];
        }
        ring = bigger;
        head = 0;
      }
      ring[(head + size) & (ring.length - 1)] = v;
      size++;
    }
  }

  /** Bursts from one IP address or device. */
  private final class Burst implements Tracker {
    final Detector detector;
    final RateLimit threshold;
    final long window;
    final Function<Ballot, Optional<String>> key;
    final Map<String, Window> windows = new HashMap<>();
    final Map<String, Draft> today = new HashMap<>();

    Burst(Detector detector, RateLimit threshold, Function<Ballot, Optional<String>> key) {
      this.detector = detector;
      this.threshold = threshold;
      this.window = threshold.window().toNanos();
      this.key = key;
    }

    @Override
    public void newDay(int d, long startNanos) {
      today.clear();
      windows
          .values()
          .removeIf(
              w -> w.ballots.isEmpty() || nanos(w.ballots.getLast().at()) <= startNanos - window);
    }

    @Override
    public void accept(Ballot b) {
      Optional<String> k = key.apply(b);
      if (k.isEmpty()) {
        return;
      }
      long t = nanos(b.at());
      Window w = windows.computeIfAbsent(k.get(), x -> new Window());
      for (Ballot head = w.ballots.peekFirst();
          head != null && nanos(head.at()) <= t - window;
          head = w.ballots.peekFirst()) {
        w.ballots.removeFirst();
        if (w.flagged > 0) {
          w.flagged--;
        }
      }
      w.ballots.addLast(b);
      if (w.ballots.size() > threshold.max()) {
        Draft d =
            today.computeIfAbsent(
                k.get(),
                x ->
                    draft(
                        detector,
                        (detector == Detector.IP_BURST ? "ip " : "device ") + x,
                        "bursts of more than "
                            + threshold.max()
                            + " ballots within "
                            + threshold.window()
                            + " on "
                            + dayText()));
        Iterator<Ballot> it = w.ballots.iterator();
        for (int i = 0; it.hasNext(); i++) {
          Ballot x = it.next();
          if (i >= w.flagged) {
            flag(x, d);
          }
        }
        w.flagged = w.ballots.size();
      }
    }
  }

  /** The ballots of one address or device within the window; the first {@code flagged} are. */
  private static final class Window {
    final ArrayDeque<Ballot> ballots = new ArrayDeque<>();
    int flagged;
  }

  /** Many voter keys on one device in one day. */
  private final class SharedDevice implements Tracker {
    final int max;
    final Map<String, DeviceDay> devices = new HashMap<>();

    SharedDevice(int max) {
      this.max = max;
    }

    @Override
    public void newDay(int d, long startNanos) {
      devices.clear();
    }

    @Override
    public void accept(Ballot b) {
      if (b.device().isEmpty()) {
        return;
      }
      String device = b.device().get();
      DeviceDay dd = devices.computeIfAbsent(device, x -> new DeviceDay());
      dd.voters.add(b.voter());
      Draft d = dd.draft;
      if (d != null) {
        flag(b, d);
        return;
      }
      dd.held.add(b);
      if (dd.voters.size() > max) {
        Draft nd =
            draft(
                Detector.SHARED_DEVICE,
                "device " + device,
                "more than " + max + " voter keys on one device on " + dayText());
        dd.draft = nd;
        for (Ballot x : dd.held) {
          flag(x, nd);
        }
        dd.held.clear();
      }
    }
  }

  /** One device on one day. */
  private static final class DeviceDay {
    final Set<VoterKey> voters = new HashSet<>();
    final List<Ballot> held = new ArrayList<>();
    @Nullable Draft draft;
  }

  /** A candidate far above its own baseline. */
  private final class Surge implements Tracker {
    final Detectors.Surge rule;
    final long period;
    final long origin;
    final Map<String, CandidatePeriods> candidates = new HashMap<>();

    Surge(Detectors.Surge rule) {
      this.rule = rule;
      this.period = rule.period().toNanos();
      this.origin = nanos(round.start());
    }

    @Override
    public void newDay(int d, long startNanos) {}

    @Override
    public void accept(Ballot b) {
      long p = (nanos(b.at()) - origin) / period;
      for (String c : b.choices()) {
        CandidatePeriods cp =
            candidates.computeIfAbsent(c, x -> new CandidatePeriods(rule.baselinePeriods()));
        if (p != cp.period) {
          close(c, cp);
          cp.advance(p);
        }
        cp.current.add(b);
      }
    }

    @Override
    public void finish() {
      new TreeMap<>(candidates).forEach(this::close);
    }

    private void close(String candidate, CandidatePeriods cp) {
      long count = cp.current.size();
      int base = rule.baselinePeriods();
      if (cp.period >= base
          && count >= rule.minBallots()
          && count * base > (long) rule.factor() * cp.sum) {
        Instant from = round.start().plus(rule.period().multipliedBy(cp.period));
        Draft d =
            draft(
                Detector.CANDIDATE_SURGE,
                "candidate " + candidate,
                String.format(
                    Locale.ROOT,
                    "%d ballots in the %s from %s, more than %d times its average of %.1f over"
                        + " the %d periods before",
                    count,
                    rule.period(),
                    LocalDate.ofInstant(from, round.zone())
                        + " "
                        + from.atZone(round.zone()).toLocalTime(),
                    rule.factor(),
                    (double) cp.sum / base,
                    base));
        for (Ballot b : cp.current) {
          flag(b, d);
        }
      }
    }
  }

  /** A candidate's ballots in the current period and counts of the periods before. */
  private static final class CandidatePeriods {
    final long[] ring;
    long sum;
    long period = -1;
    final List<Ballot> current = new ArrayList<>();

    CandidatePeriods(int baseline) {
      this.ring = new long[baseline];
    }

    /** Pushes the current period's count and zeros for the periods without ballots. */
    void advance(long to) {
      if (period >= 0) {
        push(period, current.size());
        current.clear();
        long gap = Math.min(to - period - 1, ring.length);
        for (long q = period + 1; q <= period + gap; q++) {
          push(q, 0);
        }
      }
      period = to;
    }

    private void push(long p, long count) {
      int slot = (int) (p % ring.length);
      sum += count - ring[slot];
      ring[slot] = count;
    }
  }
}
