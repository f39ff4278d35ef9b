package org.marsad.core.source;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.ingest.IngestResult;
import org.marsad.core.ingest.Ingestor;

/**
 * Polls one feed: a conditional GET of the feed; for each item not seen before, the article page,
 * whose main text the {@link Ingestor} reads (jsoup). A feed that fails (network, HTTP error, not a
 * feed) is polled again after a backoff; an article that fails is reported and the others go on.
 * Needs a {@link PoliteFetcher}, an ingestor, a backoff and a clock. Thread-safe when its parts are.
 */
public final class FeedPoller {

  /**
   * What one poll gave.
   *
   * @param state the feed's state after the poll
   * @param documents articles read
   * @param quarantined pages that could not be read
   * @param seenLinks item links fetched (to remember as seen)
   * @param errors one line per failure
   */
  public record Poll(SourceState state, List<Document> documents, List<Quarantined> quarantined,
      List<String> seenLinks, List<String> errors, boolean notModified) {
    public Poll {
      documents = List.copyOf(documents);
      quarantined = List.copyOf(quarantined);
      seenLinks = List.copyOf(seenLinks);
      errors = List.copyOf(errors);
    }
  }

  private final PoliteFetcher fetcher;
  private final Ingestor ingestor;
  private final Backoff backoff;
  private final Clock clock;
  private final int maxItems;

  public FeedPoller(PoliteFetcher fetcher, Ingestor ingestor, Backoff backoff, Clock clock, int maxItems) {
    this.fetcher = fetcher;
    this.ingestor = ingestor;
    this.backoff = backoff;
    this.clock = clock;
    if (maxItems < 1) {
      throw new IllegalArgumentException("maxItems must be at least 1: " + maxItems);
    }
    this.maxItems = maxItems;
  }

  /** Polls {@code source}; {@code seen} tells which item links were fetched before. */
  public Poll poll(SourceState source, Predicate<String> seen) throws InterruptedException {
    Fetched feed;
    List<FeedItem> items;
    try {
      feed = fetcher.get(URI.create(source.url()), source.etag(), source.lastModified());
      if (feed.notModified()) {
        return new Poll(next(source, source.etag(), source.lastModified(), 0, "304"), List.of(), List.of(), List.of(),
            List.of(), true);
      }
      if (!feed.ok()) {
        return failed(source, "HTTP " + feed.status());
      }
      items = FeedReader.read(feed.uri(), feed.body());
    } catch (RefusedUrl | UncheckedIOException | IllegalArgumentException e) {
      return failed(source, e.getMessage());
    }
    List<Document> documents = new ArrayList<>();
    List<Quarantined> quarantined = new ArrayList<>();
    List<String> links = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (FeedItem item : items) {
      if (links.size() >= maxItems || seen.test(item.link())) {
        continue;
      }
      try {
        Fetched page = fetcher.get(URI.create(item.link()), "", "");
        links.add(item.link());
        if (!page.ok()) {
          errors.add(item.link() + ": HTTP " + page.status());
          continue;
        }
        IngestResult read = ingestor.ingest(page.uri().toString(), page.body());
        for (Document d : read.documents()) {
          documents.add(withFeedFacts(d, item));
        }
        quarantined.addAll(read.quarantined());
      } catch (RefusedUrl | UncheckedIOException | IllegalArgumentException e) {
        links.add(item.link());
        errors.add(e.getMessage());
      }
    }
    return new Poll(next(source, feed.etag(), feed.lastModified(), 0, "200"), documents, quarantined, links, errors,
        false);
  }

  private static Document withFeedFacts(Document d, FeedItem item) {
    String url = d.url().isEmpty() ? item.link() : d.url();
    String title = d.title().isEmpty() ? item.title() : d.title();
    return new Document(d.id(), item.link(), url, title, d.published() != null ? d.published() : item.published(),
        d.author(), d.language(), d.text());
  }

  private Poll failed(SourceState source, String reason) {
    int failures = source.failures() + 1;
    return new Poll(next(source, source.etag(), source.lastModified(), failures, reason), List.of(), List.of(),
        List.of(), List.of(source.url() + ": " + reason), false);
  }

  private SourceState next(SourceState s, String etag, String lastModified, int failures, String status) {
    Instant at = clock.instant().plus(backoff.after(failures));
    return s.polled(etag, lastModified, failures, at, status);
  }
}
