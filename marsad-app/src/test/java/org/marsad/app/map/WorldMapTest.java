package org.marsad.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.core.registry.MemberState;
import org.marsad.core.registry.Registry;

class WorldMapTest {

  private final WorldMap map = WorldMap.shared();

  @Test
  void countryCodes_includeEveryOicMemberAndObserverState() {
    List<String> drawn = map.countryCodes();
    assertThat(drawn).hasSizeGreaterThan(200);
    Registry registry = Registry.shared();
    for (MemberState state :
        java.util.stream.Stream.concat(
                registry.memberStates().stream(), registry.observerStates().stream())
            .toList()) {
      assertThat(drawn).as(state.name()).contains(state.alpha2());
    }
  }

  @Test
  void svg_shadesCountriesByCountAndIgnoresCodesItDoesNotDraw() {
    String svg = map.svg(Map.of("FR", 10L, "DE", 1L, "ZZ", 99L), List.of(), "Incidents");
    assertThat(fillOf(svg, "FR")).isEqualTo(WorldMap.FILLS.getLast());
    assertThat(fillOf(svg, "DE")).isEqualTo(WorldMap.FILLS.getFirst());
    assertThat(fillOf(svg, "PK")).isEqualTo(WorldMap.NONE);
    assertThat(svg).contains("data-iso2=\"FR\" data-count=\"10\"").doesNotContain("ZZ");
  }

  @Test
  void svg_escapesTitlesAndLabels() {
    String svg =
        map.svg(
            Map.of(),
            List.of(new MapPoint(48.85, 2.35, "<script>alert(1)</script>", 2)),
            "a \"map\" & <b>");
    assertThat(svg)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;: 2")
        .contains("a &quot;map&quot; &amp; &lt;b&gt;");
  }

  @Test
  void svg_placesPointsInsideTheirCountry() {
    // Paris lies in the box of France's outline; Jakarta in Indonesia's
    assertThat(boundsOf(map.svg(Map.of(), List.of(), "t"), "FR"))
        .satisfies(b -> assertInside(b, point(map, 48.85, 2.35)));
    assertThat(boundsOf(map.svg(Map.of(), List.of(), "t"), "ID"))
        .satisfies(b -> assertInside(b, point(map, -6.2, 106.8)));
  }

  @Test
  void svg_isDeterministic() {
    Map<String, Long> counts = Map.of("SE", 3L, "DK", 2L, "IN", 7L);
    List<MapPoint> points = List.of(new MapPoint(59.3, 18.1, "Stockholm", 3));
    assertThat(map.svg(counts, points, "t")).isEqualTo(map.svg(Map.copyOf(counts), points, "t"));
  }

  @Test
  void fillClass_risesWithCountAndReachesTheTopAtTheMaximum() {
    assertThat(WorldMap.fillClass(1, 100)).isZero();
    assertThat(WorldMap.fillClass(100, 100)).isEqualTo(WorldMap.FILLS.size() - 1);
    assertThat(WorldMap.fillClass(10, 100)).isBetween(1, WorldMap.FILLS.size() - 2);
    assertThat(WorldMap.fillClass(1, 1)).isEqualTo(WorldMap.FILLS.size() - 1);
  }

  private static String fillOf(String svg, String iso2) {
    Matcher m =
        Pattern.compile("data-iso2=\"" + iso2 + "\" data-count=\"\\d+\" fill=\"([^\"]+)\"")
            .matcher(svg);
    assertThat(m.find()).as(iso2).isTrue();
    return m.group(1);
  }

  private static double[] point(WorldMap map, double lat, double lon) {
    String svg = map.svg(Map.of(), List.of(new MapPoint(lat, lon, "p", 1)), "t");
    Matcher m = Pattern.compile("cx=\"([-\\d.]+)\" cy=\"([-\\d.]+)\"").matcher(svg);
    assertThat(m.find()).isTrue();
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }

  /** minX, minY, maxX, maxY of a country's path. */
  private static double[] boundsOf(String svg, String iso2) {
    Matcher m = Pattern.compile("data-iso2=\"" + iso2 + "\"[^>]* d=\"([^\"]+)\"").matcher(svg);
    assertThat(m.find()).isTrue();
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    Matcher xy = Pattern.compile("([-\\d.]+),([-\\d.]+)").matcher(m.group(1));
    while (xy.find()) {
      double x = Double.parseDouble(xy.group(1));
      double y = Double.parseDouble(xy.group(2));
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
    return b;
  }

  private static void assertInside(double[] bounds, double[] p) {
    assertThat(p[0]).isBetween(bounds[0], bounds[2]);
    assertThat(p[1]).isBetween(bounds[1], bounds[3]);
  }
}
