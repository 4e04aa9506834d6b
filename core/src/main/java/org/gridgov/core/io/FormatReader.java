package org.gridgov.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * The one shape of every reader in gridgov: {@code X.reader().withLimits(...).read(...)} from a
 * file, a byte stream, a character stream or a string. Reading either returns the value or throws
 * the format's {@link org.gridgov.core.InvalidInputException} listing every problem with its
 * location; an I/O failure of the source is an {@link IOException}.
 *
 * <pre>{@code
 * Atlas atlas = AtlasJson.reader().read(Path.of("yingkou.atlas.json"));
 * WorkingCalendar unit = CalendarJson.reader().withLimits(ReadLimits.SMALL_DOCUMENT).read(json);
 * }</pre>
 *
 * <p>Byte input is UTF-8; a leading byte order mark is skipped, and bytes that are not UTF-8 are a
 * {@link org.gridgov.core.ProblemKind#MALFORMED_INPUT} problem at their line and column. Streams
 * are read to their end and not closed. Readers are immutable and thread-safe.
 *
 * @param <T> what is read
 */
public interface FormatReader<T> {
  /**
   * The limits this reader keeps.
   *
   * @return the limits
   */
  ReadLimits limits();

  /**
   * A reader like this one with other limits.
   *
   * @param limits the limits
   * @return the reader
   */
  FormatReader<T> withLimits(ReadLimits limits);

  /**
   * Reads a text.
   *
   * @param text the input
   * @return the value
   * @throws org.gridgov.core.InvalidInputException listing every problem
   */
  T read(String text);

  /**
   * Reads a character stream to its end; the stream is not closed.
   *
   * @param in the input
   * @return the value
   * @throws org.gridgov.core.InvalidInputException listing every problem
   * @throws IOException if reading the stream fails
   */
  T read(Reader in) throws IOException;

  /**
   * Reads a UTF-8 byte stream to its end; the stream is not closed.
   *
   * @param in the input
   * @return the value
   * @throws org.gridgov.core.InvalidInputException listing every problem
   * @throws IOException if reading the stream fails
   */
  T read(InputStream in) throws IOException;

  /**
   * Reads a UTF-8 file; a file larger than the input limit is refused before it is read. Problems
   * are located in the file ({@link org.gridgov.core.Location.InSource}).
   *
   * @param file the input
   * @return the value
   * @throws org.gridgov.core.InvalidInputException listing every problem
   * @throws IOException if reading the file fails
   */
  T read(Path file) throws IOException;
}
