package org.marsad.core.eval.geo;

import java.util.List;
import java.util.Objects;

/**
 * A document of a geocoding corpus with its gold toponyms, in text order.
 *
 * @param id the corpus's document id
 * @param text the text the toponyms' spans point into
 * @param toponyms the gold toponyms
 */
public record GeoDocument(String id, String text, List<GoldToponym> toponyms) {

  public GeoDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    toponyms = List.copyOf(toponyms);
    for (GoldToponym t : toponyms) {
      if (t.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "toponym beyond the text of document " + id + ": " + t.span() + ", length " + text.length());
      }
    }
  }

  /** The toponyms whose point the corpus gives: the ones resolution is scored on. */
  public List<GoldToponym> located() {
    return toponyms.stream().filter(GoldToponym::located).toList();
  }
}
