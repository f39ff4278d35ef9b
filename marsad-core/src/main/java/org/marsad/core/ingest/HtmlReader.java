package org.marsad.core.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.marsad.core.domain.Document;

/**
 * Reads an HTML page with jsoup: title, canonical URL, author and publication date from
 * {@link HtmlMetadata}, body text from {@link HtmlMainText}.
 *
 * <p>Bounds: input over {@code maxBytes} raw bytes, or with more than {@value #MAX_TAGS} {@code '<'}
 * characters (an upper bound on the elements a DOM would hold), is quarantined before parsing. Measured on
 * hostile markup (deep nesting, unclosed formatting and table tags, foreign content, huge attribute lists),
 * parsing, metadata and text extraction are linear: a few seconds at the tag bound on a cold JVM, well under a
 * second warm; the DOM takes about 200 bytes a node, so the tag bound caps it near 50-100 MB whatever the byte
 * size. A page with no readable text, or whose date lies outside the {@link DateWindow}, is quarantined; a page
 * with no readable date gets a null date.
 *
 * <p>Needs: a date window and the size bound. Gives: one document or one quarantined item. Thread-safety:
 * immutable; jsoup parsers are created per call.
 */
final class HtmlReader implements DocumentReader {

  static final int MAX_TAGS = 250_000;

  private final DateWindow window;
  private final int maxBytes;

  HtmlReader(DateWindow window, int maxBytes) {
    this.window = Objects.requireNonNull(window, "window");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1: maxBytes=" + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public IngestResult read(SourceText input) {
    return read(input, "", null);
  }

  /**
   * Reads a page whose address and date are known from elsewhere (an archive record): the page's own
   * canonical URL and publication date win, {@code fallbackUrl} and {@code fallbackPublished} (may be
   * null) stand in when it has none.
   */
  IngestResult read(SourceText input, String fallbackUrl, LocalDate fallbackPublished) {
    if (input.raw().length > maxBytes) {
      return refuse(input, "HTML is " + input.raw().length + " bytes, over the HTML bound of " + maxBytes
          + " bytes");
    }
    long tags = input.text().chars().filter(c -> c == '<').count();
    if (tags > MAX_TAGS) {
      return refuse(input, "HTML has " + tags + " '<' characters, over the bound of " + MAX_TAGS + " tags");
    }
    org.jsoup.nodes.Document page = Jsoup.parse(input.text(), "");
    HtmlMetadata meta = HtmlMetadata.of(page);
    LocalDate published = meta.published() != null ? meta.published() : fallbackPublished;
    if (published != null) {
      Optional<String> outside = window.problem(published);
      if (outside.isPresent()) {
        return refuse(input, outside.get() + " (from " + (meta.published() != null ? meta.publishedFrom() : "the archive record") + ")");
      }
    }
    String text = TextNormaliser.stripped(TextNormaliser.normalise(HtmlMainText.of(page)));
    if (text.isEmpty()) {
      return refuse(input, "no readable text in the HTML");
    }
    String id = DocumentId.of(text, published, meta.title());
    String url = meta.url() == null || meta.url().isEmpty() ? fallbackUrl : meta.url();
    return IngestResult.of(new Document(id, input.source(), url, meta.title(), published, meta.author(), "", text));
  }

  private static IngestResult refuse(SourceText input, String reason) {
    return IngestResult.of(Quarantine.of(input.source(), reason, input.raw()));
  }
}
