package org.marsad.app.map;

/**
 * A place drawn as a circle on the {@link WorldMap}, sized by its count.
 *
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 * @param label what the circle's tooltip names, e.g. a city
 * @param count how many events happened there, at least 1
 */
public record MapPoint(double lat, double lon, String label, long count) {

  public MapPoint {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("not a latitude/longitude: " + lat + "," + lon);
    }
    if (label == null) {
      throw new IllegalArgumentException("label must not be null");
    }
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count + " for " + label);
    }
  }
}
