package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.TreeFormat;

/**
 * A {@link FormatReader} for a format read as one JSON tree: the shared reader shape over core's
 * {@link TreeFormat}. Immutable and thread-safe.
 *
 * @param <T> what is read
 * @param <X> the format's exception
 */
final class TreeReader<T, X extends InvalidInputException> implements FormatReader<T> {
  private final TreeFormat<T, X> format;
  private final Function<ReadLimits, TreeFormat<T, X>> factory;

  TreeReader(ReadLimits limits, Function<ReadLimits, TreeFormat<T, X>> factory) {
    this.factory = factory;
    this.format = factory.apply(checkNotNull(limits, "limits"));
  }

  @Override
  public ReadLimits limits() {
    return format.limits();
  }

  @Override
  public FormatReader<T> withLimits(ReadLimits limits) {
    return new TreeReader<>(limits, factory);
  }

  @Override
  public T read(String text) {
    return format.read(text);
  }

  @Override
  public T read(Reader in) throws IOException {
    return format.read(in);
  }

  @Override
  public T read(InputStream in) throws IOException {
    return format.read(in);
  }

  @Override
  public T read(Path file) throws IOException {
    return format.read(file);
  }
}
