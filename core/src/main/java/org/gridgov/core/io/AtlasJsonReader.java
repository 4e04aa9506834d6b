package org.gridgov.core.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.Atlas;
import org.gridgov.core.GridCodeScheme;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonTrees;
import org.gridgov.core.io.internal.TextInput;

/**
 * Reads atlases in the JSON form ({@link AtlasJson}) with limits and grid code schemes of the
 * caller's choice; {@link AtlasJson#reader()} has the defaults.
 *
 * <pre>{@code
 * Atlas atlas = AtlasJson.reader()
 *     .withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxInputLength(2L << 30))   // 2 GiB
 *     .withGridCodeScheme(new CjT349Scheme())        // "gridCodeScheme": "cjt349"
 *     .read(Path.of("china.atlas.json"));
 * }</pre>
 *
 * <p>Any limit exceeded stops reading with an {@link InvalidAtlasException} whose last problem is
 * {@link ProblemKind#INPUT_TOO_LARGE} at the JSON path (and line and column) where it happened: the
 * input length (bytes for byte input and files, characters for text, exact), nesting depth, the
 * length of a string or field name, and the elements of any one array. Problems beyond {@link
 * ReadLimits#maxProblems()} are only counted; once that many are found, the reader stops holding
 * elements, so memory stays bounded however bad the input.
 *
 * <p>Instances are immutable and thread-safe if the scheme resolver is.
 */
public final class AtlasJsonReader implements FormatReader<Atlas> {
  /**
   * The default limits: 512 MiB of input, depth 32, strings of 65,536 characters, 10,000,000
   * elements per array, 1,000 problems.
   */
  public static final ReadLimits DEFAULT_LIMITS =
      new ReadLimits(512L * 1024 * 1024, 32, 65_536, 10_000_000, ReadLimits.DEFAULT_MAX_PROBLEMS);

  static final AtlasJsonReader DEFAULT =
      new AtlasJsonReader(DEFAULT_LIMITS, AtlasJsonReader::noCustomScheme);

  private final ReadLimits limits;
  private final Function<String, Optional<GridCodeScheme>> schemes;
  private final JsonTrees json;

  private AtlasJsonReader(ReadLimits limits, Function<String, Optional<GridCodeScheme>> schemes) {
    this.limits = limits;
    this.schemes = schemes;
    this.json = new JsonTrees(limits);
  }

  @Override
  public ReadLimits limits() {
    return limits;
  }

  @Override
  public AtlasJsonReader withLimits(ReadLimits newLimits) {
    return new AtlasJsonReader(checkNotNull(newLimits, "newLimits"), schemes);
  }

  /**
   * A reader that resolves the names of grid code schemes other than the built-in {@code
   * standard-1} to {@code standard-6} with a function, replacing any resolver set before. The
   * function must return a scheme whose {@link GridCodeScheme#name()} is the name asked for.
   *
   * @param resolver scheme name → scheme, or empty if unknown
   * @return a reader with that resolver
   */
  public AtlasJsonReader withGridCodeSchemes(Function<String, Optional<GridCodeScheme>> resolver) {
    return new AtlasJsonReader(limits, checkNotNull(resolver, "resolver"));
  }

  /**
   * A reader that also knows one more grid code scheme, by its {@link GridCodeScheme#name()}.
   *
   * @param scheme the scheme
   * @return a reader that resolves the scheme's name to it and other names as before
   */
  public AtlasJsonReader withGridCodeScheme(GridCodeScheme scheme) {
    checkNotNull(scheme, "scheme");
    String name = scheme.name();
    Function<String, Optional<GridCodeScheme>> before = schemes;
    return withGridCodeSchemes(n -> n.equals(name) ? Optional.of(scheme) : before.apply(n));
  }

  Function<String, Optional<GridCodeScheme>> schemes() {
    return schemes;
  }

  private static Optional<GridCodeScheme> noCustomScheme(String name) {
    return Optional.empty();
  }

  /**
   * Reads an atlas from a JSON text. A leading byte order mark is skipped.
   *
   * @param text the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   */
  @Override
  public Atlas read(String text) {
    checkNotNull(text, "text");
    if (text.length() > limits.maxInputLength()) {
      throw tooLarge(text.length(), "characters");
    }
    try {
      return parse(new StringReader(TextInput.stripBom(text)));
    } catch (IOException e) {
      throw new AssertionError("a string reader does not fail", e);
    }
  }

  /**
   * Reads an atlas from a character stream, to its end; the stream is not closed. A leading byte
   * order mark is skipped.
   *
   * @param in the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   * @throws IOException if reading the stream fails
   */
  @Override
  public Atlas read(Reader in) throws IOException {
    checkNotNull(in, "in");
    return parse(TextInput.limited(in, limits.maxInputLength()));
  }

  /**
   * Reads an atlas from a byte stream in UTF-8, to its end; the stream is not closed.
   *
   * @param in the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   * @throws IOException if reading the stream fails
   */
  @Override
  public Atlas read(InputStream in) throws IOException {
    checkNotNull(in, "in");
    return parse(TextInput.utf8(in, limits.maxInputLength()));
  }

  /**
   * Reads an atlas from a file in UTF-8; a file larger than the limit is refused before it is read.
   * Problems are located in the file.
   *
   * @param file the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path in the file
   * @throws IOException if reading the file fails
   */
  @Override
  public Atlas read(Path file) throws IOException {
    checkNotNull(file, "file");
    try {
      long size = Files.size(file);
      if (size > limits.maxInputLength()) {
        throw tooLarge(size, "bytes");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in);
      }
    } catch (InvalidAtlasException e) {
      String source = file.toString();
      throw new InvalidAtlasException(
          e.problems().stream().map(q -> q.withLocation(q.location().in(source))).toList(),
          e.omittedProblems());
    }
  }

  private Atlas parse(Reader in) throws IOException {
    try (JsonParser p = json.streamingFactory().createParser(in)) {
      return new AtlasDocument(p, this).read();
    }
  }

  private InvalidAtlasException tooLarge(long length, String unit) {
    return new InvalidAtlasException(
        List.of(
            Problem.of(
                ProblemKind.INPUT_TOO_LARGE,
                Location.json(),
                "the input has "
                    + length
                    + " "
                    + unit
                    + ", more than the limit of "
                    + limits.maxInputLength())));
  }

  @Override
  public String toString() {
    return "AtlasJsonReader[" + limits + "]";
  }
}
