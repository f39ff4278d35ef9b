package org.marsad.app.map;

/**
 * The Natural Earth projection (Šavrič, Patterson and Jenny, 2011; the polynomial d3-geo uses), scaled
 * so that the world is {@link #WIDTH} units wide, with the north-west corner of the drawn latitudes
 * at the origin. Stateless and thread-safe.
 */
final class NaturalEarthProjection {

  static final double WIDTH = 1000;
  static final double NORTH = 84;
  static final double SOUTH = -57;

  private static final double SCALE = WIDTH / (2 * rawX(Math.PI, 0));
  private static final double TOP = rawY(Math.toRadians(NORTH));

  private NaturalEarthProjection() {}

  static double height() {
    return (TOP - rawY(Math.toRadians(SOUTH))) * SCALE;
  }

  /** x of a point, longitude and latitude in degrees; latitudes outside the drawn band clamp. */
  static double x(double lon, double lat) {
    return WIDTH / 2 + rawX(Math.toRadians(lon), Math.toRadians(clampLat(lat))) * SCALE;
  }

  static double y(double lat) {
    return (TOP - rawY(Math.toRadians(clampLat(lat)))) * SCALE;
  }

  private static double clampLat(double lat) {
    return Math.max(SOUTH, Math.min(NORTH, lat));
  }

  private static double rawX(double lambda, double phi) {
    double phi2 = phi * phi;
    double phi4 = phi2 * phi2;
    return lambda
        * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
  }

  private static double rawY(double phi) {
    double phi2 = phi * phi;
    double phi4 = phi2 * phi2;
    return phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
  }
}
