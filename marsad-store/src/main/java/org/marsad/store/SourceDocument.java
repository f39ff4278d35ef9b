package org.marsad.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The document a source record was read from, without its text (read it with {@link
 * DocumentRepository#find}).
 *
 * @param id document id
 * @param source where it came from
 * @param url the article's URL, may be empty
 * @param title its title, may be empty
 * @param published publication date, or null
 * @param duplicateOf the id of the document it is a near-duplicate of, or null
 */
public record SourceDocument(
    String id, String source, String url, String title, LocalDate published, String duplicateOf) {

  public SourceDocument {
    Objects.requireNonNull(id, "id");
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    title = title == null ? "" : title;
  }
}
