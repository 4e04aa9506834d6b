package org.gridgov.core.io.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * The four reads of {@link org.gridgov.core.io.FormatReader} for a format read as one JSON tree: a
 * reader class holds one of these and converts the tree with a {@link JsonCursor}. Immutable and
 * thread-safe if the converter is.
 *
 * @param <T> what is read
 * @param <X> the format's exception
 */
public final class TreeFormat<T, X extends InvalidInputException> {
  private final JsonTrees json;
  private final Converter<T> converter;
  private final ProblemList.Failure<X> failure;

  /**
   * The converter of one document's tree into its value.
   *
   * @param <T> the value
   */
  @FunctionalInterface
  public interface Converter<T> {
    /**
     * Converts a document; returns null only after adding a problem to the cursor's list.
     *
     * @param root the document's root
     * @return the value, or null
     */
    @Nullable T convert(JsonCursor root);
  }

  /**
   * A format.
   *
   * @param limits the limits
   * @param converter the conversion of a tree
   * @param failure the format's exception
   */
  public TreeFormat(ReadLimits limits, Converter<T> converter, ProblemList.Failure<X> failure) {
    this.json = new JsonTrees(limits);
    this.converter = checkNotNull(converter, "converter");
    this.failure = checkNotNull(failure, "failure");
  }

  /**
   * The limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return json.limits();
  }

  /**
   * The JSON support, for writers and line readers of the same format.
   *
   * @return the JSON support
   */
  public JsonTrees json() {
    return json;
  }

  /**
   * Reads a text.
   *
   * @param text the text
   * @return the value
   * @throws X listing every problem
   */
  public T read(String text) {
    checkNotNull(text, "text");
    ProblemList problems = ProblemList.of(limits());
    if (text.length() > limits().maxInputLength()) {
      problems.add(
          ProblemKind.INPUT_TOO_LARGE,
          Location.json(),
          "the input has "
              + text.length()
              + " characters, more than the limit of "
              + limits().maxInputLength());
      throw problems.failure(failure);
    }
    return finish(json.read(text, problems), problems);
  }

  /**
   * Reads characters to their end; the reader is not closed.
   *
   * @param in the characters
   * @return the value
   * @throws X listing every problem
   * @throws IOException if the source fails
   */
  public T read(Reader in) throws IOException {
    checkNotNull(in, "in");
    ProblemList problems = ProblemList.of(limits());
    return finish(json.read(TextInput.limited(in, limits().maxInputLength()), problems), problems);
  }

  /**
   * Reads UTF-8 bytes to their end; the stream is not closed.
   *
   * @param in the bytes
   * @return the value
   * @throws X listing every problem
   * @throws IOException if the source fails
   */
  public T read(InputStream in) throws IOException {
    checkNotNull(in, "in");
    return read(in, ProblemList.of(limits()));
  }

  /**
   * Reads a UTF-8 file, locating problems in it; a file larger than the limit is refused unread.
   *
   * @param file the file
   * @return the value
   * @throws X listing every problem
   * @throws IOException if reading the file fails
   */
  public T read(Path file) throws IOException {
    checkNotNull(file, "file");
    ProblemList problems = ProblemList.of(limits()).inSource(file.toString());
    long size = Files.size(file);
    if (size > limits().maxInputLength()) {
      problems.add(
          ProblemKind.INPUT_TOO_LARGE,
          Location.json(),
          "the file has " + size + " bytes, more than the limit of " + limits().maxInputLength());
      throw problems.failure(failure);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, problems);
    }
  }

  private T read(InputStream in, ProblemList problems) throws IOException {
    return finish(json.read(TextInput.utf8(in, limits().maxInputLength()), problems), problems);
  }

  private T finish(@Nullable JsonNode node, ProblemList problems) {
    T value =
        node == null
            ? null
            : converter.convert(JsonCursor.root(node, problems, limits().maxElements()));
    if (!problems.isEmpty()) {
      throw problems.failure(failure);
    }
    checkState(value != null, "the converter returned null without a problem");
    return value;
  }
}
