package org.gridgov.core.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasProblem;
import org.gridgov.core.GridCodeScheme;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.ProblemKind;

/**
 * Reads atlases in the JSON form with limits and grid code schemes of the caller's choice; {@link
 * AtlasJson#read(String)} and its siblings use {@link AtlasJson#reader()}, the defaults.
 *
 * <pre>{@code
 * Atlas atlas = AtlasJson.reader()
 *     .withMaxInputLength(2L << 30)                  // a 2 GiB national file
 *     .withGridCodeScheme(new CjT349Scheme())        // "gridCodeScheme": "cjt349"
 *     .read(Path.of("china.atlas.json"));
 * }</pre>
 *
 * <p>Any limit exceeded stops reading with an {@link InvalidAtlasException} whose last problem is
 * {@link ProblemKind#INPUT_TOO_LARGE} at the JSON path where it happened:
 *
 * <ul>
 *   <li>{@linkplain #maxInputLength() input length}: bytes for byte input, characters for text
 *       input, exact;
 *   <li>{@linkplain #maxDepth() nesting depth} of objects and arrays (the form needs 4);
 *   <li>{@linkplain #maxStringLength() string length}, for values and field names;
 *   <li>{@linkplain #maxElements() elements} in any one array.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe if the scheme resolver is.
 */
public final class AtlasJsonReader {
  /** The default limit on input length: 512 MiB. */
  public static final long DEFAULT_MAX_INPUT_LENGTH = 512L * 1024 * 1024;

  /** The default limit on nesting depth: 32. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /** The default limit on string length: 65,536 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 65_536;

  /** The default limit on the elements of one array: 10,000,000. */
  public static final int DEFAULT_MAX_ELEMENTS = 10_000_000;

  /** The nesting the form itself needs: document, section, element, list of codes. */
  static final int MIN_DEPTH = 4;

  /** Numbers in the form have at most 11 characters; anything much longer is not one of them. */
  static final int MAX_NUMBER_LENGTH = 100;

  static final AtlasJsonReader DEFAULT =
      new AtlasJsonReader(
          DEFAULT_MAX_INPUT_LENGTH,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_ELEMENTS,
          AtlasJsonReader::noCustomScheme);

  private final long maxInputLength;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxElements;
  private final Function<String, Optional<GridCodeScheme>> schemes;
  private final JsonFactory factory;

  private AtlasJsonReader(
      long maxInputLength,
      int maxDepth,
      int maxStringLength,
      int maxElements,
      Function<String, Optional<GridCodeScheme>> schemes) {
    this.maxInputLength = maxInputLength;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxElements = maxElements;
    this.schemes = schemes;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(maxDepth)
                    .maxStringLength(maxStringLength)
                    .maxNameLength(maxStringLength)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    // exact limits are kept by LimitedInput; this is a second line of defence
                    .maxDocumentLength(maxInputLength)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
  }

  /**
   * A reader with another limit on the input's length.
   *
   * @param limit bytes (for byte input) or characters (for text input), at least 1
   * @return a reader with that limit
   * @throws IllegalArgumentException if the limit is below 1
   */
  public AtlasJsonReader withMaxInputLength(long limit) {
    checkArgument(limit >= 1, "the input length limit must be >= 1, got %s", limit);
    return new AtlasJsonReader(limit, maxDepth, maxStringLength, maxElements, schemes);
  }

  /**
   * A reader with another limit on nesting.
   *
   * @param limit levels of objects and arrays, at least 4 (what the form needs)
   * @return a reader with that limit
   * @throws IllegalArgumentException if the limit is below 4
   */
  public AtlasJsonReader withMaxDepth(int limit) {
    checkArgument(
        limit >= MIN_DEPTH,
        "the depth limit must be >= %s (the form needs it), got %s",
        MIN_DEPTH,
        limit);
    return new AtlasJsonReader(maxInputLength, limit, maxStringLength, maxElements, schemes);
  }

  /**
   * A reader with another limit on the length of strings and field names.
   *
   * @param limit characters, at least 16 (enough for the format name and any date)
   * @return a reader with that limit
   * @throws IllegalArgumentException if the limit is below 16
   */
  public AtlasJsonReader withMaxStringLength(int limit) {
    checkArgument(limit >= 16, "the string length limit must be >= 16, got %s", limit);
    return new AtlasJsonReader(maxInputLength, maxDepth, limit, maxElements, schemes);
  }

  /**
   * A reader with another limit on the elements of any one array (grids, assignments, the grids of
   * one party organisation, ...).
   *
   * @param limit elements, at least 0
   * @return a reader with that limit
   * @throws IllegalArgumentException if the limit is negative
   */
  public AtlasJsonReader withMaxElements(int limit) {
    checkArgument(limit >= 0, "the element limit must be >= 0, got %s", limit);
    return new AtlasJsonReader(maxInputLength, maxDepth, maxStringLength, limit, schemes);
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
    checkNotNull(resolver, "resolver");
    return new AtlasJsonReader(maxInputLength, maxDepth, maxStringLength, maxElements, resolver);
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

  /**
   * The limit on input length.
   *
   * @return bytes or characters
   */
  public long maxInputLength() {
    return maxInputLength;
  }

  /**
   * The limit on nesting.
   *
   * @return levels of objects and arrays
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * The limit on the length of strings and field names.
   *
   * @return characters
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The limit on the elements of one array.
   *
   * @return elements
   */
  public int maxElements() {
    return maxElements;
  }

  private static Optional<GridCodeScheme> noCustomScheme(String name) {
    return Optional.empty();
  }

  Function<String, Optional<GridCodeScheme>> schemes() {
    return schemes;
  }

  /**
   * Reads an atlas from a JSON text. A leading byte order mark is ignored.
   *
   * @param json the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   */
  public Atlas read(String json) {
    checkNotNull(json, "json");
    if (json.length() > maxInputLength) {
      throw tooLarge(json.length(), "characters");
    }
    try (JsonParser p =
        factory.createParser(json.startsWith("\uFEFF") ? json.substring(1) : json)) {
      return new AtlasParser(p, this).read();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    }
  }

  /**
   * Reads an atlas from a character stream, to its end. The stream is not closed. A leading byte
   * order mark is ignored.
   *
   * @param in the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   * @throws IOException if reading the stream fails
   */
  public Atlas read(Reader in) throws IOException {
    checkNotNull(in, "in");
    try (JsonParser p = factory.createParser(LimitedInput.of(in, maxInputLength))) {
      return new AtlasParser(p, this).read();
    }
  }

  /**
   * Reads an atlas from a byte stream in UTF-8 (Jackson also detects UTF-16 and UTF-32), to its
   * end. The stream is not closed.
   *
   * @param in the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   * @throws IOException if reading the stream fails
   */
  public Atlas read(InputStream in) throws IOException {
    checkNotNull(in, "in");
    try (JsonParser p = factory.createParser(LimitedInput.of(in, maxInputLength))) {
      return new AtlasParser(p, this).read();
    }
  }

  /**
   * Reads an atlas from a file in UTF-8. A file larger than the limit is refused before it is read.
   *
   * @param file the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   * @throws IOException if reading the file fails
   */
  public Atlas read(Path file) throws IOException {
    checkNotNull(file, "file");
    long size = Files.size(file);
    if (size > maxInputLength) {
      throw tooLarge(size, "bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  private InvalidAtlasException tooLarge(long length, String unit) {
    return new InvalidAtlasException(
        List.of(
            new AtlasProblem(
                ProblemKind.INPUT_TOO_LARGE,
                "$",
                "the input has "
                    + length
                    + " "
                    + unit
                    + ", more than the limit of "
                    + maxInputLength)));
  }

  @Override
  public String toString() {
    return "AtlasJsonReader[maxInputLength="
        + maxInputLength
        + ", maxDepth="
        + maxDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxElements="
        + maxElements
        + "]";
  }
}
