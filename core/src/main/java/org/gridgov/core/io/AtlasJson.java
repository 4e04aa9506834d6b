package org.gridgov.core.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.Atlas;
import org.gridgov.core.InvalidAtlasException;

/**
 * The JSON form of an {@link Atlas}, {@value #FORMAT}: reading, with every problem located by JSON
 * path, and canonical writing. The form is described field by field in the {@linkplain
 * org.gridgov.core.io package documentation}; {@link #schema()} gives it as a JSON Schema.
 *
 * <pre>{@code
 * Atlas atlas = AtlasJson.read(Path.of("yingkou.atlas.json"));
 * String json = AtlasJson.toJson(atlas);   // canonical: the same atlas always gives the same text
 * AtlasJson.read(json).equals(atlas);      // true
 *
 * try {
 *   AtlasJson.read("{\"format\": \"gridgov-atlas/1\", \"asOf\": \"2022-13-01\"}");
 * } catch (InvalidAtlasException e) {
 *   e.problems(); // [INVALID_VALUE at $.asOf: invalid date "2022-13-01", expected an ISO date ...]
 * }
 * }</pre>
 *
 * <p>Reading is a single streaming pass, O(size of the input), holding the atlas being built but
 * never the document text; writing is a single streaming pass over the atlas. The static read
 * methods use the {@linkplain #reader() default limits}; see {@link AtlasJsonReader} for others and
 * for grid code schemes besides the standard ones.
 *
 * <p>The canonical text: fields in the order of the form; elements in the atlas's canonical order
 * (divisions in code order, grids by unit then code, and so on); optional fields left out when
 * empty ({@code urbanRuralClass}, an assignment's {@code end}, a contact point's {@code grid});
 * two-space indentation with the root's fields and each top-level array's elements on lines of
 * their own; UTF-8 without byte order mark, non-ASCII characters unescaped, {@code '\n'} line ends
 * and a final newline. Hence {@code toJson(read(toJson(a)))} equals {@code toJson(a)}.
 */
public final class AtlasJson {
  /** The value of the {@code "format"} field: {@value}. */
  public static final String FORMAT = AtlasForm.FORMAT;

  private AtlasJson() {}

  /**
   * The reader with the default limits and only the standard grid code schemes.
   *
   * @return the default reader
   */
  public static AtlasJsonReader reader() {
    return AtlasJsonReader.DEFAULT;
  }

  /**
   * Reads an atlas from a JSON text with the default limits.
   *
   * @param json the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   */
  public static Atlas read(String json) {
    checkNotNull(json, "json");
    return reader().read(json);
  }

  /**
   * Reads an atlas from a character stream with the default limits; the stream is not closed.
   *
   * @param in the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   * @throws IOException if reading fails
   */
  public static Atlas read(Reader in) throws IOException {
    return reader().read(in);
  }

  /**
   * Reads an atlas from a UTF-8 byte stream with the default limits; the stream is not closed.
   *
   * @param in the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   * @throws IOException if reading fails
   */
  public static Atlas read(InputStream in) throws IOException {
    return reader().read(in);
  }

  /**
   * Reads an atlas from a UTF-8 file with the default limits.
   *
   * @param file the document
   * @return the atlas
   * @throws InvalidAtlasException listing every problem, each at its JSON path
   * @throws IOException if reading fails
   */
  public static Atlas read(Path file) throws IOException {
    return reader().read(file);
  }

  /**
   * The canonical JSON text of an atlas.
   *
   * @param atlas the atlas
   * @return the text, ending with a newline
   */
  public static String toJson(Atlas atlas) {
    checkNotNull(atlas, "atlas");
    StringWriter out = new StringWriter();
    try {
      AtlasWriter.write(AtlasDraft.of(atlas), out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string failed", e);
    }
    return out.toString();
  }

  /**
   * Writes the canonical JSON text of an atlas to a character stream, flushed, not closed.
   *
   * @param atlas the atlas
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(Atlas atlas, Writer out) throws IOException {
    checkNotNull(atlas, "atlas");
    checkNotNull(out, "out");
    AtlasWriter.write(AtlasDraft.of(atlas), out);
  }

  /**
   * Writes the canonical JSON text of an atlas to a byte stream in UTF-8, flushed, not closed.
   *
   * @param atlas the atlas
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(Atlas atlas, OutputStream out) throws IOException {
    checkNotNull(atlas, "atlas");
    checkNotNull(out, "out");
    AtlasWriter.write(AtlasDraft.of(atlas), out);
  }

  /**
   * Writes the canonical JSON text of an atlas to a file in UTF-8, replacing the file.
   *
   * @param atlas the atlas
   * @param file the file
   * @throws IOException if writing fails
   */
  public static void write(Atlas atlas, Path file) throws IOException {
    checkNotNull(atlas, "atlas");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(atlas, out);
    }
  }

  /**
   * A JSON Schema (draft 2020-12) of the form, for editors and other tools. It describes the shape
   * only; what it cannot say (codes that agree with their parents, references that resolve) the
   * reader checks.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = AtlasJson.class.getResourceAsStream("atlas.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("atlas.schema.json is missing from the library");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading atlas.schema.json failed", e);
    }
  }
}
