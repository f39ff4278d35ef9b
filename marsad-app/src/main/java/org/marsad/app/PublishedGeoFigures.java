package org.marsad.app;

import java.util.List;
import java.util.Map;

/**
 * Published geocoding figures to print beside ours, as {@code ../shared/data/*}/SOURCE.md quotes
 * them: Gritta, Pilehvar, Limsopatham and Collier, "Which Melbourne? Augmenting Geocoding with
 * Maps", ACL 2018, Table 1 (LGL and GeoVirus, oracle toponyms, full test sets). GeoWebNews and
 * TR-News have no published resolution figure we could verify. Immutable.
 */
final class PublishedGeoFigures {

  /** One system's figures: accuracy within 161 km, AUC, mean error in km (rounded up to 100s). */
  record Row(String system, double acc161, double auc, double meanKm) {}

  private static final Map<String, List<Row>> BY_CORPUS =
      Map.of(
          "lgl",
          List.of(
              new Row("CamCoder (Gritta et al. 2018)", 0.76, 0.22, 700),
              new Row("Edinburgh Geoparser", 0.76, 0.25, 800),
              new Row("Yahoo! Placemaker", 0.72, 0.34, 600),
              new Row("CLAVIN", 0.71, 0.26, 1300),
              new Row("population baseline (full GeoNames)", 0.70, 0.27, 1200)),
          "geovirus",
          List.of(
              new Row("CamCoder (Gritta et al. 2018)", 0.82, 0.31, 300),
              new Row("population baseline (full GeoNames)", 0.80, 0.32, 500),
              new Row("CLAVIN", 0.79, 0.32, 600),
              new Row("Edinburgh Geoparser", 0.78, 0.33, 500)));

  private PublishedGeoFigures() {}

  static List<Row> of(String corpus) {
    return BY_CORPUS.getOrDefault(corpus, List.of());
  }
}
