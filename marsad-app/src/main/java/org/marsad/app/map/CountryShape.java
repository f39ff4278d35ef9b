package org.marsad.app.map;

import java.util.List;

/**
 * One country's outline: its ISO 3166-1 alpha-2 code, its name and its projected SVG path.
 *
 * @param iso2 upper-case ISO 3166-1 alpha-2 code (XK for Kosovo)
 * @param name the country's common English name
 * @param path SVG path data in {@link NaturalEarthProjection} units
 */
record CountryShape(String iso2, String name, String path) {

  CountryShape {
    if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + iso2);
    }
    if (name == null || name.isBlank() || path == null || path.isBlank()) {
      throw new IllegalArgumentException("country " + iso2 + " needs a name and a path");
    }
  }

  /**
   * Projects rings of longitude/latitude pairs into path data. A ring that crosses the antimeridian
   * (a jump of more than 180 degrees between neighbours) is drawn on the eastern side, its far part
   * pressed against the map's edge, so no stripe crosses the map.
   */
  static String path(List<List<double[]>> rings) {
    StringBuilder d = new StringBuilder();
    for (List<double[]> ring : rings) {
      boolean crosses = false;
      for (int i = 1; i < ring.size(); i++) {
        crosses |= Math.abs(ring.get(i)[0] - ring.get(i - 1)[0]) > 180;
      }
      for (int i = 0; i < ring.size(); i++) {
        double lon = ring.get(i)[0];
        double lat = ring.get(i)[1];
        if (crosses && lon < 0) {
          lon = 180;
        }
        d.append(i == 0 ? 'M' : 'L')
            .append(format(NaturalEarthProjection.x(lon, lat)))
            .append(',')
            .append(format(NaturalEarthProjection.y(lat)));
      }
      d.append('Z');
    }
    return d.toString();
  }

  static String format(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10.0 + "");
  }
}
