package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.TreeFormat;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.SanctionEntry;
import org.gridgov.scoring.vote.Sanctions;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of {@link ResultInputs}, {@code gridgov-vote-inputs/1}: what a result needs beyond
 * the count, every field optional.
 *
 * <pre>{@code
 * {
 *   "format": "gridgov-vote-inputs/1",
 *   "panel": {"zq-01": 92.5, "zq-02": 88},
 *   "earlierRound": {"zq-01": 71.25},
 *   "drawSeed": "2022-12-20 福彩3D 第2022341期 5 0 8",
 *   "manualOrder": ["zq-02", "zq-01"],
 *   "sanctions": [{"candidate": "lb-05", "sanction": "REMOVE_FLAGGED_VOTES", "revoked": false,
 *                  "decidedOn": "2022-12-31", "reason": "finding 2: 566 ballots from one IP"}]
 * }
 * }</pre>
 *
 * <p>Scores are decimal numbers (panel scores 0 to 100); sanction entries are in the order decided.
 * Every problem is reported with its JSON path ({@link InvalidResultInputsException}).
 */
public final class ResultInputsJson {
  /** The format's name. */
  public static final String FORMAT = "gridgov-vote-inputs/1";

  private static final Set<String> FIELDS =
      Set.of("format", "panel", "earlierRound", "drawSeed", "manualOrder", "sanctions");
  private static final ObjectMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final Reading DEFAULT = new Reading(ReadLimits.SMALL_DOCUMENT);

  private ResultInputsJson() {}

  /**
   * The reader with {@link ReadLimits#SMALL_DOCUMENT} limits.
   *
   * @return the reader
   */
  public static Reading reader() {
    return DEFAULT;
  }

  /**
   * The inputs as JSON, indented.
   *
   * @param inputs the inputs
   * @return the JSON text
   */
  public static String write(ResultInputs inputs) {
    ObjectNode o = tree(checkNotNull(inputs, "inputs"));
    try {
      return PRETTY.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(ResultInputs inputs) {
    ObjectNode o = VoteForms.NODES.objectNode();
    o.put("format", FORMAT);
    ObjectNode panel = o.putObject("panel");
    inputs.panel().forEach(panel::put);
    ObjectNode earlier = o.putObject("earlierRound");
    inputs.earlierRound().forEach(earlier::put);
    inputs.drawSeed().ifPresent(s -> o.put("drawSeed", s));
    ArrayNode manual = o.putArray("manualOrder");
    inputs.manualOrder().forEach(manual::add);
    ArrayNode sanctions = o.putArray("sanctions");
    inputs.sanctions().entries().forEach(e -> sanctions.add(VoteForms.sanction(e)));
    return o;
  }

  static @Nullable ResultInputs convert(JsonCursor root) {
    if (!root.expectObject(FIELDS, Set.of())) {
      return null;
    }
    long before = root.problems().count();
    JsonCursor format = root.field("format");
    format
        .string()
        .filter(f -> !f.equals(FORMAT))
        .ifPresent(
            f ->
                format.problem(
                    ProblemKind.INVALID_VALUE,
                    "expected \"" + FORMAT + "\", got " + JsonCursor.quote(f)));
    Map<String, BigDecimal> panel = scores(root.field("panel"));
    Map<String, BigDecimal> earlier = scores(root.field("earlierRound"));
    Optional<String> seed = root.field("drawSeed").name();
    List<String> manual = new ArrayList<>();
    for (JsonCursor c : root.field("manualOrder").elements()) {
      c.name().ifPresent(manual::add);
    }
    List<SanctionEntry> entries = new ArrayList<>();
    for (JsonCursor c : root.field("sanctions").elements()) {
      VoteForms.sanction(c).ifPresent(entries::add);
    }
    if (root.problems().count() > before) {
      return null;
    }
    Optional<Sanctions> sanctions =
        VoteForms.make(root.field("sanctions"), () -> Sanctions.of(entries));
    if (sanctions.isEmpty()) {
      return null;
    }
    return VoteForms.make(
            root, () -> new ResultInputs(panel, earlier, seed, manual, sanctions.get()))
        .orElse(null);
  }

  private static Map<String, BigDecimal> scores(JsonCursor c) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (JsonCursor.Named f : c.fields()) {
      f.value().decimal().ifPresent(v -> out.put(f.name(), v));
      if (f.value().isMissing()) {
        f.value().problem(ProblemKind.MISSING_FIELD, "a score is a number");
      }
    }
    return out;
  }

  /** Reads the form; immutable and thread-safe. */
  public static final class Reading implements FormatReader<ResultInputs> {
    private final TreeFormat<ResultInputs, InvalidResultInputsException> format;

    private Reading(ReadLimits limits) {
      this.format =
          new TreeFormat<>(limits, ResultInputsJson::convert, InvalidResultInputsException::new);
    }

    @Override
    public ReadLimits limits() {
      return format.limits();
    }

    @Override
    public Reading withLimits(ReadLimits limits) {
      return new Reading(checkNotNull(limits, "limits"));
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidResultInputsException listing every problem
     */
    @Override
    public ResultInputs read(String text) {
      return format.read(text);
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidResultInputsException listing every problem
     */
    @Override
    public ResultInputs read(Reader in) throws IOException {
      return format.read(in);
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidResultInputsException listing every problem
     */
    @Override
    public ResultInputs read(InputStream in) throws IOException {
      return format.read(in);
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidResultInputsException listing every problem
     */
    @Override
    public ResultInputs read(Path file) throws IOException {
      return format.read(file);
    }
  }
}
