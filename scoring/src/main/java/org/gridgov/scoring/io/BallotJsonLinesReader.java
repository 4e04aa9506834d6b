package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.gridgov.core.Problem;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.MalformedBallot;
import org.gridgov.scoring.vote.Submission;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link BallotJsonLines}: as a stream with {@code forEach}, one {@link Submission} per
 * non-blank line, or whole into a list with {@code read} for small inputs. Only input beyond the
 * limits refuses the file ({@link InvalidBallotFileException}). Immutable and thread-safe.
 *
 * <pre>{@code
 * BallotJsonLines.reader().forEach(Path.of("ballots.jsonl"), counter::accept);
 * }</pre>
 */
public final class BallotJsonLinesReader implements FormatReader<List<Submission>> {
  static final BallotJsonLinesReader DEFAULT =
      new BallotJsonLinesReader(BallotCsvReader.DEFAULT_LIMITS);

  private final ReadLimits limits;
  private final JsonLines json;

  private BallotJsonLinesReader(ReadLimits limits) {
    this.limits = limits;
    this.json = new JsonLines(limits);
  }

  @Override
  public ReadLimits limits() {
    return limits;
  }

  @Override
  public BallotJsonLinesReader withLimits(ReadLimits newLimits) {
    return new BallotJsonLinesReader(checkNotNull(newLimits, "limits"));
  }

  private Streaming<Submission> streaming() {
    return new Streaming<Submission>(limits, (sink, source) -> new Rows(sink, source));
  }

  /**
   * Streams the submissions of a file, located in the file.
   *
   * @param file the file
   * @param sink receives each submission in file order
   * @return the number of submissions
   * @throws InvalidBallotFileException for input beyond the limits
   * @throws IOException if reading fails
   */
  @CanIgnoreReturnValue
  public long forEach(Path file, Consumer<? super Submission> sink) throws IOException {
    return streaming().forEach(file, sink);
  }

  /**
   * Streams the submissions of UTF-8 bytes; the stream is not closed.
   *
   * @param in the bytes
   * @param sink receives each submission
   * @return the number of submissions
   * @throws InvalidBallotFileException for input beyond the limits
   * @throws IOException if reading fails
   */
  @CanIgnoreReturnValue
  public long forEach(InputStream in, Consumer<? super Submission> sink) throws IOException {
    return streaming().forEach(in, sink);
  }

  /**
   * Streams the submissions of characters; the reader is not closed.
   *
   * @param in the characters
   * @param sink receives each submission
   * @return the number of submissions
   * @throws InvalidBallotFileException for input beyond the limits
   * @throws IOException if reading fails
   */
  @CanIgnoreReturnValue
  public long forEach(Reader in, Consumer<? super Submission> sink) throws IOException {
    return streaming().forEach(in, sink);
  }

  /**
   * Streams the submissions of a text.
   *
   * @param text the text
   * @param sink receives each submission
   * @return the number of submissions
   * @throws InvalidBallotFileException for input beyond the limits
   */
  @CanIgnoreReturnValue
  public long forEach(String text, Consumer<? super Submission> sink) {
    return streaming().forEach(text, sink);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBallotFileException for input beyond the limits
   */
  @Override
  public List<Submission> read(String text) {
    return streaming().read(text);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBallotFileException for input beyond the limits
   */
  @Override
  public List<Submission> read(Reader in) throws IOException {
    return streaming().read(in);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBallotFileException for input beyond the limits
   */
  @Override
  public List<Submission> read(InputStream in) throws IOException {
    return streaming().read(in);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBallotFileException for input beyond the limits
   */
  @Override
  public List<Submission> read(Path file) throws IOException {
    return streaming().read(file);
  }

  /** One reading. */
  private final class Rows extends Streaming.Rows<Submission> {
    Rows(Consumer<? super Submission> sink, @Nullable String source) {
      super(sink, source, limits, p -> new InvalidBallotFileException(p, 0));
    }

    @Override
    public void bad(Problem problem) {
      emit(new MalformedBallot(locate(problem)), lineOf(problem));
    }

    @Override
    public void line(String text, int number) {
      if (text.isBlank()) {
        return;
      }
      JsonLines.Parsed<Ballot> parsed = json.parse(text, number, VoteForms::ballot);
      Submission s =
          parsed.value().isPresent()
              ? parsed.value().get()
              : new MalformedBallot(locate(parsed.first(number)));
      emit(s, number);
    }
  }
}
