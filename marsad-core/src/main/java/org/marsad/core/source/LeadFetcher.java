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
 * Fetches one lead (an article URL from GDELT) politely and reads it the way a feed's article is
 * read: the page through the {@link PoliteFetcher} (guard, robots, per-host spacing), its main text
 * through the {@link Ingestor}. Every fetch ends in a one-line outcome, and says whether a failure was
 * a passing one, worth trying again.
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

  public Fetch fetch(String url) throws InterruptedException {
    try {
      Fetched page = fetcher.get(URI.create(url), "", "");
      if (!page.ok()) {
        return new Fetch(url, List.of(), List.of(), "HTTP " + page.status(), page.failedForNow());
      }
      IngestResult read = ingestor.ingest(page.uri().toString(), page.body());
      List<Document> docs = new ArrayList<>();
      for (Document d : read.documents()) {
        docs.add(new Document(d.id(), url, d.url().isEmpty() ? url : d.url(), d.title(), d.published(), d.author(),
            d.language(), d.text()));
      }
      String outcome = !docs.isEmpty() ? "stored" : read.quarantined().isEmpty() ? "no article" : "quarantined";
      return new Fetch(url, docs, read.quarantined(), outcome, false);
    } catch (RefusedUrl | UncheckedIOException | IllegalArgumentException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Fetch(url, List.of(), List.of(), OneLine.of(SecretUrls.redact(m)), Fetched.failsForNow(e));
    }
  }
}
