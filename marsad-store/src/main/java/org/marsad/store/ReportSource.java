package org.marsad.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document an event was read from, as a report cites it.
 *
 * @param documentId the document's id (content hash)
 * @param title its title, may be empty
 * @param source where it came from (feed, file name), may be empty
 * @param url its address, may be empty
 * @param published its publication date, or null
 * @param quote the first sentence of the event's record in it
 */
public record ReportSource(
    String documentId, String title, String source, String url, LocalDate published, String quote) {

  public ReportSource {
    Objects.requireNonNull(documentId, "documentId");
    title = title == null ? "" : title;
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    quote = quote == null ? "" : quote;
  }
}
