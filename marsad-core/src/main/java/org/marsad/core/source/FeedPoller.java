package org.marsad.core.source;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.ingest.IngestResult;
import org.marsad.core.ingest.Ingestor;

/**
 * Polls one feed: a conditional GET of the feed; for each item not seen before, the article page,
 * whose main text the {@link Ingestor} reads (jsoup). A feed that fails (network, HTTP error, not a
 * feed) is polled again after a backoff; an article that fails is reported and the others go on. When
 * the article's failure may pass (the rule of {@code Fetched.failsForNow}: a 5xx or 429, an I/O error,
 * robots.txt unreachable for now) its error ends with {@value #TRIED_AGAIN} and its link is handed back
 * among {@link Poll#tryAgain} for the caller to try again later, not among the links seen; when it is for
 * good (a 4xx, a refusal for good, not a URL) the link is seen at once. An item whose link may not be stored
 * ({@link StorableUrl}: too long, or with a control character) is reported once and never fetched: it is
 * seen by its key ({@link StorableUrl#keyOf}), not its link. Needs a {@link PoliteFetcher}, an
 * ingestor, a backoff and a clock. Thread-safe when its parts are.
 */
public final class FeedPoller {

  /**
   * What one poll gave.
   *
   * @param state the feed's state after the poll
   * @param documents articles read
   * @param quarantined pages that could not be read
   * @param seenLinks item links done with: read, or failed for good (to remember as seen)
   * @param tryAgain the items whose article failed for now, in feed order: not among {@code seenLinks}, for the
   *     caller to try again later (and to remember as seen once it has taken them over)
   * @param errors one line per failure, ending with {@value #TRIED_AGAIN} for those of {@code tryAgain}
   */
  public record Poll(SourceState state, List<Document> documents, List<Quarantined> quarantined,
      List<String> seenLinks, List<Retry> tryAgain, List<String> errors, boolean notModified) {
    public Poll {
      documents = List.copyOf(documents);
      quarantined = List.copyOf(quarantined);
      seenLinks = List.copyOf(seenLinks);
      tryAgain = List.copyOf(tryAgain);
      errors = List.copyOf(errors);
    }
  }

  /**
   * An item whose article failed for now.
   *
   * @param item the feed's item: its link, and its title and publication date, for the page read later to fall
   *     back on ({@link FeedItem#fill})
   * @param outcome why, on one line, as a lead's outcome says it: {@code HTTP nnn}, or the error with the secrets
   *     of URLs masked
   */
  public record Retry(FeedItem item, String outcome) {
    public Retry {
      Objects.requireNonNull(item, "item");
    }

    /** The item's link. */
    public String link() {
      return item.link();
    }
  }

  /** How the error of an article that failed for now ends in {@link Poll#errors}. */
  public static final String TRIED_AGAIN = ", tried again later";

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
            List.of(), List.of(), true);
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
    List<Retry> tryAgain = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (FeedItem item : items) {
      java.util.Optional<String> unstorable = StorableUrl.problem(item.link());
      String key = unstorable.isPresent() ? StorableUrl.keyOf(item.link()) : item.link();
      if (links.size() + tryAgain.size() >= maxItems || seen.test(key)) {
        continue;
      }
      if (unstorable.isPresent()) {
        errors.add(StorableUrl.notRead(item.link(), "feed item link", unstorable.get()));
        links.add(key);
        continue;
      }
      String outcome;
      String error;
      boolean passing;
      try {
        Fetched page = fetcher.get(URI.create(item.link()), "", "");
        if (page.ok()) {
          IngestResult read = ingestor.ingest(page.uri().toString(), page.body());
          for (Document d : read.documents()) {
            documents.add(item.fill(d));
          }
          quarantined.addAll(read.quarantined());
          links.add(item.link());
          continue;
        }
        outcome = "HTTP " + page.status();
        error = item.link() + ": " + outcome;
        passing = page.failedForNow();
      } catch (RefusedUrl | UncheckedIOException | IllegalArgumentException e) {
        error = OneLine.of(String.valueOf(e.getMessage()));
        outcome = SecretUrls.redact(error);
        passing = Fetched.failsForNow(e);
      }
      errors.add(error + (passing ? TRIED_AGAIN : ""));
      if (passing) {
        tryAgain.add(new Retry(item, outcome));
      } else {
        links.add(item.link());
      }
    }
    return new Poll(next(source, feed.etag(), feed.lastModified(), 0, "200"), documents, quarantined, links, tryAgain,
        errors, false);
  }

  private Poll failed(SourceState source, String reason) {
    int failures = source.failures() + 1;
    return new Poll(next(source, source.etag(), source.lastModified(), failures, reason), List.of(), List.of(),
        List.of(), List.of(), List.of(source.url() + ": " + reason), false);
  }

  private SourceState next(SourceState s, String etag, String lastModified, int failures, String status) {
    Instant at = clock.instant().plus(backoff.after(failures));
    return s.polled(etag, lastModified, failures, at, status);
  }
}
