package org.gridgov.geo.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Optional;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.TreeFormat;
import org.gridgov.geo.Crs;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.InvalidBoundariesException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the GeoJSON form documented at {@link GridBoundariesJson}, with limits: {@code
 * GridBoundariesJson.reader().withLimits(...).read(...)}. Every problem of a document is reported
 * at once in one {@link InvalidBoundariesException}, located by JSON path (and by line and column
 * for syntax errors), inside the file for {@link #read(Path)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * GridBoundaries set = GridBoundariesJson.reader()
 *     .withLimits(GridBoundariesJson.DEFAULT_LIMITS.withMaxInputLength(256L << 20))
 *     .withAssumedCrs(Crs.GCJ02)        // for plain GeoJSON from a GCJ-02 map provider
 *     .read(Path.of("boundaries.geojson"));
 * }</pre>
 */
public final class GridBoundariesJsonReader implements FormatReader<GridBoundaries> {
  static final GridBoundariesJsonReader DEFAULT =
      new GridBoundariesJsonReader(GridBoundariesJson.DEFAULT_LIMITS, null);

  private final TreeFormat<GridBoundaries, InvalidBoundariesException> format;
  private final @Nullable Crs assumed;

  private GridBoundariesJsonReader(ReadLimits limits, @Nullable Crs assumed) {
    this.assumed = assumed;
    this.format =
        new TreeFormat<>(
            limits, root -> GeoJsonForms.read(root, assumed), InvalidBoundariesException::new);
  }

  @Override
  public ReadLimits limits() {
    return format.limits();
  }

  @Override
  public GridBoundariesJsonReader withLimits(ReadLimits limits) {
    return new GridBoundariesJsonReader(checkNotNull(limits, "limits"), assumed);
  }

  /**
   * A reader like this one that takes a collection declaring no coordinate system to be in the
   * given one; a declared system is still used (and checked) as declared.
   *
   * @param crs the system to assume
   * @return the reader
   */
  public GridBoundariesJsonReader withAssumedCrs(Crs crs) {
    return new GridBoundariesJsonReader(limits(), checkNotNull(crs, "crs"));
  }

  /**
   * The system assumed when none is declared.
   *
   * @return the system, empty if a declaration is required
   */
  public Optional<Crs> assumedCrs() {
    return Optional.ofNullable(assumed);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBoundariesException listing every problem
   */
  @Override
  public GridBoundaries read(String text) {
    return format.read(checkNotNull(text, "text"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBoundariesException listing every problem
   */
  @Override
  public GridBoundaries read(Reader in) throws IOException {
    return format.read(checkNotNull(in, "in"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBoundariesException listing every problem
   */
  @Override
  public GridBoundaries read(InputStream in) throws IOException {
    return format.read(checkNotNull(in, "in"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBoundariesException listing every problem, located in the file
   */
  @Override
  public GridBoundaries read(Path file) throws IOException {
    return format.read(checkNotNull(file, "file"));
  }

  /** The reader, its limits and assumed system. */
  @Override
  public String toString() {
    return "GridBoundariesJsonReader[" + limits() + ", assumed " + assumed + "]";
  }
}
