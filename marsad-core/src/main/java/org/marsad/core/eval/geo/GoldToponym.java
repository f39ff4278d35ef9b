package org.marsad.core.eval.geo;

import java.util.Objects;
import org.marsad.core.domain.Span;

/**
 * A toponym of a geocoding corpus.
 *
 * @param span where it is in its document's text
 * @param phrase the text at the span
 * @param located whether the corpus gives its point; one without is a toponym that is not scored
 *     (a street with no coordinates in LGL, an expression in GeoWebNews)
 * @param lat latitude in degrees, {@code NaN} when not located
 * @param lon longitude in degrees, {@code NaN} when not located
 * @param type the corpus's type of the toponym (GeoWebNews: Literal, Metonymic, ...), empty if none
 */
public record GoldToponym(Span span, String phrase, boolean located, double lat, double lon, String type) {

  public GoldToponym {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(phrase, "phrase");
    type = type == null ? "" : type;
    if (located && (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180))) {
      throw new IllegalArgumentException(
          "coordinates out of range: lat=" + lat + ", lon=" + lon + " for '" + phrase + "'");
    }
  }
}
