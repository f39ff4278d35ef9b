package org.marsad.core.domain;

import java.util.Objects;

/** Where a fact came from: a span of a document's text and the quoted text itself. */
public record Evidence(String documentId, Span span, String quote) {

  public Evidence {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(quote, "quote");
    if (quote.length() != span.length()) {
      throw new IllegalArgumentException(
          "quote length must equal span length: span=" + span + ", quote length=" + quote.length());
    }
  }

  /** The evidence for {@code span} of {@code doc}, quoting the text it covers. */
  public static Evidence of(Document doc, Span span) {
    return new Evidence(doc.id(), span, span.of(doc.text()));
  }
}
