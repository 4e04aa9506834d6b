package org.gridgov.scoring.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.core.io.internal.RecordJackson;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.AssessmentSet;
import org.gridgov.scoring.rating.Gate;
import org.gridgov.scoring.rating.GateCondition;
import org.gridgov.scoring.rating.InvalidAssessmentException;
import org.gridgov.scoring.rating.InvalidRubricException;
import org.gridgov.scoring.rating.ItemScore;
import org.gridgov.scoring.rating.Points;
import org.gridgov.scoring.rating.Rating;
import org.gridgov.scoring.rating.Reason;
import org.gridgov.scoring.rating.RoundEntry;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.Shortfall;
import org.gridgov.scoring.rating.StarBand;
import org.gridgov.scoring.rating.StarLimit;
import org.gridgov.scoring.rating.Summary;
import org.gridgov.scoring.rating.TraceStep;
import org.gridgov.scoring.rating.Veto;
import org.gridgov.scoring.rating.VetoEffect;
import org.gridgov.scoring.rating.WeakCondition;
import org.gridgov.scoring.rating.WeakTrigger;
import org.jspecify.annotations.Nullable;

/**
 * The rating types in the Jackson module: {@link Points}, {@link Rubric}, {@link Assessment} and
 * {@link AssessmentSet} both ways, {@link Rating}, {@link RoundEntry}, {@link Summary} and {@link
 * RoundResult} written — in the same forms as {@link RubricJson}, {@link AssessmentJson} and {@link
 * RatingJson}. Reading goes through the same validating converters; refused input becomes a {@link
 * JsonMappingException} whose cause is the format's {@link InvalidInputException} with every
 * problem. A rubric's and a rating's parts (star bands, gates, vetoes, weak triggers, item scores,
 * trace steps, shortfalls, and the sealed gate conditions, veto effects, star limits and weak
 * conditions with their {@code kind}) both ways in the plain record form of the other gridgov
 * modules: components by name, empty optionals left out, read through the records' checks.
 */
final class RatingJackson {
  private RatingJackson() {}

  static void register(SimpleModule module) {
    RecordJackson.record(module, StarBand.class);
    RecordJackson.record(module, Summary.StarCount.class);
    RecordJackson.record(module, Gate.class);
    RecordJackson.record(module, Veto.class);
    RecordJackson.record(module, WeakTrigger.class);
    RecordJackson.record(module, ItemScore.class);
    RecordJackson.record(module, TraceStep.class);
    RecordJackson.record(module, Shortfall.class);
    RecordJackson.record(module, Assessment.Deduction.class);
    RecordJackson.record(module, Reason.class);
    RecordJackson.sealed(module, GateCondition.class);
    RecordJackson.sealed(module, VetoEffect.class);
    RecordJackson.sealed(module, StarLimit.class);
    RecordJackson.sealed(module, WeakCondition.class);
    module.addSerializer(
        Points.class, new Writing<>(Points.class, (g, p) -> g.writeNumber(p.toBigDecimal())));
    module.addDeserializer(Points.class, new PointsDeserializer());
    module.addSerializer(Rubric.class, new Writing<>(Rubric.class, Writers::rubric));
    module.addDeserializer(
        Rubric.class,
        new TreeDeserializer<>(Rubric.class, RubricTree::convert, InvalidRubricException::new));
    module.addSerializer(Assessment.class, new Writing<>(Assessment.class, Writers::assessment));
    module.addDeserializer(
        Assessment.class,
        new TreeDeserializer<>(
            Assessment.class,
            root -> AssessmentTree.assessment(root).orElse(null),
            InvalidAssessmentException::new));
    module.addSerializer(
        AssessmentSet.class, new Writing<>(AssessmentSet.class, Writers::assessments));
    module.addDeserializer(
        AssessmentSet.class,
        new TreeDeserializer<>(
            AssessmentSet.class,
            root -> AssessmentTree.convert(root, null),
            InvalidAssessmentException::new));
    module.addSerializer(Rating.class, new Writing<>(Rating.class, Writers::rating));
    module.addSerializer(RoundEntry.class, new Writing<>(RoundEntry.class, Writers::entry));
    module.addSerializer(Summary.class, new Writing<>(Summary.class, Writers::summary));
    module.addSerializer(
        RoundResult.class,
        new Writing<>(RoundResult.class, (g, r) -> Writers.round(g, r, Map.of())));
  }

  /** Writes one value with the generator. */
  private interface Write<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static final class Writing<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // method references of this class; the module is not serialized
    private final Write<T> write;

    Writing(Class<T> type, Write<T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write.write(g, value);
    }
  }

  private static final class PointsDeserializer extends StdDeserializer<Points> {
    private static final long serialVersionUID = 1L;

    PointsDeserializer() {
      super(Points.class);
    }

    @Override
    public Points deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
        throw JsonMappingException.from(p, "expected points as a JSON number such as 2.5");
      }
      try {
        return Points.of(p.getDecimalValue());
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, String.valueOf(e.getMessage()), e);
      }
    }
  }

  /** Converts a tree. */
  private interface Convert<T> {
    @Nullable T convert(JsonCursor root);
  }

  private static final class TreeDeserializer<T, X extends InvalidInputException>
      extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // method references; the module is not serialized
    private final Convert<T> convert;

    @SuppressWarnings("serial")
    private final ProblemList.Failure<X> failure;

    TreeDeserializer(Class<T> type, Convert<T> convert, ProblemList.Failure<X> failure) {
      super(type);
      this.convert = convert;
      this.failure = failure;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = RecordJackson.tree(p);
      ReadLimits limits = ReadLimits.SMALL_DOCUMENT.withMaxElements(Integer.MAX_VALUE);
      ProblemList problems = ProblemList.of(limits);
      T value =
          node == null
              ? null
              : convert.convert(JsonCursor.root(node, problems, limits.maxElements()));
      if (!problems.isEmpty()) {
        X e = problems.failure(failure);
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
      return Optional.ofNullable(value)
          .orElseThrow(() -> JsonMappingException.from(p, "no value for " + handledType()));
    }
  }
}
