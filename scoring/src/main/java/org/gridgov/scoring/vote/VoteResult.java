package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.DivisionCode;

// Over 600 lines: the immutable result with its accessors, and the ranking, tie-break chain and
// seating that build it in one pass over the standings; the rules are documented below.

/**
 * The result of a round (评选结果): every candidate's ledger line, score, rank and seat; the ties and
 * how they were settled; the regional seat notes; and the digest to publish. Immutable.
 *
 * <pre>{@code
 * VoteResult r = VoteResult.of(round, count, ResultInputs.none().withPanel(panel).withDrawSeed(seed));
 * r.winners();        // seated, in rank order
 * r.ties();           // every tie, decisive or not, with the steps that settled it
 * r.isSettled();      // false while a decisive tie is unsettled (no seed, no manual order)
 * r.advancing(80);    // the candidates of the next, narrower round
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ol>
 *   <li>Final votes: a candidate's accepted votes; 0 when {@link Sanction#ZERO_ONLINE_SCORE} or
 *       {@link Sanction#DISQUALIFY} is in force. Disqualified candidates are neither ranked nor
 *       seated.
 *   <li>Score: by the round's {@link ScoreRule}; a rule with a panel weight needs a panel score for
 *       every eligible candidate. A weighted rule divides by the most final votes of any eligible
 *       candidate; the score is that fraction rounded once to 34 significant digits, so that scores
 *       equal as fractions are equal (a tie) and equal votes give equal scores.
 *   <li>Ranking: by score, highest first. Candidates with equal scores are a {@link Tie}; the
 *       round's tie-break chain orders them step by step, each step splitting the tied candidates
 *       it has data for (a step lacking data for any of them leaves them to the next step). Those
 *       still tied share a rank and are listed by id, provisionally.
 *   <li>Seats: down the ranking, as {@link SeatRules} says: a district at its maximum takes no
 *       more, and when the seats left are only enough for the districts still below their minimums,
 *       only their candidates are seated.
 * </ol>
 */
public final class VoteResult {
  private final String round;
  private final Count count;
  private final ResultInputs inputs;
  private final List<Standing> standings;
  private final List<Tie> ties;
  private final List<String> notes;
  private final int vacantSeats;
  private final boolean settled;
  private final List<List<Integer>> blocks;
  private final List<Candidate> candidates;

  private VoteResult(
      String round,
      Count count,
      ResultInputs inputs,
      List<Standing> standings,
      List<Tie> ties,
      List<String> notes,
      int vacantSeats,
      boolean settled,
      List<List<Integer>> blocks,
      List<Candidate> candidates) {
    this.round = round;
    this.count = count;
    this.inputs = inputs;
    this.standings = List.copyOf(standings);
    this.ties = List.copyOf(ties);
    this.notes = List.copyOf(notes);
    this.vacantSeats = vacantSeats;
    this.settled = settled;
    this.blocks = blocks;
    this.candidates = candidates;
  }

  /**
   * The result of a count. O(n log n) for n candidates.
   *
   * @param round the round counted
   * @param count the count
   * @param inputs the panel, earlier round, draw seed, committee order and sanctions
   * @return the result
   * @throws IllegalArgumentException if the count is of another round, a panel score is missing
   *     where the round weighs the panel, or the panel scores, the committee's order or the
   *     sanctions name a candidate not in the round (earlier-round scores may: a narrowed round has
   *     fewer candidates than the one before; theirs are not used)
   */
  public static VoteResult of(Round round, Count count, ResultInputs inputs) {
    checkNotNull(round, "round");
    checkNotNull(count, "count");
    checkNotNull(inputs, "inputs");
    checkArgument(
        count.roundFingerprint().equals(round.fingerprint()),
        "the count is of round %s with other rules than round %s",
        count.round(),
        round.id());
    return new Ranking(round, count, inputs).result();
  }

  /**
   * The round's id.
   *
   * @return the id
   */
  public String round() {
    return round;
  }

  /**
   * The count the result is made of.
   *
   * @return the count
   */
  public Count count() {
    return count;
  }

  /**
   * The inputs the result used, with the draw seed recorded.
   *
   * @return the inputs
   */
  public ResultInputs inputs() {
    return inputs;
  }

  /**
   * The seed of the public draw, if one was used, as recorded with the result.
   *
   * @return the seed
   */
  public Optional<String> drawSeed() {
    return inputs.drawSeed();
  }

  /**
   * The digest to publish with the result.
   *
   * @return the digest
   */
  public AuditDigest digest() {
    return count.digest();
  }

  /**
   * Every candidate, ranked ones in rank order, then disqualified ones in the round's order.
   *
   * @return the standings
   */
  public List<Standing> standings() {
    return standings;
  }

  /**
   * The seated candidates, in rank order.
   *
   * @return the winners
   */
  public List<Standing> winners() {
    List<Standing> out = new ArrayList<>();
    for (Standing s : standings) {
      if (s.isElected()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A candidate's standing.
   *
   * @param candidate the id
   * @return the standing, or empty
   */
  public Optional<Standing> standing(String candidate) {
    return standings.stream().filter(s -> s.candidate().id().equals(candidate)).findFirst();
  }

  /**
   * Every group of candidates with equal scores, in rank order.
   *
   * @return the ties
   */
  public List<Tie> ties() {
    return ties;
  }

  /**
   * Notes on the seats: regional minimums that could not be met, and why.
   *
   * @return the notes
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Seats nobody could take (every remaining candidate in a district at its maximum).
   *
   * @return the count
   */
  public int vacantSeats() {
    return vacantSeats;
  }

  /**
   * Whether the result is final: no unsettled tie decides a seat, that is, every order of the
   * candidates still tied would seat the same candidates. A tie across the last seat that a
   * regional minimum or maximum settles (only one of them may take it) leaves the result settled.
   *
   * @return true if settled
   */
  public boolean isSettled() {
    return settled;
  }

  /**
   * The scores of ranked candidates, for the next round's {@link TieBreak#EARLIER_ROUND}.
   *
   * @return scores by candidate id, in rank order
   */
  public Map<String, BigDecimal> scores() {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (Standing s : standings) {
      if (s.status() != Standing.Status.DISQUALIFIED) {
        out.put(s.candidate().id(), s.score());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The candidates who go on to the next round: the first {@code n} ranked, and everyone tied with
   * the last of them and not separated by the tie-breaks (并列者同时晋级).
   *
   * @param n how many the next round takes, at least 1
   * @return the candidates, in rank order
   */
  public List<Candidate> advancing(int n) {
    checkArgument(n >= 1, "at least 1 candidate advances, got %s", n);
    List<Candidate> out = new ArrayList<>();
    for (List<Integer> block : blocks) {
      if (out.size() >= n) {
        break;
      }
      for (int i : block) {
        out.add(candidates.get(i));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "VoteResult[" + round + ", " + winners().size() + " elected, digest " + digest() + "]";
  }

  /** The computation of a result. */
  private static final class Ranking {
    final Round round;
    final Count count;
    final ResultInputs inputs;
    final int n;
    final long[] finals;
    final boolean[] eligible;
    final BigDecimal[] online;
    final BigDecimal[] score;

    /**
     * Refuses ids that are not candidates of the round: a typo would otherwise leave a candidate
     * without the score or place meant for it, unseen. (Earlier-round scores may name candidates
     * the round no longer has.)
     */
    private static void refuseStrangers(Round round, Collection<String> ids, String whatNames) {
      List<String> strangers = new ArrayList<>();
      for (String id : ids) {
        if (round.candidate(id).isEmpty()) {
          strangers.add(id);
        }
      }
      checkArgument(
          strangers.isEmpty(),
          "%s %s candidate%s not in round %s: %s",
          whatNames,
          strangers.size(),
          strangers.size() == 1 ? "" : "s",
          round.id(),
          strangers.size() > 10 ? strangers.subList(0, 10) + "…" : strangers);
    }

    Ranking(Round round, Count count, ResultInputs inputs) {
      this.round = round;
      this.count = count;
      this.inputs = inputs;
      this.n = round.candidates().size();
      for (SanctionEntry e : inputs.sanctions().entries()) {
        checkArgument(
            round.candidate(e.candidate()).isPresent(),
            "the sanctions name candidate %s, who is not in round %s",
            e.candidate(),
            round.id());
      }
      refuseStrangers(round, inputs.panel().keySet(), "the panel scores name");
      refuseStrangers(round, inputs.manualOrder(), "the committee's order names");
      finals = new long[n];
      eligible = new boolean[n];
      long max = 0;
      for (int i = 0; i < n; i++) {
        String id = round.candidates().get(i).id();
        boolean disqualified = inputs.sanctions().isActive(id, Sanction.DISQUALIFY);
        boolean zero = inputs.sanctions().isActive(id, Sanction.ZERO_ONLINE_SCORE);
        eligible[i] = !disqualified;
        finals[i] = disqualified || zero ? 0 : count.candidates().get(i).accepted();
        if (eligible[i]) {
          max = Math.max(max, finals[i]);
        }
      }
      ScoreRule rule = round.scoring();
      boolean panel = rule.panelWeight().signum() > 0;
      if (panel) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          String id = round.candidates().get(i).id();
          if (eligible[i] && !inputs.panel().containsKey(id)) {
            missing.add(id);
          }
        }
        checkArgument(
            missing.isEmpty(),
            "the round weighs the panel at %s %, but %s candidates have no panel score: %s",
            rule.panelWeight().toPlainString(),
            missing.size(),
            missing.size() > 10 ? missing.subList(0, 10) + "…" : missing);
      }
      online = new BigDecimal[n];
      score = new BigDecimal[n];
      for (int i = 0; i < n; i++) {
        online[i] = Scoring.online(rule, finals[i], max);
        score[i] =
            panel && eligible[i]
                ? Scoring.total(rule, finals[i], max, panelOf(i))
                : Scores.normalise(online[i]);
      }
    }

    private BigDecimal panelOf(int i) {
      BigDecimal p = inputs.panel().get(round.candidates().get(i).id());
      return p == null ? BigDecimal.ZERO : p;
    }

    private String id(int i) {
      return round.candidates().get(i).id();
    }

    VoteResult result() {
      List<Integer> ranked = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (eligible[i]) {
          ranked.add(i);
        }
      }
      ranked.sort(
          Comparator.<Integer, BigDecimal>comparing(i -> score[i])
              .reversed()
              .thenComparing(this::id));
      List<List<Integer>> blocks = new ArrayList<>();
      List<TieDraft> tieDrafts = new ArrayList<>();
      for (int a = 0; a < ranked.size(); ) {
        int b = a + 1;
        while (b < ranked.size() && score[ranked.get(b)].compareTo(score[ranked.get(a)]) == 0) {
          b++;
        }
        List<Integer> group = new ArrayList<>(ranked.subList(a, b));
        if (group.size() == 1) {
          blocks.add(group);
        } else {
          TieDraft t = resolve(group);
          tieDrafts.add(t);
          blocks.addAll(t.blocks);
        }
        a = b;
      }
      int[] rank = new int[n];
      int position = 1;
      for (List<Integer> block : blocks) {
        for (int i : block) {
          rank[i] = position;
        }
        position += block.size();
      }
      boolean[] seated = new boolean[n];
      boolean[] orderDecides = new boolean[n];
      List<String> notes = new ArrayList<>();
      int vacant = seat(blocks, seated, orderDecides, notes);
      boolean settledAll = true;
      List<Tie> ties = new ArrayList<>();
      for (TieDraft t : tieDrafts) {
        int in = 0;
        for (int i : t.members) {
          in += seated[i] ? 1 : 0;
        }
        boolean decisive = in > 0 && in < t.members.size();
        boolean settled = t.blocks.stream().allMatch(bl -> bl.size() == 1);
        for (int i : t.members) {
          // an unsettled part whose seats another order of it would change
          settledAll &= !orderDecides[i];
        }
        List<String> ids = new ArrayList<>();
        t.members.forEach(i -> ids.add(id(i)));
        ids.sort(null);
        List<String> order = new ArrayList<>();
        t.blocks.forEach(bl -> bl.forEach(i -> order.add(id(i))));
        ties.add(
            new Tie(
                ids,
                score[t.members.get(0)],
                order,
                t.steps,
                settled,
                decisive,
                t.explanation.length() > 0
                    ? t.explanation.toString()
                    : round.tieBreaks().isEmpty()
                        ? "the round has no tie-break steps"
                        : "no tie-break step had data for all of them"));
      }
      List<Standing> standings = new ArrayList<>();
      for (List<Integer> block : blocks) {
        for (int i : block) {
          standings.add(standing(i, rank[i], seated[i]));
        }
      }
      for (int i = 0; i < n; i++) {
        if (!eligible[i]) {
          standings.add(standing(i, 0, false));
        }
      }
      List<List<Integer>> frozen = new ArrayList<>();
      blocks.forEach(bl -> frozen.add(List.copyOf(bl)));
      return new VoteResult(
          round.id(),
          count,
          inputs,
          standings,
          ties,
          notes,
          vacant,
          settledAll,
          List.copyOf(frozen),
          round.candidates());
    }

    private Standing standing(int i, int rank, boolean seated) {
      Candidate c = round.candidates().get(i);
      Optional<BigDecimal> panel = Optional.ofNullable(inputs.panel().get(c.id()));
      Standing.Status status =
          !eligible[i]
              ? Standing.Status.DISQUALIFIED
              : seated ? Standing.Status.ELECTED : Standing.Status.NOT_ELECTED;
      return new Standing(
          c, count.candidates().get(i), finals[i], online[i], panel, score[i], rank, status);
    }

    /**
     * Seats down the order; returns the vacant seats. Marks in {@code orderDecides} the members of
     * every block of candidates still tied (listed by id, provisionally) whose seats depend on
     * their order.
     */
    private int seat(
        List<List<Integer>> blocks, boolean[] seated, boolean[] orderDecides, List<String> notes) {
      SeatRules rules = round.seats();
      Map<DivisionCode, Integer> regionOf = new HashMap<>();
      int r = rules.regions().size();
      int[] min = new int[r];
      int[] max = new int[r];
      int[] eligibleIn = new int[r];
      for (int k = 0; k < r; k++) {
        RegionalSeats rs = rules.regions().get(k);
        regionOf.put(rs.district(), k);
        min[k] = rs.min();
        max[k] = rs.max();
      }
      int[] region = new int[n];
      for (int i = 0; i < n; i++) {
        Integer k = regionOf.get(round.candidates().get(i).district());
        region[i] = k == null ? -1 : k;
        if (k != null && eligible[i]) {
          eligibleIn[k]++;
        }
      }
      int need = 0;
      int[] effMin = new int[r];
      for (int k = 0; k < r; k++) {
        effMin[k] = Math.min(min[k], eligibleIn[k]);
        need += effMin[k];
        if (effMin[k] < min[k]) {
          RegionalSeats rs = rules.regions().get(k);
          notes.add(
              "district "
                  + rs.district()
                  + " has a minimum of "
                  + (min[k] == 1 ? "1 seat" : min[k] + " seats")
                  + " but "
                  + switch (eligibleIn[k]) {
                    case 0 -> "no eligible candidate";
                    case 1 -> "only 1 eligible candidate";
                    default -> "only " + eligibleIn[k] + " eligible candidates";
                  });
        }
      }
      int[] taken = new int[r];
      int left = rules.seats();
      for (List<Integer> block : blocks) {
        if (block.size() > 1 && dependsOnOrder(block, region, left, need, taken, effMin, max)) {
          block.forEach(i -> orderDecides[i] = true);
        }
        for (int i : block) {
          if (left == 0) {
            break;
          }
          int k = region[i];
          if (k >= 0 && taken[k] >= max[k]) {
            continue;
          }
          int needAfter = need - (k >= 0 && taken[k] < effMin[k] ? 1 : 0);
          if (left - 1 < needAfter) {
            continue;
          }
          seated[i] = true;
          left--;
          need = needAfter;
          if (k >= 0) {
            taken[k]++;
          }
        }
      }
      return left;
    }

    /**
     * Whether the candidates a block seats depend on the order of the block, from the state before
     * it. A member whose district is below its minimum is always seated (the seats left cover the
     * minimums); the others take the spare seats ({@code left - need}) while their district is
     * below its maximum. So a district's group of the block gets its needed seats, plus, if the
     * spare seats cover every group's extra demand, all the extra it can take, or, without spare
     * seats, none; its members' seats are then the same in every order exactly when the group gets
     * all or none of them. With some spare seats but fewer than the demand, whoever comes first
     * takes them: the order decides.
     */
    private boolean dependsOnOrder(
        List<Integer> block,
        int[] region,
        int left,
        int need,
        int[] taken,
        int[] effMin,
        int[] max) {
      Map<Integer, Integer> members = new HashMap<>(); // region (-1: no limits) to members
      for (int i : block) {
        members.merge(region[i], 1, Integer::sum);
      }
      int spare = left - need;
      long demand = 0;
      int[] needed = new int[members.size()];
      int[] most = new int[members.size()];
      int[] size = new int[members.size()];
      int g = 0;
      for (Map.Entry<Integer, Integer> e : members.entrySet()) {
        int k = e.getKey();
        int m = e.getValue();
        size[g] = m;
        needed[g] = k < 0 ? 0 : Math.min(m, Math.max(0, effMin[k] - taken[k]));
        most[g] = k < 0 ? m : Math.min(m, Math.max(0, max[k] - taken[k]));
        demand += most[g] - needed[g];
        g++;
      }
      if (spare > 0 && demand > spare) {
        return true;
      }
      boolean all = demand <= spare; // every extra met; else (no spare seats) none
      for (int x = 0; x < g; x++) {
        int seats = all ? most[x] : needed[x];
        if (seats > 0 && seats < size[x]) {
          return true;
        }
      }
      return false;
    }

    /** Applies the tie-break chain to a group of equal scores. */
    private TieDraft resolve(List<Integer> group) {
      TieDraft t = new TieDraft(group);
      List<Integer> sorted = new ArrayList<>(group);
      sorted.sort(Comparator.comparing(this::id));
      t.blocks.add(sorted);
      for (TieBreak step : round.tieBreaks()) {
        if (t.blocks.stream().allMatch(b -> b.size() == 1)) {
          break;
        }
        List<List<Integer>> next = new ArrayList<>();
        boolean applied = false;
        for (List<Integer> block : t.blocks) {
          if (block.size() == 1) {
            next.add(block);
            continue;
          }
          List<Keyed> keyed = new ArrayList<>();
          for (int i : block) {
            Optional<BigDecimal> key = key(step, i);
            if (key.isEmpty()) {
              break;
            }
            keyed.add(new Keyed(i, id(i), key.get()));
          }
          if (keyed.size() < block.size()) {
            next.add(block);
            continue;
          }
          keyed.sort(Comparator.comparing(Keyed::key).thenComparing(Keyed::id));
          List<Integer> ordered = new ArrayList<>();
          keyed.forEach(k -> ordered.add(k.index()));
          List<List<Integer>> split = new ArrayList<>();
          for (int a = 0; a < keyed.size(); ) {
            int b = a + 1;
            while (b < keyed.size() && keyed.get(b).key().compareTo(keyed.get(a).key()) == 0) {
              b++;
            }
            split.add(new ArrayList<>(ordered.subList(a, b)));
            a = b;
          }
          describe(t.explanation, step, ordered);
          if (split.size() > 1) {
            applied = true;
          } else {
            // the step had data for all of them and found them equal: say so, not "no data"
            t.explanation.append(" (equal)");
          }
          next.addAll(split);
        }
        t.blocks.clear();
        t.blocks.addAll(next);
        if (applied) {
          t.steps.add(step);
        }
      }
      return t;
    }

    private void describe(StringBuilder sb, TieBreak step, List<Integer> ordered) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      switch (step) {
        case EARLIER_ROUND -> {
          sb.append("earlier round: ");
          appendScores(sb, ordered, inputs.earlierRound());
        }
        case PANEL_SCORE -> {
          sb.append("panel score: ");
          appendScores(sb, ordered, inputs.panel());
        }
        case SEEDED_DRAW ->
            sb.append("draw with seed \"")
                .append(inputs.drawSeed().orElse(""))
                .append("\": ")
                .append(String.join(" before ", ids(ordered)));
        case MANUAL -> sb.append("committee order: ").append(String.join(" before ", ids(ordered)));
      }
    }

    private List<String> ids(List<Integer> ordered) {
      List<String> out = new ArrayList<>();
      ordered.forEach(i -> out.add(id(i)));
      return out;
    }

    private void appendScores(StringBuilder sb, List<Integer> ordered, Map<String, BigDecimal> m) {
      for (int j = 0; j < ordered.size(); j++) {
        String id = id(ordered.get(j));
        sb.append(j == 0 ? "" : ", ").append(id).append(' ');
        BigDecimal v = m.get(id);
        sb.append(v == null ? "-" : v.toPlainString());
      }
    }

    /** A step's sort key for a candidate, lower first, or empty without data. */
    private Optional<BigDecimal> key(TieBreak step, int i) {
      String id = id(i);
      return switch (step) {
        case EARLIER_ROUND ->
            Optional.ofNullable(inputs.earlierRound().get(id)).map(BigDecimal::negate);
        case PANEL_SCORE -> Optional.ofNullable(inputs.panel().get(id)).map(BigDecimal::negate);
        case SEEDED_DRAW -> inputs.drawSeed().map(seed -> new BigDecimal(draw(seed, id)));
        case MANUAL -> {
          int at = inputs.manualOrder().indexOf(id);
          yield at < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(at));
        }
      };
    }
  }

  /** {@code SHA-256(seed + "\n" + id)} as an unsigned number. */
  static BigInteger draw(String seed, String candidate) {
    byte[] h = Round.sha256().digest((seed + "\n" + candidate).getBytes(StandardCharsets.UTF_8));
    return new BigInteger(1, h);
  }

  /** A candidate with a tie-break key. */
  private record Keyed(int index, String id, BigDecimal key) {}

  /** A tie being resolved. */
  private static final class TieDraft {
    final List<Integer> members;
    final List<List<Integer>> blocks = new ArrayList<>();
    final List<TieBreak> steps = new ArrayList<>();
    final StringBuilder explanation = new StringBuilder();

    TieDraft(List<Integer> members) {
      this.members = List.copyOf(members);
    }
  }
}
