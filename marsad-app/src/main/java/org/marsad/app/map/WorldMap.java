package org.marsad.app.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Draws a world map as a self-contained SVG, offline: countries shaded by a count (a choropleth)
 * and circles for places. Shapes are Natural Earth 1:50m countries (public domain), derived by
 * tools/derive-country-shapes.py into {@code countries.json} beside this class, projected once with
 * the Natural Earth projection. The output is deterministic: equal inputs give equal SVG text.
 * Immutable and thread-safe; load it once with {@link #shared()}.
 */
public final class WorldMap {

  /** Fill of countries with no count, then the fills of five classes of rising counts. */
  static final String NONE = "#e8e8e4";

  static final List<String> FILLS = List.of("#fde0c5", "#facba6", "#f59e72", "#e4694c", "#b8323b");

  private static final String RESOURCE = "countries.json";
  private static final String FORMAT = "marsad-country-shapes/1";

  private final List<CountryShape> countries;

  private WorldMap(List<CountryShape> countries) {
    this.countries = List.copyOf(countries);
  }

  /** The map of the committed country shapes, loaded on first use. */
  public static WorldMap shared() {
    return Holder.INSTANCE;
  }

  /** ISO 3166-1 alpha-2 codes of the countries drawn, sorted. */
  public List<String> countryCodes() {
    return countries.stream().map(CountryShape::iso2).toList();
  }

  /**
   * The map as an {@code <svg>} element: each country a {@code path} with class {@code country},
   * {@code data-iso2}, {@code data-count} and a tooltip; each point a {@code circle} with class
   * {@code point}; a legend of the classes. Counts of codes the map does not draw are ignored.
   *
   * @param countsByIso2 events per country, keyed by upper-case ISO alpha-2 code; zero or absent
   *     means none
   * @param points places to mark, drawn in the order given
   * @param title the map's accessible title
   */
  public String svg(Map<String, Long> countsByIso2, List<MapPoint> points, String title) {
    long max =
        countries.stream()
            .mapToLong(c -> countsByIso2.getOrDefault(c.iso2(), 0L))
            .max()
            .orElse(0);
    double height = NaturalEarthProjection.height();
    StringBuilder svg = new StringBuilder(countries.size() * 400);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"world-map\" viewBox=\"0 0 ")
        .append(CountryShape.format(NaturalEarthProjection.WIDTH))
        .append(' ')
        .append(CountryShape.format(height + 30))
        .append("\" role=\"img\"><title>")
        .append(Xml.escape(title))
        .append("</title><g class=\"countries\" stroke=\"#ffffff\" stroke-width=\"0.4\">");
    for (CountryShape c : countries) {
      long count = countsByIso2.getOrDefault(c.iso2(), 0L);
      svg.append("<path class=\"country\" data-iso2=\"")
          .append(c.iso2())
          .append("\" data-count=\"")
          .append(count)
          .append("\" fill=\"")
          .append(fill(count, max))
          .append("\" d=\"")
          .append(c.path())
          .append("\"><title>")
          .append(Xml.escape(c.name()))
          .append(": ")
          .append(count)
          .append("</title></path>");
    }
    svg.append("</g><g class=\"points\" fill=\"#1f4e79\" fill-opacity=\"0.75\" stroke=\"#ffffff\""
        + " stroke-width=\"0.5\">");
    for (MapPoint p : points) {
      svg.append("<circle class=\"point\" cx=\"")
          .append(CountryShape.format(NaturalEarthProjection.x(p.lon(), p.lat())))
          .append("\" cy=\"")
          .append(CountryShape.format(NaturalEarthProjection.y(p.lat())))
          .append("\" r=\"")
          .append(CountryShape.format(2.5 + 1.5 * Math.sqrt(p.count())))
          .append("\"><title>")
          .append(Xml.escape(p.label()))
          .append(": ")
          .append(p.count())
          .append("</title></circle>");
    }
    svg.append("</g>");
    legend(svg, max, height);
    return svg.append("</svg>").toString();
  }

  /** The fill of a country with {@code count} events when the largest count is {@code max}. */
  static String fill(long count, long max) {
    if (count <= 0 || max <= 0) {
      return NONE;
    }
    return FILLS.get(fillClass(count, max));
  }

  /** Class 0..4 of a positive count on a logarithmic scale up to {@code max}. */
  static int fillClass(long count, long max) {
    if (max <= 1) {
      return FILLS.size() - 1;
    }
    double share = Math.log(count) / Math.log(max);
    return (int) Math.min(FILLS.size() - 1, Math.floor(share * FILLS.size()));
  }

  private static void legend(StringBuilder svg, long max, double height) {
    if (max <= 0) {
      return;
    }
    svg.append("<g class=\"legend\" font-family=\"sans-serif\" font-size=\"10\" fill=\"#333333\">");
    double x = 10;
    double y = height + 10;
    svg.append("<rect x=\"").append(CountryShape.format(x)).append("\" y=\"")
        .append(CountryShape.format(y)).append("\" width=\"12\" height=\"12\" fill=\"")
        .append(NONE).append("\"/><text x=\"").append(CountryShape.format(x + 16))
        .append("\" y=\"").append(CountryShape.format(y + 10)).append("\">0</text>");
    x += 40;
    for (int k = 0; k < FILLS.size(); k++) {
      long from = lowerBound(k, max);
      long to = k == FILLS.size() - 1 ? max : lowerBound(k + 1, max) - 1;
      if (to < from) {
        continue;
      }
      String label = from == to ? Long.toString(from) : from + "–" + to;
      svg.append("<rect x=\"").append(CountryShape.format(x)).append("\" y=\"")
          .append(CountryShape.format(y)).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(FILLS.get(k)).append("\"/><text x=\"").append(CountryShape.format(x + 16))
          .append("\" y=\"").append(CountryShape.format(y + 10)).append("\">").append(label)
          .append("</text>");
      x += 30 + 7 * label.length();
    }
    svg.append("</g>");
  }

  /** The smallest positive count in class {@code k}. */
  private static long lowerBound(int k, long max) {
    for (long c = 1; c <= max; c++) {
      if (fillClass(c, max) >= k) {
        return c;
      }
      if (c > 1_000_000) {
        break;
      }
    }
    return max + 1;
  }

  private static WorldMap load() {
    try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("country shapes missing from the classpath: " + RESOURCE);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      if (!FORMAT.equals(root.path("format").asText())) {
        throw new IllegalStateException(
            "country shapes in format " + root.path("format").asText() + ", expected " + FORMAT);
      }
      List<CountryShape> shapes = new ArrayList<>();
      for (JsonNode country : root.path("countries")) {
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode polygon : country.path("polygons")) {
          for (JsonNode ring : polygon) {
            List<double[]> points = new ArrayList<>(ring.size());
            for (JsonNode point : ring) {
              points.add(new double[] {point.get(0).asDouble(), point.get(1).asDouble()});
            }
            rings.add(points);
          }
        }
        shapes.add(
            new CountryShape(
                country.path("iso2").asText(), country.path("name").asText(), CountryShape.path(rings)));
      }
      shapes.sort(Comparator.comparing(CountryShape::iso2));
      return new WorldMap(shapes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read country shapes " + RESOURCE, e);
    }
  }

  private static final class Holder {
    static final WorldMap INSTANCE = load();
  }
}
