package org.gridgov.geo;

/**
 * Thrown when a point in one coordinate system is looked up among boundaries in another: GCJ-02 and
 * WGS-84 differ by up to several hundred metres, so the lookup would silently pick a wrong grid;
 * nothing converts between them (see {@link Crs}).
 */
public final class CrsMismatchException extends GeoException {
  private static final long serialVersionUID = 1L;

  private final Crs expected;
  private final Crs given;

  /**
   * Creates the exception.
   *
   * @param expected the boundaries' system
   * @param given the point's system
   */
  public CrsMismatchException(Crs expected, Crs given) {
    super(
        "the boundaries are in "
            + expected
            + " but the point is in "
            + given
            + "; convert the point with the map provider's tools first");
    this.expected = expected;
    this.given = given;
  }

  /**
   * The boundaries' system.
   *
   * @return the system
   */
  public Crs expected() {
    return expected;
  }

  /**
   * The point's system.
   *
   * @return the system
   */
  public Crs given() {
    return given;
  }
}
