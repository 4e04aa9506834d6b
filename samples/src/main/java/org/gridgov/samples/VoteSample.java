package org.gridgov.samples;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.DivisionCode;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Candidate;
import org.gridgov.scoring.vote.Detectors;
import org.gridgov.scoring.vote.RateLimit;
import org.gridgov.scoring.vote.RegionalSeats;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.ScoreRule;
import org.gridgov.scoring.vote.SeatRules;
import org.gridgov.scoring.vote.VoteRules;
import org.gridgov.scoring.vote.VoterKey;
import org.gridgov.scoring.vote.VoterKeys;

/**
 * A <b>synthetic</b> round of the 营口 most-beautiful-grid-worker vote (最美网格员评选), shaped after the
 * article's first round (980,000+ votes, 20 winners) and nothing more: 80 candidates across the six
 * districts of 营口市 (站前区 210802, 西市区 210803, 鲅鱼圈区 210804, 老边区 210811, 盖州市 210881, 大石桥市 210882), 60
 * days from 2022-11-01 in Asia/Shanghai, about 1,060,000 ballots in all. Names, grids, voters,
 * popularity, timing and the attack are made up; the generator is deterministic for a seed.
 *
 * <pre>{@code
 * VoteSample sample = VoteSample.of(VoteSample.SEED);
 * Round round = sample.round();
 * for (Iterator<Ballot> it = sample.ballots(); it.hasNext(); ) { ... }   // in documented order
 * }</pre>
 *
 * <p>What the ballots hold:
 *
 * <ul>
 *   <li>Popularity skewed as such votes are: candidate weights follow a Zipf law (exponent 1.1) and
 *       voters favour candidates of their own district (70 %); a daily curve peaking in the
 *       evening, busier weekends and a rush in the last week.
 *   <li>200,000 voters, keys derived with {@link VoterKeys} (HMAC-SHA256) from synthetic phone
 *       numbers; each has a home IP address and a device, a few families share one; channels WeChat
 *       70 %, app 20 %, web 10 %.
 *   <li>The ordinary mistakes a count rejects: a sixth vote in a day, the same candidate twice in a
 *       day (often on another channel), a second ballot within the minute, client retries that
 *       resend a ballot, a few ballots just outside the window and a few for a withdrawn candidate.
 *   <li>One brushing attack (刷票) for candidate {@link #ATTACKED}: on the nights of 2022-12-10 to
 *       12-12, 01:30–04:30, about 12,000 ballots a night from a pool of 30,000 bought voter keys
 *       through 60 IP addresses and 40 emulated devices.
 * </ul>
 *
 * <p>Memory: the voter keys (4 MB) and one day's ballots at a time.
 */
public final class VoteSample {
  /** The default seed. */
  public static final long SEED = 20221210L;

  /** The candidate the synthetic attack votes for. */
  public static final String ATTACKED = "lb-05";

  /** The seed of the synthetic public draw for ties. */
  public static final String DRAW_SEED = "营口市 2022-12-31 公开抽签 (synthetic)";

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 11, 1);
  private static final int DAYS = 60;
  private static final int VOTERS = 200_000;
  private static final int BOTS = 30_000;
  private static final String[][] DISTRICTS = {
    {"210802", "zq", "站前区", "10"},
    {"210803", "xs", "西市区", "9"},
    {"210804", "by", "鲅鱼圈区", "14"},
    {"210811", "lb", "老边区", "8"},
    {"210881", "gz", "盖州市", "19"},
    {"210882", "dsq", "大石桥市", "20"},
  };
  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎";
  private static final String GIVEN = "丽强敏伟芳娜秀英静磊军洋勇艳杰娟涛明超霞平刚桂兰玉梅晨阳华红建国海燕";
  private static final double[] HOURS = {
    0.6, 0.3, 0.2, 0.2, 0.3, 0.6, 1.5, 3.0, 3.5, 3.2, 3.0, 3.3, 4.0, 3.4, 3.0, 3.0, 3.2, 3.6, 4.5,
    6.0, 7.0, 6.5, 4.0, 1.8
  };
  private static final int SESSIONS_PER_DAY = 7_900;
  private static final List<Optional<String>> PROXIES =
      tags(60, i -> "61.161." + (88 + i / 30) + "." + (20 + i % 30));
  private static final List<Optional<String>> EMULATORS =
      tags(40, i -> (i < 10 ? "emu-0" : "emu-") + i);
  private static final List<String> CHANNELS = List.of("wechat", "app", "web");
  private static final String WITHDRAWN = "xs-99";

  private static List<Optional<String>> tags(int n, java.util.function.IntFunction<String> name) {
    List<Optional<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Optional.of(name.apply(i)));
    }
    return List.copyOf(out);
  }

  private final long seed;
  private final Round round;
  private final List<Candidate> candidates;
  private final double[] popularity;
  private final int[] districtOf;
  private final long[] voterHigh;
  private final long[] voterLow;
  private final long[] botHigh;
  private final long[] botLow;
  private final List<Optional<String>> voterIp;
  private final List<Optional<String>> voterDevice;

  private VoteSample(long seed) {
    this.seed = seed;
    SplittableRandom r = new SplittableRandom(seed);
    this.candidates = new ArrayList<>();
    List<Integer> district = new ArrayList<>();
    for (int d = 0; d < DISTRICTS.length; d++) {
      int n = Integer.parseInt(DISTRICTS[d][3]);
      for (int i = 1; i <= n; i++) {
        String id = String.format(Locale.ROOT, "%s-%02d", DISTRICTS[d][1], i);
        String name =
            ""
                + SURNAMES.charAt(r.nextInt(SURNAMES.length()))
                + GIVEN.charAt(r.nextInt(GIVEN.length()))
                + (r.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length()))));
        String grid =
            String.format(
                Locale.ROOT,
                "%s%03d%03d%03d",
                DISTRICTS[d][0],
                1 + r.nextInt(12),
                1 + r.nextInt(20),
                1 + r.nextInt(30));
        candidates.add(Candidate.of(id, name, DISTRICTS[d][0], grid));
        district.add(d);
      }
    }
    int n = candidates.size();
    this.districtOf = new int[n];
    for (int i = 0; i < n; i++) {
      districtOf[i] = district.get(i);
    }
    // Zipf weights over a seeded shuffle of the candidates; the attacked one sits mid-table
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(seed));
    int attacked = indexOf(ATTACKED);
    order.remove(Integer.valueOf(attacked));
    order.add(34, attacked);
    this.popularity = new double[n];
    for (int rank = 0; rank < n; rank++) {
      popularity[order.get(rank)] = 1.0 / Math.pow(rank + 1, 1.1);
    }
    VoterKeys keys =
        VoterKeys.withSecret(
            ("gridgov synthetic vote sample " + seed).getBytes(StandardCharsets.UTF_8));
    this.voterHigh = new long[VOTERS];
    this.voterLow = new long[VOTERS];
    for (int v = 0; v < VOTERS; v++) {
      VoterKey k = keys.ofPhone(Long.toString(13_900_000_000L + v * 37L + 11));
      voterHigh[v] = k.high();
      voterLow[v] = k.low();
    }
    List<Optional<String>> ips = new ArrayList<>(VOTERS);
    List<Optional<String>> devices = new ArrayList<>(VOTERS);
    for (int v = 0; v < VOTERS; v++) {
      int h = v / 2 * 0x9E3779B1;
      ips.add(
          Optional.of(
              (36 + ((h >>> 24) & 63))
                  + "."
                  + ((h >>> 16) & 255)
                  + "."
                  + ((h >>> 8) & 255)
                  + "."
                  + (1 + (h & 127))));
      // most voters have a phone of their own; one in 97 families shares a tablet among three
      devices.add(Optional.of("dev-" + Integer.toHexString(0x100000 + v / (v % 97 == 0 ? 3 : 1))));
    }
    this.voterIp = ips;
    this.voterDevice = devices;
    this.botHigh = new long[BOTS];
    this.botLow = new long[BOTS];
    for (int b = 0; b < BOTS; b++) {
      VoterKey k = keys.ofPhone(Long.toString(17_000_000_000L + b * 13L + 5));
      botHigh[b] = k.high();
      botLow[b] = k.low();
    }
    this.round = buildRound();
  }

  /**
   * The sample for a seed.
   *
   * @param seed the seed
   * @return the sample
   */
  public static VoteSample of(long seed) {
    return new VoteSample(seed);
  }

  private int indexOf(String id) {
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("no candidate " + id);
  }

  private Round buildRound() {
    SeatRules seats = SeatRules.of(20);
    for (String[] d : DISTRICTS) {
      seats = seats.withRegion(new RegionalSeats(DivisionCode.parse(d[0]), 2, 6));
    }
    Round.Builder b =
        Round.builder("yingkou-2022-1")
            .name("营口市最美网格员评选 第一期 (synthetic)")
            .window(
                FIRST_DAY.atStartOfDay(ZONE).toInstant(),
                FIRST_DAY.plusDays(DAYS).atStartOfDay(ZONE).toInstant(),
                ZONE)
            .channels(CHANNELS)
            .rules(
                VoteRules.of(5, 1)
                    .withMinInterval(Duration.ofMinutes(1))
                    .withPerIp(RateLimit.of(10, Duration.ofMinutes(10))))
            .detectors(
                Detectors.none()
                    .withIpBurst(RateLimit.of(30, Duration.ofMinutes(10)))
                    .withDeviceBurst(RateLimit.of(15, Duration.ofMinutes(10)))
                    .withVotersPerDevice(5)
                    .withCandidateSurge(new Detectors.Surge(8, 150, Duration.ofHours(1), 72)))
            .seats(seats)
            .scoring(ScoreRule.weighted(40, 60));
    candidates.forEach(b::addCandidate);
    return b.build();
  }

  /**
   * The round.
   *
   * @return the round
   */
  public Round round() {
    return round;
  }

  /**
   * The expert panel's scores (评审打分), synthetic: 60 to 98 in half points, loosely following
   * popularity.
   *
   * @return scores by candidate id
   */
  public Map<String, BigDecimal> panel() {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      double base = 70 + 15 * Math.min(1, popularity[i] * 6) + r.nextDouble() * 12;
      double half = Math.round(Math.min(98, Math.max(60, base)) * 2) / 2.0;
      out.put(candidates.get(i).id(), BigDecimal.valueOf(half).stripTrailingZeros());
    }
    return out;
  }

  /**
   * The ballots in the documented order, generated on the fly, one day at a time.
   *
   * @return a fresh iterator; each gives the same ballots
   */
  public Iterator<Ballot> ballots() {
    return new Days();
  }

  /** Generates the ballots one day at a time. */
  private final class Days implements Iterator<Ballot> {
    private final SplittableRandom random = new SplittableRandom(seed * 31 + 17);
    private final double[] cumulative = new double[candidates.size()];
    private final double[][] cumulativeIn = new double[DISTRICTS.length][];
    private final int[][] membersIn = new int[DISTRICTS.length][];
    private int day = -1;
    private List<Ballot> today = List.of();
    private int next;

    Days() {
      double sum = 0;
      for (int i = 0; i < popularity.length; i++) {
        sum += popularity[i];
        cumulative[i] = sum;
      }
      for (int d = 0; d < DISTRICTS.length; d++) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < districtOf.length; i++) {
          if (districtOf[i] == d) {
            members.add(i);
          }
        }
        membersIn[d] = members.stream().mapToInt(Integer::intValue).toArray();
        cumulativeIn[d] = new double[members.size()];
        double s = 0;
        for (int j = 0; j < members.size(); j++) {
          s += popularity[members.get(j)];
          cumulativeIn[d][j] = s;
        }
      }
    }

    @Override
    public boolean hasNext() {
      while (next >= today.size()) {
        if (day >= DAYS) {
          return false;
        }
        day++;
        today = day < DAYS ? generate(day) : List.of();
        next = 0;
      }
      return true;
    }

    @Override
    public Ballot next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return today.get(next++);
    }

    private int pick(double[] cum, SplittableRandom r) {
      double x = r.nextDouble() * cum[cum.length - 1];
      int lo = 0;
      int hi = cum.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cum[mid] < x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** {@code yk<day, 2 digits>-<sequence, 6 digits>}. */
    private String id(int n) {
      char[] c = {'y', 'k', '0', '0', '-', '0', '0', '0', '0', '0', '0'};
      c[2] += (char) (day / 10);
      c[3] += (char) (day % 10);
      for (int i = 10; i >= 5; i--) {
        c[i] += (char) (n % 10);
        n /= 10;
      }
      return new String(c);
    }

    /**
     * One day's ballots: drafted with their instants, sorted by instant (ties keep the order
     * drafted), then given ids in that order, so that they come out in the documented order without
     * comparing ballots. A client retry is the same ballot twice.
     */
    private List<Ballot> generate(int d) {
      SplittableRandom r = random;
      LocalDate date = FIRST_DAY.plusDays(d);
      long dayStart = date.atStartOfDay(ZONE).toEpochSecond();
      Drafts drafts = new Drafts();
      double factor = 1.0;
      int dow = date.getDayOfWeek().getValue();
      if (dow >= 6) {
        factor *= 1.3;
      }
      if (d == 0) {
        factor *= 1.6;
      }
      if (d >= DAYS - 7) {
        factor *= 1.4 + 0.1 * (d - (DAYS - 7));
      }
      int sessions = (int) Math.round(SESSIONS_PER_DAY * factor * (0.9 + 0.2 * r.nextDouble()));
      double[] hourCum = new double[24];
      double hs = 0;
      for (int h = 0; h < 24; h++) {
        hs += HOURS[h];
        hourCum[h] = hs;
      }
      for (int s = 0; s < sessions; s++) {
        int v = r.nextInt(VOTERS);
        int home = v % DISTRICTS.length;
        int hour = pick(hourCum, r);
        long t = dayStart + hour * 3600L + r.nextInt(3600);
        int roll = r.nextInt(100);
        int count = roll < 60 ? 1 : roll < 80 ? 2 : roll < 90 ? 3 : roll < 97 ? 5 : 6;
        int channel = channel(v, r);
        List<Integer> chosen = new ArrayList<>();
        for (int k = 0; k < count && t < dayStart + 86_400; k++) {
          int c;
          if (k > 0 && r.nextInt(50) == 0) {
            c = chosen.get(r.nextInt(chosen.size())); // the same candidate twice today
            channel = channel(v + 1, r);
          } else {
            do {
              c =
                  r.nextInt(10) < 7
                      ? membersIn[home][pick(cumulativeIn[home], r)]
                      : pick(cumulative, r);
            } while (chosen.contains(c) && chosen.size() < 6);
          }
          chosen.add(c);
          drafts.add(
              t * 1_000_000_000L + r.nextInt(1000) * 1_000_000L,
              v,
              c,
              channel,
              true,
              r.nextInt(200) == 0);
          t += r.nextInt(20) == 0 ? 20 + r.nextInt(40) : 70 + r.nextInt(300);
        }
      }
      if (d == 0 || d == DAYS - 1) {
        long edge = d == 0 ? dayStart - 1800 : dayStart + 86_400;
        for (int k = 0; k < 120; k++) {
          int v = r.nextInt(VOTERS);
          drafts.add(
              (edge + r.nextInt(1800)) * 1_000_000_000L,
              v,
              pick(cumulative, r),
              channel(v, r),
              false,
              false);
        }
      }
      if (d % 10 == 3) {
        for (int k = 0; k < 20; k++) {
          int v = r.nextInt(VOTERS);
          drafts.add(
              (dayStart + 36_000 + r.nextInt(36_000)) * 1_000_000_000L,
              v,
              -1,
              channel(v, r),
              false,
              false);
        }
      }
      if (d >= 39 && d <= 41) {
        attack(drafts, dayStart, r);
      }
      return drafts.ballots();
    }

    /** Ballots of one day before they have ids. */
    private final class Drafts {
      private long[] keys = new long[1 << 15];
      private final List<Object[]> parts = new ArrayList<>();

      Drafts() {}

      /** A ballot of a voter for a candidate ({@code -1}: the withdrawn one). */
      void add(long atNanos, int voter, int candidate, int channel, boolean origin, boolean retry) {
        add(
            atNanos,
            VoterKey.of(voterHigh[voter], voterLow[voter]),
            candidate,
            channel,
            origin ? voterIp.get(voter) : Optional.empty(),
            origin ? voterDevice.get(voter) : Optional.empty(),
            retry);
      }

      /** A bot's ballot through a proxy and an emulator. */
      void addBot(long atNanos, int bot, int candidate, int channel, int proxy, int emulator) {
        add(
            atNanos,
            VoterKey.of(botHigh[bot], botLow[bot]),
            candidate,
            channel,
            PROXIES.get(proxy),
            EMULATORS.get(emulator),
            false);
      }

      private void add(
          long atNanos,
          VoterKey voter,
          int candidate,
          int channel,
          Optional<String> ip,
          Optional<String> device,
          boolean retry) {
        int n = parts.size();
        if (n == keys.length) {
          keys = java.util.Arrays.copyOf(keys, n * 2);
        }
        keys[n] = atNanos;
        parts.add(
            new Object[] {
              voter,
              candidate < 0 ? WITHDRAWN : candidates.get(candidate).id(),
              Instant.ofEpochSecond(
                  Math.floorDiv(atNanos, 1_000_000_000L), Math.floorMod(atNanos, 1_000_000_000L)),
              CHANNELS.get(channel),
              ip,
              device,
              retry
            });
      }

      @SuppressWarnings("unchecked") // the parts are written just above
      List<Ballot> ballots() {
        int n = parts.size();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          order.add(i);
        }
        // by instant; equal instants in the order drafted, which the ids then follow
        order.sort(
            (a, b) ->
                a.equals(b)
                    ? 0
                    : keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(a, b));
        List<Ballot> out = new ArrayList<>(n + n / 100);
        for (int i = 0; i < n; i++) {
          Object[] p = parts.get(order.get(i));
          Ballot b =
              new Ballot(
                  id(i),
                  (VoterKey) p[0],
                  List.of((String) p[1]),
                  (Instant) p[2],
                  (String) p[3],
                  (Optional<String>) p[4],
                  (Optional<String>) p[5]);
          out.add(b);
          if ((Boolean) p[6]) {
            out.add(b); // a client retry resends the ballot
          }
        }
        return out;
      }
    }

    /** The synthetic brushing attack: one night of bought voter keys behind a proxy pool. */
    private void attack(Drafts drafts, long dayStart, SplittableRandom r) {
      long from = dayStart + 5400;
      int ballots = 11_800 + r.nextInt(400);
      int[] pool = new int[BOTS];
      for (int i = 0; i < BOTS; i++) {
        pool[i] = i;
      }
      int attacked = indexOf(ATTACKED);
      for (int i = 0; i < ballots; i++) {
        int j = i + r.nextInt(BOTS - i);
        int bot = pool[j];
        pool[j] = pool[i];
        pool[i] = bot;
        // the proxy and emulator of a bot ballot ride in the channel slot of the draft
        drafts.addBot(
            (from + r.nextInt(3 * 3600)) * 1_000_000_000L + r.nextInt(1_000_000_000),
            bot,
            attacked,
            r.nextInt(4) == 0 ? 2 : 1,
            r.nextInt(PROXIES.size()),
            r.nextInt(EMULATORS.size()));
      }
    }

    private int channel(int v, SplittableRandom r) {
      int x = (v * 7 + r.nextInt(10)) % 10;
      return x < 7 ? 0 : x < 9 ? 1 : 2;
    }
  }

  @Override
  public String toString() {
    return "VoteSample[seed " + seed + ", " + candidates.size() + " candidates, " + DAYS + " days]";
  }
}
