package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.TreeFormat;
import org.gridgov.scoring.vote.InvalidRoundException;
import org.gridgov.scoring.vote.Round;

/**
 * Reads the JSON form of a {@link Round} ({@link RoundJson}); every problem is reported in one
 * {@link InvalidRoundException} with its JSON path, line and column. Immutable and thread-safe.
 *
 * <pre>{@code
 * Round round = RoundJson.reader().read(Path.of("round.json"));
 * }</pre>
 */
public final class RoundJsonReader implements FormatReader<Round> {
  static final RoundJsonReader DEFAULT = new RoundJsonReader(RoundJson.DEFAULT_LIMITS);

  private final TreeFormat<Round, InvalidRoundException> format;

  private RoundJsonReader(ReadLimits limits) {
    this.format = new TreeFormat<>(limits, VoteForms::round, InvalidRoundException::new);
  }

  @Override
  public ReadLimits limits() {
    return format.limits();
  }

  @Override
  public RoundJsonReader withLimits(ReadLimits limits) {
    return new RoundJsonReader(checkNotNull(limits, "limits"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidRoundException listing every problem
   */
  @Override
  public Round read(String text) {
    return format.read(text);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidRoundException listing every problem
   */
  @Override
  public Round read(Reader in) throws IOException {
    return format.read(in);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidRoundException listing every problem
   */
  @Override
  public Round read(InputStream in) throws IOException {
    return format.read(in);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidRoundException listing every problem
   */
  @Override
  public Round read(Path file) throws IOException {
    return format.read(file);
  }
}
