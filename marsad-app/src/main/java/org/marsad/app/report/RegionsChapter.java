package org.marsad.app.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.marsad.app.map.MapPoint;
import org.marsad.app.map.WorldMap;
import org.marsad.store.ReportEvent;

/**
 * Chapter 2, Manifestations by region and country: a choropleth world map of incidents per
 * country with the places marked, then per region a table of its countries and short summaries of
 * its main incidents (most sources first) with their citations. Stateless.
 */
final class RegionsChapter {

  static final int MAIN_INCIDENTS = 5;
  static final int MAP_POINTS = 300;

  private RegionsChapter() {}

  private static final java.util.regex.Pattern VIEW_BOX =
      java.util.regex.Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");

  /** Gives the map whole-number width, height and viewBox, which the PDF renderer needs. */
  static String sized(String svg) {
    java.util.regex.Matcher m = VIEW_BOX.matcher(svg);
    if (!m.find()) {
      return svg;
    }
    long w = Math.round(Math.ceil(Double.parseDouble(m.group(1))));
    long vh = Math.round(Math.ceil(Double.parseDouble(m.group(2))));
    return svg.substring(0, m.start()) + "width=\"640\" height=\"" + Math.round(640.0 * vh / w) + "\" viewBox=\"0 0 "
        + w + " " + vh + "\"" + svg.substring(m.end());
  }

  static void write(Html h, ReportData d) {
    ReportText t = d.text;
    h.raw("<section class=\"chapter\" id=\"regions\">\n").heading(2, null, t.get("ch2.title"));
    Map<String, Long> byCountry = new TreeMap<>();
    Map<String, long[]> places = new TreeMap<>();
    Map<String, double[]> coordinates = new TreeMap<>();
    for (ReportEvent e : d.incidents) {
      if (!e.country().isEmpty()) {
        byCountry.merge(e.country(), 1L, Long::sum);
      }
      if (e.lat() != null && e.lon() != null) {
        String key = d.where(e);
        places.computeIfAbsent(key, k -> new long[1])[0]++;
        coordinates.putIfAbsent(key, new double[] {e.lat(), e.lon()});
      }
    }
    List<MapPoint> points = places.entrySet().stream()
        .sorted(Map.Entry.<String, long[]>comparingByValue(Comparator.comparingLong(v -> -v[0])).thenComparing(Map.Entry.comparingByKey()))
        .limit(MAP_POINTS)
        .map(p -> new MapPoint(coordinates.get(p.getKey())[0], coordinates.get(p.getKey())[1], p.getKey(), p.getValue()[0]))
        .toList();
    h.raw("<figure class=\"map\">").raw(sized(WorldMap.shared().svg(byCountry, points, t.get("ch2.map_title", d.name(d.period)))))
        .raw("<figcaption>").text(t.get("ch2.map_caption", d.incidents.size(), byCountry.size()))
        .raw("</figcaption></figure>\n");
    if (d.incidents.isEmpty()) {
      h.note(t.get("none.incidents"));
      h.raw("</section>\n");
      return;
    }
    LinkedHashMap<String, Long> regions = ReportData.count(d.incidents, d::region);
    for (Map.Entry<String, Long> region : regions.entrySet()) {
      List<ReportEvent> in = d.incidents.stream().filter(e -> d.region(e).equals(region.getKey())).toList();
      h.heading(3, null, t.get("ch2.region", t.region(region.getKey()), region.getValue()));
      h.table("countries", t.get("col.country"), t.get("col.incidents"), t.get("col.main_types"));
      for (Map.Entry<String, Long> c : ReportData.count(in, ReportEvent::country).entrySet()) {
        List<ReportEvent> inCountry = in.stream().filter(e -> e.country().equals(c.getKey())).toList();
        String types = ReportData.count(inCountry, ReportEvent::type).entrySet().stream().limit(3)
            .map(x -> t.type(x.getKey()) + " (" + x.getValue() + ")").collect(Collectors.joining(", "));
        String name = c.getKey().isEmpty() ? t.get("place.unknown") : d.atlas.countryName(c.getKey());
        h.row(Html.esc(name), Long.toString(c.getValue()), Html.esc(types));
      }
      h.endTable();
      List<ReportEvent> main = new ArrayList<>(in);
      main.sort(Comparator.<ReportEvent>comparingInt(e -> -e.sources().size()).thenComparing(ReportEvent::date)
          .thenComparing(ReportEvent::id));
      h.raw("<p class=\"label\">").text(t.get("ch2.main_incidents")).raw("</p>\n<ul class=\"incidents\">\n");
      for (ReportEvent e : main.subList(0, Math.min(MAIN_INCIDENTS, main.size()))) {
        h.raw("<li><b>").text(d.when(e) + ", " + (d.where(e).isEmpty() ? t.get("place.unknown") : d.where(e)))
            .raw("</b> — ").text(t.type(e.type()) + ". " + ReportData.shortSummary(e, 240)).raw(" ")
            .raw(d.citations.of(e)).raw("</li>\n");
      }
      h.raw("</ul>\n");
    }
    h.raw("</section>\n");
  }
}
