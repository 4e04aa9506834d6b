package org.gridgov.geo.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.geo.GridBoundaries;

/**
 * The GeoJSON form of {@link GridBoundaries}: a feature collection with one feature per boundary,
 * keyed by its code, in a declared coordinate system. {@link #reader()} reads it, reporting every
 * problem at its JSON path; {@link #toJson(GridBoundaries)} writes it, and reading what it wrote
 * gives an equal set (coordinates are written as the shortest decimal that reads back to the same
 * {@code double}).
 *
 * <pre>{@code
 * GridBoundaries set = GridBoundariesJson.reader().read(Path.of("yingkou.geojson"));
 * GridBoundariesJson.write(set, Path.of("copy.geojson"));
 * }</pre>
 *
 * <h2>The form (RFC 7946 GeoJSON, with a declared coordinate system)</h2>
 *
 * <pre>{@code
 * {"type": "FeatureCollection", "gridgov:crs": "WGS84", "features": [
 *   {"type": "Feature", "properties": {"division": "210802001003", "name": "五大门社区"},
 *    "geometry": {"type": "Polygon", "coordinates": [[[122.26, 40.66], [122.27, 40.66], ...]]}},
 *   {"type": "Feature", "properties": {"grid": "210802001003001"},
 *    "geometry": {"type": "MultiPolygon", "coordinates": [[[[122.26, 40.66], ...]]]}}
 * ]}
 * }</pre>
 *
 * <ul>
 *   <li>The coordinate system is declared once for the whole collection: {@code "gridgov:crs":
 *       "WGS84"} or {@code "GCJ02"}, or the 2008 GeoJSON member {@code "crs": {"type": "name",
 *       "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}} (names as {@link
 *       org.gridgov.geo.Crs#fromName(String)}). Both may be given if they agree. A feature may
 *       repeat it as the property {@code "gridgov:crs"}; a feature in another system than the
 *       collection is a {@code CONFLICT}: a set never mixes systems, and nothing converts between
 *       them. A collection that declares none is refused ({@code MISSING_FIELD}), because GCJ-02
 *       data published as plain GeoJSON would otherwise be read as WGS-84 hundreds of metres off,
 *       unless the reader is told what to assume ({@link
 *       GridBoundariesJsonReader#withAssumedCrs(org.gridgov.geo.Crs)}).
 *   <li>Each feature's {@code properties} hold exactly one of {@code "grid"} (a grid code) and
 *       {@code "division"} (a division code: community, village or town); other properties are
 *       allowed and ignored. A code given twice is a {@code DUPLICATE_CODE}.
 *   <li>Geometry is a {@code Polygon} or {@code MultiPolygon} of closed rings of at least four
 *       positions {@code [longitude, latitude]} (a third number, altitude, is ignored), longitude
 *       from -180 to 180 and latitude from -90 to 90. Ring orientation is not checked. Geometry
 *       that is well-formed but not valid (a ring crossing itself) is read, and {@link
 *       org.gridgov.geo.TopologyCheck} reports it.
 *   <li>Members besides those named here and {@code bbox} (and {@code name} on the collection,
 *       {@code id} on a feature) are errors, so that a misspelt member is not silently ignored.
 * </ul>
 *
 * <p>Problems: syntax errors and limits ({@code MALFORMED_INPUT}, {@code INPUT_TOO_LARGE}) at line
 * and column; everything else at its JSON path ({@code $.features[3].geometry.coordinates[0][2]}).
 * Input is UTF-8 (a byte order mark is skipped) of exactly one JSON value, limited by default to
 * {@link #DEFAULT_LIMITS}.
 */
public final class GridBoundariesJson {
  /**
   * The default limits: 64 MiB, depth 16, strings of 64 Ki characters, 10,000,000 elements in an
   * array, 1,000 problems. The document is read whole before it is checked, so reading one at the
   * limit needs a heap of several hundred MiB (about ten bytes per byte of input); lower the limit
   * where the heap is small.
   */
  public static final ReadLimits DEFAULT_LIMITS =
      new ReadLimits(64L << 20, 16, 64 * 1024, 10_000_000, ReadLimits.DEFAULT_MAX_PROBLEMS);

  private GridBoundariesJson() {}

  /**
   * A reader with {@link #DEFAULT_LIMITS} that requires a declared coordinate system.
   *
   * @return the reader
   */
  public static GridBoundariesJsonReader reader() {
    return GridBoundariesJsonReader.DEFAULT;
  }

  /**
   * Writes a set as GeoJSON, one feature per line.
   *
   * @param boundaries the set
   * @return the text, ending with a line end, that {@link #reader()} reads back to an equal set
   */
  public static String toJson(GridBoundaries boundaries) {
    checkNotNull(boundaries, "boundaries");
    StringWriter out = new StringWriter();
    try {
      GeoJsonForms.write(boundaries, out);
    } catch (IOException e) {
      throw new AssertionError("a string writer does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes a set as GeoJSON to a character stream, which stays open.
   *
   * @param boundaries the set
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(GridBoundaries boundaries, Writer out) throws IOException {
    checkNotNull(boundaries, "boundaries");
    checkNotNull(out, "out");
    GeoJsonForms.write(boundaries, out);
  }

  /**
   * Writes a set as a UTF-8 GeoJSON file, replacing the file if it exists.
   *
   * @param boundaries the set
   * @param file the file
   * @throws IOException if writing fails
   */
  public static void write(GridBoundaries boundaries, Path file) throws IOException {
    checkNotNull(boundaries, "boundaries");
    checkNotNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      GeoJsonForms.write(boundaries, out);
    }
  }
}
