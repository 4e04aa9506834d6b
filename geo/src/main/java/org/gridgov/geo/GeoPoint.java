package org.gridgov.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A point on the map: a resident's photo report or a patrol's GPS fix, in a declared coordinate
 * system.
 *
 * <pre>{@code
 * GeoPoint fix = GeoPoint.wgs84(122.2655, 40.6672);     // longitude first, as GeoJSON
 * }</pre>
 *
 * @param longitude degrees east, from -180 to 180
 * @param latitude degrees north, from -90 to 90
 * @param crs the coordinate system
 */
public record GeoPoint(double longitude, double latitude, Crs crs) {
  /**
   * Checks the point; {@code -0.0} becomes {@code 0.0}.
   *
   * @param longitude degrees east, from -180 to 180
   * @param latitude degrees north, from -90 to 90
   * @param crs the coordinate system
   */
  public GeoPoint {
    checkArgument(
        longitude >= -180 && longitude <= 180,
        "longitude must be from -180 to 180, got %s",
        longitude);
    checkArgument(
        latitude >= -90 && latitude <= 90, "latitude must be from -90 to 90, got %s", latitude);
    checkNotNull(crs, "crs");
    longitude += 0.0;
    latitude += 0.0;
  }

  /**
   * A point in WGS-84.
   *
   * @param longitude degrees east, from -180 to 180
   * @param latitude degrees north, from -90 to 90
   * @return the point
   */
  public static GeoPoint wgs84(double longitude, double latitude) {
    return new GeoPoint(longitude, latitude, Crs.WGS84);
  }

  /**
   * A point in GCJ-02.
   *
   * @param longitude degrees east, from -180 to 180
   * @param latitude degrees north, from -90 to 90
   * @return the point
   */
  public static GeoPoint gcj02(double longitude, double latitude) {
    return new GeoPoint(longitude, latitude, Crs.GCJ02);
  }

  /**
   * A point in a coordinate system.
   *
   * @param longitude degrees east, from -180 to 180
   * @param latitude degrees north, from -90 to 90
   * @param crs the coordinate system
   * @return the point
   */
  public static GeoPoint of(double longitude, double latitude, Crs crs) {
    return new GeoPoint(longitude, latitude, crs);
  }

  /**
   * The point as {@code 122.2655,40.6672 WGS84}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s,%s %s", longitude, latitude, crs);
  }
}
