package org.marsad.core.source;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.ingest.IngestResult;
import org.marsad.core.ingest.Ingestor;

/**
 * Fetches one lead (an article URL from GDELT, or a feed's article handed over after a passing failure)
 * politely and reads it the way a feed's article is read: the page through the {@link PoliteFetcher} (guard,
 * robots, per-host spacing), its main text through the {@link Ingestor}, and, for a feed's article, what the page
 * does not say taken from the feed's item ({@link FeedItem#fill}), as when the feed fetched it at once. Every
 * fetch ends in a one-line outcome, and says whether a failure was a passing one, worth trying again.
 * Thread-safe when its parts are.
 */
public final class LeadFetcher {

  /**
   * What fetching a lead gave.
   *
   * @param url the lead
   * @param documents the article read (its source is the lead's URL)
   * @param quarantined the page, when it could not be read
   * @param outcome one line: {@code stored}, {@code quarantined}, {@code HTTP nnn} or the error
   * @param passing whether it failed for a passing reason worth trying again later: the server's 5xx or
   *     429, a timeout or other I/O error, robots.txt unreachable for now
   */
  public record Fetch(String url, List<Document> documents, List<Quarantined> quarantined, String outcome,
      boolean passing) {
    public Fetch {
      documents = List.copyOf(documents);
      quarantined = List.copyOf(quarantined);
    }

    public boolean failed() {
      return documents.isEmpty() && quarantined.isEmpty();
    }
  }

  private final PoliteFetcher fetcher;
  private final Ingestor ingestor;

  public LeadFetcher(PoliteFetcher fetcher, Ingestor ingestor) {
    this.fetcher = fetcher;
    this.ingestor = ingestor;
  }

  /** Fetches the lead at {@code url}, which no feed item tells more of (a GDELT lead). */
  public Fetch fetch(String url) throws InterruptedException {
    return fetch(url, null);
  }

  /**
   * Fetches the lead at {@code url}, the article of the feed item {@code item}, or of none when it is null.
   *
   * @throws IllegalArgumentException if {@code item}'s link is not {@code url}
   */
  public Fetch fetch(String url, FeedItem item) throws InterruptedException {
    if (item != null && !item.link().equals(url)) {
      throw new IllegalArgumentException("the feed item of lead " + url + " links to " + item.link());
    }
    try {
      FeedItem facts = item != null ? item : new FeedItem(url, "", null);
      Fetched page = fetcher.get(URI.create(url), "", "");
      if (!page.ok()) {
        return new Fetch(url, List.of(), List.of(), "HTTP " + page.status(), page.failedForNow());
      }
      IngestResult read = ingestor.ingest(page.uri().toString(), page.body());
      List<Document> docs = new ArrayList<>();
      for (Document d : read.documents()) {
        docs.add(facts.fill(d));
      }
      String outcome = !docs.isEmpty() ? "stored" : read.quarantined().isEmpty() ? "no article" : "quarantined";
      return new Fetch(url, docs, read.quarantined(), outcome, false);
    } catch (RefusedUrl | UncheckedIOException | IllegalArgumentException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Fetch(url, List.of(), List.of(), OneLine.of(SecretUrls.redact(m)), Fetched.failsForNow(e));
    }
  }
}
