package org.marsad.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An ingested article, press release or post. Immutable.
 *
 * @param id hash of the normalised content (see {@code DocumentId}); equal content, equal id
 * @param source where it came from: a file name, a feed URL
 * @param url the article's URL, empty when unknown
 * @param title the title, empty when unknown
 * @param published publication date, the anchor for relative dates; null when unknown
 * @param author author or handle, empty when unknown
 * @param language ISO 639-1 code, or empty before language detection
 * @param text the body text with offsets that evidence spans point into
 */
public record Document(
    String id,
    String source,
    String url,
    String title,
    LocalDate published,
    String author,
    String language,
    String text) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    title = title == null ? "" : title;
    author = author == null ? "" : author;
    language = language == null ? "" : language;
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank: source=" + source);
    }
  }

  public Document withLanguage(String lang) {
    return new Document(id, source, url, title, published, author, lang, text);
  }
}
