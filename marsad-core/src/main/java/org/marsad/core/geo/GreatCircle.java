package org.marsad.core.geo;

/**
 * Distances on the Earth as a sphere of mean radius 6,371 km (the haversine formula), the distance
 * geocoding evaluations use. Stateless and thread-safe.
 */
public final class GreatCircle {

  /** Mean radius of the Earth in kilometres. */
  public static final double EARTH_RADIUS_KM = 6371.0;

  private GreatCircle() {}

  /** The great-circle distance in kilometres between two points given in degrees. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
