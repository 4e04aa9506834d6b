package org.gridgov.scoring.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridgov.core.Problem;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.core.io.internal.RecordJackson;
import org.gridgov.scoring.vote.AuditDigest;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Candidate;
import org.gridgov.scoring.vote.CandidateCount;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.Detectors;
import org.gridgov.scoring.vote.Finding;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.RateLimit;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.SanctionEntry;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.ScoreRule;
import org.gridgov.scoring.vote.Standing;
import org.gridgov.scoring.vote.VoteResult;
import org.gridgov.scoring.vote.VoteRules;
import org.gridgov.scoring.vote.VoterKey;

/**
 * The vote's value types in the Jackson module, in the documented forms: voter keys and digests as
 * strings; candidates, rounds, ballots, decisions, sanction entries and sanctions as in the round
 * file, ballot files and decision log; result inputs as in {@link ResultInputsJson}; counts and
 * results as written by {@link ResultJson} (written only); findings in that form too, read back; a
 * quarantine as {@code {"findings": [...], "flags": [...]}} of its findings and entries, read back
 * through its builder. The round's parts (vote rules, rate limits, detectors, surge rules, score
 * rules with their {@code kind}) and standings both ways in the plain record form of the other
 * gridgov modules: components by name, empty optionals left out, ISO-8601 durations. Reading goes
 * through the validating factories; a problem fails with a {@link JsonMappingException} naming
 * every problem.
 */
final class VoteJackson {
  /** One line per value, as the line formats write. */
  static final ObjectMapper COMPACT = JsonMapper.builder().build();

  private VoteJackson() {}

  static void register(SimpleModule module) {
    module.addSerializer(VoterKey.class, writer(VoterKey.class, k -> VoteForms.text(k.toString())));
    module.addDeserializer(
        VoterKey.class, reader(VoterKey.class, c -> c.parsed("32 hex digits", VoterKey::parse)));
    module.addSerializer(
        AuditDigest.class, writer(AuditDigest.class, d -> VoteForms.text(d.hex())));
    module.addDeserializer(
        AuditDigest.class,
        reader(AuditDigest.class, c -> c.parsed("64 lowercase hex digits", AuditDigest::parse)));
    module.addSerializer(Candidate.class, writer(Candidate.class, VoteForms::candidate));
    module.addDeserializer(Candidate.class, reader(Candidate.class, VoteForms::candidate));
    module.addSerializer(Round.class, writer(Round.class, VoteForms::round));
    module.addDeserializer(
        Round.class, reader(Round.class, c -> Optional.ofNullable(VoteForms.round(c))));
    module.addSerializer(Ballot.class, writer(Ballot.class, VoteForms::ballot));
    module.addDeserializer(Ballot.class, reader(Ballot.class, VoteForms::ballot));
    module.addSerializer(Decision.class, writer(Decision.class, VoteForms::decision));
    module.addDeserializer(Decision.class, reader(Decision.class, VoteForms::decision));
    module.addSerializer(SanctionEntry.class, writer(SanctionEntry.class, VoteForms::sanction));
    module.addDeserializer(SanctionEntry.class, reader(SanctionEntry.class, VoteForms::sanction));
    module.addSerializer(
        Sanctions.class,
        writer(
            Sanctions.class,
            s -> {
              ArrayNode a = VoteForms.NODES.arrayNode();
              s.entries().forEach(e -> a.add(VoteForms.sanction(e)));
              return a;
            }));
    module.addDeserializer(Sanctions.class, reader(Sanctions.class, VoteJackson::sanctions));
    module.addSerializer(Finding.class, writer(Finding.class, VoteForms::finding));
    module.addDeserializer(Finding.class, RecordJackson.reader(Finding.class, Set.of("kind")));
    RecordJackson.record(module, Quarantine.Entry.class);
    RecordJackson.record(module, Quarantine.Flag.class);
    module.addSerializer(Quarantine.class, new QuarantineSerializer());
    module.addDeserializer(Quarantine.class, new QuarantineDeserializer());
    module.addSerializer(ResultInputs.class, writer(ResultInputs.class, ResultInputsJson::tree));
    module.addDeserializer(
        ResultInputs.class,
        reader(ResultInputs.class, c -> Optional.ofNullable(ResultInputsJson.convert(c))));
    RecordJackson.record(module, VoteRules.class);
    RecordJackson.record(module, RateLimit.class);
    RecordJackson.record(module, Detectors.class);
    RecordJackson.record(module, Detectors.Surge.class);
    RecordJackson.sealed(module, ScoreRule.class);
    RecordJackson.record(module, ScoreRule.Band.class);
    RecordJackson.record(module, CandidateCount.class);
    RecordJackson.record(module, Standing.class);
    module.addSerializer(Count.class, writer(Count.class, VoteForms::count));
    module.addSerializer(VoteResult.class, writer(VoteResult.class, ResultJson::tree));
  }

  /** {@code {"findings": [...], "flags": [...]}}: the findings and the entries. */
  private static final class QuarantineSerializer extends StdSerializer<Quarantine> {
    private static final long serialVersionUID = 1L;

    QuarantineSerializer() {
      super(Quarantine.class);
    }

    @Override
    public void serialize(Quarantine q, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("findings");
      provider.defaultSerializeValue(q.findings(), gen);
      gen.writeFieldName("flags");
      provider.defaultSerializeValue(q.entries(), gen);
      gen.writeEndObject();
    }
  }

  /** Rebuilds a quarantine through its builder's checks. */
  private static final class QuarantineDeserializer extends StdDeserializer<Quarantine> {
    private static final long serialVersionUID = 1L;

    QuarantineDeserializer() {
      super(Quarantine.class);
    }

    @Override
    public Quarantine deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = RecordJackson.tree(p);
      if (!n.isObject()
          || !n.path("findings").isArray()
          || !n.path("flags").isArray()
          || n.size() != 2) {
        throw MismatchedInputException.from(
            p,
            Quarantine.class,
            "a quarantine is an object with the arrays findings and flags, got "
                + JsonCursor.describe(n));
      }
      Quarantine.Builder b = Quarantine.builder();
      try {
        for (JsonNode f : n.get("findings")) {
          b.addFinding(ctxt.readTreeAsValue(element(p, f, "findings"), Finding.class));
        }
        for (JsonNode e : n.get("flags")) {
          b.flag(ctxt.readTreeAsValue(element(p, e, "flags"), Quarantine.Entry.class));
        }
        return b.build();
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw RecordJackson.refused(
            p, Quarantine.class, "invalid Quarantine: " + e.getMessage(), e);
      }
    }
  }

  /** An element of a quarantine's arrays, which is an object. */
  private static JsonNode element(JsonParser p, JsonNode e, String array) throws IOException {
    if (!e.isObject()) {
      throw MismatchedInputException.from(
          p,
          Quarantine.class,
          "a quarantine's " + array + " are objects, got " + JsonCursor.describe(e));
    }
    return e;
  }

  private static Optional<Sanctions> sanctions(JsonCursor c) {
    List<SanctionEntry> entries = new ArrayList<>();
    if (!c.node().isArray()) {
      c.problem(
          org.gridgov.core.ProblemKind.INVALID_VALUE,
          "expected an array of sanction entries, got " + JsonCursor.describe(c.node()));
      return Optional.empty();
    }
    boolean ok = true;
    for (JsonCursor e : c.elements()) {
      Optional<SanctionEntry> entry = VoteForms.sanction(e);
      entry.ifPresent(entries::add);
      ok &= entry.isPresent();
    }
    return ok ? VoteForms.make(c, () -> Sanctions.of(entries)) : Optional.empty();
  }

  private static <T> StdSerializer<T> writer(Class<T> type, Function<T, JsonNode> form) {
    return new StdSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeTree(form.apply(value));
      }
    };
  }

  private static <T> StdDeserializer<T> reader(
      Class<T> type, Function<JsonCursor, Optional<T>> form) {
    return new StdDeserializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = RecordJackson.tree(p);
        ProblemList problems = new ProblemList(100);
        Optional<T> value =
            form.apply(JsonCursor.root(node, problems, RoundJson.DEFAULT_LIMITS.maxElements()));
        if (!problems.isEmpty() || value.isEmpty()) {
          String list =
              problems.kept().stream().map(Problem::toString).collect(Collectors.joining("; "));
          throw JsonMappingException.from(
              p, "invalid " + type.getSimpleName() + ": " + (list.isEmpty() ? "no value" : list));
        }
        return value.get();
      }
    };
  }
}
