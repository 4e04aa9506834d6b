package org.gridgov.geo;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;

/**
 * The coordinate reference system of boundaries and points: longitude and latitude in degrees on
 * one of the two datums Chinese map data comes in. A set of boundaries declares one; points carry
 * one; the two are never mixed and never converted: GCJ-02 (火星坐标) is an obfuscated offset of WGS-84
 * of up to several hundred metres whose conversion is not published, so a host that has both must
 * convert with its map provider's tools before using this module.
 */
public enum Crs {
  /** WGS-84 longitude and latitude (GPS; GeoJSON's default, {@code EPSG:4326}, {@code CRS84}). */
  WGS84,
  /** GCJ-02 longitude and latitude (国测局坐标, as Gaode/Amap and Tencent maps publish). */
  GCJ02;

  /**
   * The system a name denotes: {@code WGS84}, {@code WGS-84}, {@code EPSG:4326}, {@code
   * urn:ogc:def:crs:OGC:1.3:CRS84}, {@code urn:ogc:def:crs:EPSG::4326} or {@code CRS84} for WGS-84;
   * {@code GCJ02} or {@code GCJ-02} for GCJ-02; case is ignored.
   *
   * @param name the name
   * @return the system, empty if the name is none of these
   */
  public static Optional<Crs> fromName(String name) {
    checkNotNull(name, "name");
    String n = name.trim().toUpperCase(Locale.ROOT);
    return switch (n) {
      case "WGS84",
          "WGS-84",
          "EPSG:4326",
          "CRS84",
          "URN:OGC:DEF:CRS:OGC:1.3:CRS84",
          "URN:OGC:DEF:CRS:OGC::CRS84",
          "URN:OGC:DEF:CRS:EPSG::4326" ->
          Optional.of(WGS84);
      case "GCJ02", "GCJ-02" -> Optional.of(GCJ02);
      default -> Optional.empty();
    };
  }
}
