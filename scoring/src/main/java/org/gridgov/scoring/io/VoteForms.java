package org.gridgov.scoring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gridgov.core.GridGovException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Candidate;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.Detectors;
import org.gridgov.scoring.vote.Finding;
import org.gridgov.scoring.vote.FlagKind;
import org.gridgov.scoring.vote.InvalidRoundException;
import org.gridgov.scoring.vote.MalformedBallot;
import org.gridgov.scoring.vote.RateLimit;
import org.gridgov.scoring.vote.RegionalSeats;
import org.gridgov.scoring.vote.RejectionReason;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanction;
import org.gridgov.scoring.vote.SanctionEntry;
import org.gridgov.scoring.vote.ScoreRule;
import org.gridgov.scoring.vote.SeatRules;
import org.gridgov.scoring.vote.TieBreak;
import org.gridgov.scoring.vote.VoteRules;
import org.gridgov.scoring.vote.VoterKey;
import org.jspecify.annotations.Nullable;

/**
 * The JSON forms of the vote's value types, shared by the readers, the writers and the Jackson
 * module: each type to a tree, and a tree back through the type's validating factory, with every
 * problem at its JSON path.
 *
 * <p>Why one file of about 700 lines: one form per vote type, each the pair of a writer and a
 * reader that must agree field for field; keeping the pairs side by side is what keeps them in
 * agreement.
 */
final class VoteForms {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String ROUND_FORMAT = "gridgov-vote-round/1";

  private static final Set<String> ROUND_FIELDS =
      Set.of(
          "format",
          "id",
          "name",
          "zone",
          "start",
          "end",
          "channels",
          "rules",
          "detectors",
          "seats",
          "scoring",
          "tieBreaks",
          "candidates");
  private static final Set<String> ROUND_REQUIRED =
      Set.of("id", "zone", "start", "end", "candidates");
  private static final Set<String> RULE_FIELDS =
      Set.of(
          "votesPerVoterPerDay",
          "votesPerCandidatePerDay",
          "choicesPerBallot",
          "minInterval",
          "perIp",
          "perDevice");
  private static final Set<String> LIMIT_FIELDS = Set.of("max", "window");
  private static final Set<String> DETECTOR_FIELDS =
      Set.of("ipBurst", "deviceBurst", "votersPerDevice", "candidateSurge");
  private static final Set<String> SURGE_FIELDS =
      Set.of("factor", "minBallots", "period", "baselinePeriods");
  private static final Set<String> SEAT_FIELDS = Set.of("count", "regions");
  private static final Set<String> REGION_FIELDS = Set.of("district", "min", "max");
  private static final Set<String> SCORING_FIELDS = Set.of("kind", "online", "panel", "bands");
  private static final Set<String> BAND_FIELDS = Set.of("minVotes", "points");
  private static final Set<String> CANDIDATE_FIELDS = Set.of("id", "name", "district", "grid");
  static final Set<String> BALLOT_FIELDS =
      Set.of("id", "voter", "choices", "at", "channel", "ip", "device");
  private static final Set<String> BALLOT_REQUIRED =
      Set.of("id", "voter", "choices", "at", "channel");
  private static final Set<String> SANCTION_FIELDS =
      Set.of("candidate", "sanction", "revoked", "decidedOn", "reason");

  private VoteForms() {}

  /** A factory call whose argument failures become a problem at the cursor. */
  static <T> Optional<T> make(JsonCursor at, Supplier<T> factory) {
    try {
      return Optional.of(factory.get());
    } catch (IllegalArgumentException | GridGovException e) {
      at.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  // ---- rounds ---------------------------------------------------------------------------------

  static ObjectNode round(Round r) {
    ObjectNode o = NODES.objectNode();
    o.put("format", ROUND_FORMAT);
    o.put("id", r.id());
    o.put("name", r.name());
    o.put("zone", r.zone().getId());
    o.put("start", r.start().toString());
    o.put("end", r.end().toString());
    ArrayNode channels = o.putArray("channels");
    r.channels().forEach(channels::add);
    VoteRules rules = r.rules();
    ObjectNode ro = o.putObject("rules");
    ro.put("votesPerVoterPerDay", rules.votesPerVoterPerDay());
    ro.put("votesPerCandidatePerDay", rules.votesPerCandidatePerDay());
    ro.put("choicesPerBallot", rules.choicesPerBallot());
    ro.put("minInterval", rules.minInterval().toString());
    rules.perIp().ifPresent(l -> ro.set("perIp", limit(l)));
    rules.perDevice().ifPresent(l -> ro.set("perDevice", limit(l)));
    Detectors d = r.detectors();
    ObjectNode dn = o.putObject("detectors");
    d.ipBurst().ifPresent(l -> dn.set("ipBurst", limit(l)));
    d.deviceBurst().ifPresent(l -> dn.set("deviceBurst", limit(l)));
    d.votersPerDevice().ifPresent(v -> dn.put("votersPerDevice", v));
    d.candidateSurge()
        .ifPresent(
            s -> {
              ObjectNode sn = dn.putObject("candidateSurge");
              sn.put("factor", s.factor());
              sn.put("minBallots", s.minBallots());
              sn.put("period", s.period().toString());
              sn.put("baselinePeriods", s.baselinePeriods());
            });
    ObjectNode seats = o.putObject("seats");
    seats.put("count", r.seats().seats());
    ArrayNode regions = seats.putArray("regions");
    for (RegionalSeats rs : r.seats().regions()) {
      ObjectNode rn = regions.addObject();
      rn.put("district", rs.district().toString());
      rn.put("min", rs.min());
      rn.put("max", rs.max());
    }
    o.set("scoring", scoring(r.scoring()));
    ArrayNode ties = o.putArray("tieBreaks");
    r.tieBreaks().forEach(t -> ties.add(t.name()));
    ArrayNode cands = o.putArray("candidates");
    for (Candidate c : r.candidates()) {
      cands.add(candidate(c));
    }
    return o;
  }

  static ObjectNode candidate(Candidate c) {
    ObjectNode cn = NODES.objectNode();
    cn.put("id", c.id());
    cn.put("name", c.name());
    cn.put("district", c.district().toString());
    cn.put("grid", c.grid().toString());
    return cn;
  }

  private static ObjectNode limit(RateLimit l) {
    ObjectNode n = NODES.objectNode();
    n.put("max", l.max());
    n.put("window", l.window().toString());
    return n;
  }

  private static ObjectNode scoring(ScoreRule rule) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", rule.kind().name());
    switch (rule.kind()) {
      case VOTES_ONLY -> {}
      case WEIGHTED -> {
        ScoreRule.Weighted w = (ScoreRule.Weighted) rule;
        n.put("online", w.onlineWeight());
        n.put("panel", w.panelWeight());
      }
      case BANDED -> {
        ScoreRule.Banded b = (ScoreRule.Banded) rule;
        n.put("panel", b.panelWeight());
        ArrayNode bands = n.putArray("bands");
        for (ScoreRule.Band band : b.bands()) {
          ObjectNode bn = bands.addObject();
          bn.put("minVotes", band.minVotes());
          bn.put("points", band.points());
        }
      }
    }
    return n;
  }

  static @Nullable Round round(JsonCursor root) {
    if (!root.expectObject(ROUND_FIELDS, ROUND_REQUIRED)) {
      return null;
    }
    JsonCursor format = root.field("format");
    format
        .string()
        .filter(f -> !f.equals(ROUND_FORMAT))
        .ifPresent(
            f ->
                format.problem(
                    ProblemKind.INVALID_VALUE,
                    "expected \"" + ROUND_FORMAT + "\", got " + JsonCursor.quote(f)));
    long before = root.problems().count();
    Optional<String> id = root.field("id").name();
    Optional<String> name = root.field("name").name();
    Optional<java.time.ZoneId> zone = root.field("zone").zone();
    Optional<Instant> start = root.field("start").instant();
    Optional<Instant> end = root.field("end").instant();
    List<String> channels = new ArrayList<>();
    for (JsonCursor c : root.field("channels").elements()) {
      c.name().ifPresent(channels::add);
    }
    Optional<VoteRules> rules = rules(root.field("rules"));
    Optional<Detectors> detectors = detectors(root.field("detectors"));
    Optional<SeatRules> seats = seats(root.field("seats"));
    Optional<ScoreRule> scoring = scoreRule(root.field("scoring"));
    List<TieBreak> ties = new ArrayList<>();
    boolean tiesGiven = root.field("tieBreaks").isPresent();
    for (JsonCursor t : root.field("tieBreaks").elements()) {
      t.enumValue(TieBreak.class).ifPresent(ties::add);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (JsonCursor c : root.field("candidates").elements()) {
      candidate(c).ifPresent(candidates::add);
    }
    if (root.problems().count() > before || id.isEmpty()) {
      return null;
    }
    Round.Builder b = Round.builder(id.get());
    name.ifPresent(b::name);
    if (zone.isPresent() && start.isPresent() && end.isPresent()) {
      b.window(start.get(), end.get(), zone.get());
    }
    b.channels(channels);
    rules.ifPresent(b::rules);
    detectors.ifPresent(b::detectors);
    seats.ifPresent(b::seats);
    scoring.ifPresent(b::scoring);
    if (tiesGiven) {
      b.tieBreaks(ties);
    }
    b.candidates(candidates);
    try {
      return b.build();
    } catch (InvalidRoundException e) {
      for (Problem p : e.problems()) {
        Location at = p.location();
        root.problems()
            .add(at instanceof Location.Element el ? p.withLocation(el.toJsonPath()) : p);
      }
      return null;
    }
  }

  static Optional<Candidate> candidate(JsonCursor c) {
    c.expectObject(CANDIDATE_FIELDS, CANDIDATE_FIELDS);
    Optional<String> id = c.field("id").name();
    Optional<String> name = c.field("name").name();
    Optional<String> district = c.field("district").name();
    Optional<String> grid = c.field("grid").name();
    if (id.isEmpty() || name.isEmpty() || district.isEmpty() || grid.isEmpty()) {
      return Optional.empty();
    }
    return make(c, () -> Candidate.of(id.get(), name.get(), district.get(), grid.get()));
  }

  private static Optional<RateLimit> limit(JsonCursor c) {
    if (c.isMissing()) {
      return Optional.empty();
    }
    c.expectObject(LIMIT_FIELDS, LIMIT_FIELDS);
    Optional<Integer> max = c.field("max").intValue(1, Integer.MAX_VALUE);
    Optional<Duration> window = c.field("window").duration();
    if (max.isEmpty() || window.isEmpty()) {
      return Optional.empty();
    }
    return make(c, () -> RateLimit.of(max.get(), window.get()));
  }

  private static Optional<VoteRules> rules(JsonCursor c) {
    if (c.isMissing()) {
      return Optional.empty();
    }
    c.expectObject(RULE_FIELDS, Set.of("votesPerVoterPerDay", "votesPerCandidatePerDay"));
    Optional<Integer> perVoter =
        c.field("votesPerVoterPerDay").intValue(1, VoteRules.MAX_VOTES_PER_DAY);
    Optional<Integer> perCandidate =
        c.field("votesPerCandidatePerDay").intValue(1, VoteRules.MAX_VOTES_PER_DAY);
    JsonCursor choicesAt = c.field("choicesPerBallot");
    Optional<Integer> choices = choicesAt.intValue(1, VoteRules.MAX_VOTES_PER_DAY);
    JsonCursor intervalAt = c.field("minInterval");
    Optional<Duration> interval = intervalAt.duration();
    JsonCursor ipAt = c.field("perIp");
    JsonCursor deviceAt = c.field("perDevice");
    Optional<RateLimit> ip = limit(ipAt);
    Optional<RateLimit> device = limit(deviceAt);
    if (perVoter.isEmpty()
        || perCandidate.isEmpty()
        || (choicesAt.isPresent() && choices.isEmpty())
        || (intervalAt.isPresent() && interval.isEmpty())
        || (ipAt.isPresent() && ip.isEmpty())
        || (deviceAt.isPresent() && device.isEmpty())) {
      return Optional.empty();
    }
    return make(
        c,
        () ->
            new VoteRules(
                perVoter.get(),
                perCandidate.get(),
                choices.orElse(1),
                interval.orElse(Duration.ZERO),
                ip,
                device));
  }

  private static Optional<Detectors> detectors(JsonCursor c) {
    if (c.isMissing()) {
      return Optional.empty();
    }
    c.expectObject(DETECTOR_FIELDS, Set.of());
    JsonCursor ipAt = c.field("ipBurst");
    JsonCursor deviceAt = c.field("deviceBurst");
    JsonCursor votersAt = c.field("votersPerDevice");
    JsonCursor surgeAt = c.field("candidateSurge");
    Optional<RateLimit> ip = limit(ipAt);
    Optional<RateLimit> device = limit(deviceAt);
    Optional<Integer> voters = votersAt.intValue(1, Integer.MAX_VALUE);
    Optional<Detectors.Surge> surge = Optional.empty();
    boolean ok = true;
    if (surgeAt.isPresent()) {
      surgeAt.expectObject(SURGE_FIELDS, SURGE_FIELDS);
      Optional<Integer> factor = surgeAt.field("factor").intValue(2, 1000);
      Optional<Integer> min = surgeAt.field("minBallots").intValue(1, Integer.MAX_VALUE);
      Optional<Duration> period = surgeAt.field("period").duration();
      Optional<Integer> base = surgeAt.field("baselinePeriods").intValue(1, 10_000);
      if (factor.isPresent() && min.isPresent() && period.isPresent() && base.isPresent()) {
        surge =
            make(
                surgeAt,
                () -> new Detectors.Surge(factor.get(), min.get(), period.get(), base.get()));
      }
      ok = surge.isPresent();
    }
    if (!ok
        || (ipAt.isPresent() && ip.isEmpty())
        || (deviceAt.isPresent() && device.isEmpty())
        || (votersAt.isPresent() && voters.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new Detectors(ip, device, voters, surge));
  }

  private static Optional<SeatRules> seats(JsonCursor c) {
    if (c.isMissing()) {
      return Optional.empty();
    }
    c.expectObject(SEAT_FIELDS, Set.of("count"));
    Optional<Integer> count = c.field("count").intValue(1, 1_000_000);
    List<RegionalSeats> regions = new ArrayList<>();
    boolean ok = true;
    for (JsonCursor r : c.field("regions").elements()) {
      r.expectObject(REGION_FIELDS, REGION_FIELDS);
      Optional<String> district = r.field("district").name();
      Optional<Integer> min = r.field("min").intValue(0, 1_000_000);
      Optional<Integer> max = r.field("max").intValue(0, 1_000_000);
      Optional<RegionalSeats> rs = Optional.empty();
      if (district.isPresent() && min.isPresent() && max.isPresent()) {
        if (max.get() < min.get()) {
          r.field("max")
              .problem(
                  ProblemKind.CONFLICT,
                  "the maximum " + max.get() + " is below the minimum " + min.get());
        } else {
          rs = make(r, () -> RegionalSeats.of(district.get(), min.get(), max.get()));
        }
      }
      rs.ifPresent(regions::add);
      ok &= rs.isPresent();
    }
    if (count.isEmpty() || !ok) {
      return Optional.empty();
    }
    return Optional.of(new SeatRules(count.get(), regions));
  }

  private static Optional<ScoreRule> scoreRule(JsonCursor c) {
    if (c.isMissing()) {
      return Optional.empty();
    }
    c.expectObject(SCORING_FIELDS, Set.of("kind"));
    Optional<ScoreRule.Kind> kind = c.field("kind").enumValue(ScoreRule.Kind.class);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    if (kind.get() == ScoreRule.Kind.VOTES_ONLY) {
      return Optional.of(ScoreRule.votesOnly());
    }
    if (kind.get() == ScoreRule.Kind.WEIGHTED) {
      {
        Optional<BigDecimal> online = c.field("online").required().flatMap(JsonCursor::decimal);
        Optional<BigDecimal> panel = c.field("panel").required().flatMap(JsonCursor::decimal);
        if (online.isEmpty() || panel.isEmpty()) {
          return Optional.empty();
        }
        if (online.get().add(panel.get()).compareTo(BigDecimal.valueOf(100)) != 0) {
          c.problem(
              ProblemKind.INCONSISTENT_TOTAL,
              "the online and panel weights add up to "
                  + online.get().add(panel.get()).toPlainString()
                  + ", not 100");
          return Optional.empty();
        }
        return make(c, () -> new ScoreRule.Weighted(online.get(), panel.get()));
      }
    }
    {
      Optional<BigDecimal> panel = c.field("panel").decimal();
      List<ScoreRule.Band> bands = new ArrayList<>();
      boolean ok = true;
      List<JsonCursor> list =
          c.field("bands").required().map(JsonCursor::elements).orElse(List.of());
      for (int i = 0; i < list.size(); i++) {
        JsonCursor b = list.get(i);
        b.expectObject(BAND_FIELDS, BAND_FIELDS);
        Optional<Long> min = b.field("minVotes").integer(0, Long.MAX_VALUE);
        Optional<BigDecimal> points = b.field("points").decimal();
        if (min.isEmpty() || points.isEmpty()) {
          ok = false;
          continue;
        }
        if (i == 0 && min.get() != 0) {
          b.field("minVotes")
              .problem(
                  ProblemKind.GAP,
                  "the first band starts at "
                      + min.get()
                      + " votes, leaving 0.."
                      + (min.get() - 1)
                      + " without points");
          ok = false;
        }
        if (!bands.isEmpty() && min.get() <= bands.get(bands.size() - 1).minVotes()) {
          b.field("minVotes")
              .problem(
                  ProblemKind.OVERLAP,
                  "band thresholds rise strictly: "
                      + min.get()
                      + " after "
                      + bands.get(bands.size() - 1).minVotes());
          ok = false;
        }
        Optional<ScoreRule.Band> band = make(b, () -> new ScoreRule.Band(min.get(), points.get()));
        band.ifPresent(bands::add);
        ok &= band.isPresent();
      }
      if (!ok || list.isEmpty()) {
        if (list.isEmpty() && c.field("bands").isPresent()) {
          c.field("bands").problem(ProblemKind.MISSING_FIELD, "at least one band");
        }
        return Optional.empty();
      }
      return make(c, () -> new ScoreRule.Banded(bands, panel.orElse(BigDecimal.ZERO)));
    }
  }

  // ---- ballots --------------------------------------------------------------------------------

  static ObjectNode ballot(Ballot b) {
    ObjectNode o = NODES.objectNode();
    o.put("id", b.id());
    o.put("voter", b.voter().toString());
    ArrayNode choices = o.putArray("choices");
    b.choices().forEach(choices::add);
    o.put("at", b.at().toString());
    o.put("channel", b.channel());
    b.ip().ifPresent(v -> o.put("ip", v));
    b.device().ifPresent(v -> o.put("device", v));
    return o;
  }

  static Optional<Ballot> ballot(JsonCursor c) {
    if (!c.expectObject(BALLOT_FIELDS, BALLOT_REQUIRED)) {
      return Optional.empty();
    }
    return ballotFields(c, c.field("id"));
  }

  /** The ballot of an object whose id is at {@code idAt} (the decision log calls it "ballot"). */
  static Optional<Ballot> ballotFields(JsonCursor c, JsonCursor idAt) {
    Optional<String> id = idAt.name();
    Optional<VoterKey> voter = c.field("voter").parsed("32 hex digits", VoterKey::parse);
    List<String> choices = new ArrayList<>();
    boolean ok = true;
    JsonCursor choicesAt = c.field("choices");
    for (JsonCursor ch : choicesAt.elements()) {
      Optional<String> v = ch.name();
      v.ifPresent(choices::add);
      ok &= v.isPresent();
    }
    Optional<Instant> at = c.field("at").instant();
    Optional<String> channel = c.field("channel").name();
    JsonCursor ipAt = c.field("ip");
    JsonCursor deviceAt = c.field("device");
    Optional<String> ip = ipAt.string();
    Optional<String> device = deviceAt.string();
    if (!ok
        || id.isEmpty()
        || voter.isEmpty()
        || at.isEmpty()
        || channel.isEmpty()
        || (ipAt.isPresent() && ip.isEmpty())
        || (deviceAt.isPresent() && device.isEmpty())) {
      return Optional.empty();
    }
    // no choices is a problem of the field, too many or a repeated one of the ballot's form
    return make(
        choices.isEmpty() ? choicesAt : c,
        () -> new Ballot(id.get(), voter.get(), choices, at.get(), channel.get(), ip, device));
  }

  // ---- decisions ------------------------------------------------------------------------------

  static ObjectNode decision(Decision d) {
    ObjectNode o = NODES.objectNode();
    if (d.submission() instanceof Ballot b) {
      o.put("ballot", b.id());
      o.put("voter", b.voter().toString());
      ArrayNode choices = o.putArray("choices");
      b.choices().forEach(choices::add);
      o.put("at", b.at().toString());
      o.put("channel", b.channel());
    } else {
      MalformedBallot m = (MalformedBallot) d.submission();
      o.put("line", m.line());
      o.put("column", m.column());
      o.put("problem", m.problem().kind().name());
    }
    o.put("decision", d.kind().name());
    d.reason().ifPresent(r -> o.put("reason", r.name()));
    d.flag().ifPresent(f -> o.put("flag", f.name()));
    String detail =
        d.submission() instanceof MalformedBallot m
            ? m.problem().message()
            : d instanceof Decision.Rejected r ? r.detail() : "";
    if (!detail.isEmpty()) {
      o.put("detail", detail);
    }
    return o;
  }

  static final Set<String> DECISION_FIELDS =
      Set.of(
          "ballot",
          "voter",
          "choices",
          "at",
          "channel",
          "line",
          "column",
          "problem",
          "decision",
          "reason",
          "flag",
          "detail");

  static Optional<Decision> decision(JsonCursor c) {
    if (!c.expectObject(DECISION_FIELDS, Set.of("decision"))) {
      return Optional.empty();
    }
    Optional<Decision.Kind> kind = c.field("decision").enumValue(Decision.Kind.class);
    JsonCursor reasonAt = c.field("reason");
    Optional<RejectionReason> reason = reasonAt.enumValue(RejectionReason.class);
    JsonCursor flagAt = c.field("flag");
    Optional<FlagKind> flag = flagAt.enumValue(FlagKind.class);
    String detail = c.field("detail").string().orElse("");
    if (kind.isEmpty()
        || (reasonAt.isPresent() && reason.isEmpty())
        || (flagAt.isPresent() && flag.isEmpty())) {
      return Optional.empty();
    }
    if ((kind.get() == Decision.Kind.REJECTED) != reason.isPresent()) {
      c.field("reason")
          .problem(
              kind.get() == Decision.Kind.REJECTED
                  ? ProblemKind.MISSING_FIELD
                  : ProblemKind.INVALID_VALUE,
              "a rejected decision has a reason and an accepted one has none");
      return Optional.empty();
    }
    if (c.field("ballot").isMissing()) {
      Optional<Integer> line =
          c.field("line").required().flatMap(x -> x.intValue(1, Integer.MAX_VALUE));
      Optional<Integer> column = c.field("column").intValue(0, Integer.MAX_VALUE);
      Optional<ProblemKind> problem =
          c.field("problem").required().flatMap(x -> x.enumValue(ProblemKind.class));
      if (line.isEmpty() || problem.isEmpty()) {
        return Optional.empty();
      }
      if (reason.orElse(null) != RejectionReason.MALFORMED) {
        c.field("reason")
            .problem(ProblemKind.INVALID_VALUE, "a malformed line is rejected as MALFORMED");
        return Optional.empty();
      }
      MalformedBallot m =
          MalformedBallot.of(
              problem.get(),
              Location.text(line.get(), column.orElse(0)),
              detail.isEmpty() ? "malformed" : detail);
      return Optional.of(new Decision.Rejected(m, RejectionReason.MALFORMED, Optional.empty(), ""));
    }
    Optional<Ballot> ballot = ballotFields(c, c.field("ballot"));
    if (ballot.isEmpty()) {
      return Optional.empty();
    }
    if (kind.get() == Decision.Kind.ACCEPTED) {
      return make(c, () -> new Decision.Accepted(ballot.get(), flag));
    }
    return make(c, () -> new Decision.Rejected(ballot.get(), reason.orElseThrow(), flag, detail));
  }

  // ---- sanctions, findings, counts -------------------------------------------------------------

  static ObjectNode sanction(SanctionEntry e) {
    ObjectNode o = NODES.objectNode();
    o.put("candidate", e.candidate());
    o.put("sanction", e.sanction().name());
    o.put("revoked", e.revoked());
    o.put("decidedOn", e.decidedOn().toString());
    o.put("reason", e.reason());
    return o;
  }

  static Optional<SanctionEntry> sanction(JsonCursor c) {
    c.expectObject(SANCTION_FIELDS, Set.of("candidate", "sanction", "decidedOn", "reason"));
    Optional<String> candidate = c.field("candidate").name();
    Optional<Sanction> sanction = c.field("sanction").enumValue(Sanction.class);
    boolean revoked = c.field("revoked").bool().orElse(false);
    Optional<java.time.LocalDate> on = c.field("decidedOn").date();
    Optional<String> reason = c.field("reason").name();
    if (candidate.isEmpty() || sanction.isEmpty() || on.isEmpty() || reason.isEmpty()) {
      return Optional.empty();
    }
    return make(
        c,
        () -> new SanctionEntry(candidate.get(), sanction.get(), revoked, on.get(), reason.get()));
  }

  static ObjectNode finding(Finding f) {
    ObjectNode o = NODES.objectNode();
    o.put("number", f.number());
    o.put("detector", f.detector().name());
    o.put("kind", f.kind().name());
    o.put("subject", f.subject());
    o.put("from", f.from().toString());
    o.put("to", f.to().toString());
    o.put("ballots", f.ballots());
    o.put("voters", f.voters());
    f.topCandidate().ifPresent(t -> o.put("topCandidate", t));
    o.put("topCandidateBallots", f.topCandidateBallots());
    o.put("evidence", f.evidence());
    return o;
  }

  static ObjectNode rejections(Map<RejectionReason, Long> rejected) {
    ObjectNode o = NODES.objectNode();
    rejected.forEach((r, n) -> o.put(r.name(), n));
    return o;
  }

  static ObjectNode count(Count count) {
    ObjectNode o = NODES.objectNode();
    o.put("round", count.round());
    o.put("roundFingerprint", count.roundFingerprint());
    o.put("digest", count.digest().hex());
    ObjectNode totals = o.putObject("totals");
    totals.put("received", count.totals().received());
    totals.put("accepted", count.totals().accepted());
    totals.set("rejected", rejections(count.totals().rejected()));
    ObjectNode channels = o.putObject("channels");
    count.channels().forEach(channels::put);
    ArrayNode lines = o.putArray("candidates");
    count
        .candidates()
        .forEach(
            c -> {
              ObjectNode l = lines.addObject();
              l.put("candidate", c.candidate());
              l.put("received", c.received());
              l.put("accepted", c.accepted());
              l.set("rejected", rejections(c.rejected()));
              l.put("flagged", c.flagged());
            });
    return o;
  }

  static JsonNode text(String s) {
    return NODES.textNode(s);
  }
}
