package org.marsad.app;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.source.GdeltPoller;
import org.marsad.core.source.LeadFetcher;
import org.marsad.core.source.OneLine;
import org.marsad.core.source.SecretUrls;
import org.marsad.core.source.SourceState;
import org.marsad.store.Store;

/**
 * The GDELT part of a {@code watch} round: polls the due GDELT sources and queues their leads, then
 * fetches up to {@code maxLeads} queued leads (queued by those sources or by {@code marsad leads}, or
 * handed over by a feed whose article failed for a passing reason)
 * and stores their articles like a feed's (a feed's article falling back on its item's title and date, kept with
 * the lead, as when the feed fetched it at once). Every lead fetched gets its one-line outcome and leaves
 * the queue, whatever happened (an unexpected failure too: it becomes the outcome), except one that
 * failed for a passing reason (its server's 5xx or 429, a timeout, robots.txt unreachable for now):
 * that one is tried again by the rule of {@link LeadRetries} (30 minutes later, 4 tries in all; its line at the
 * last try says it was given up). A source whose
 * poll fails unexpectedly is reported, recorded as a failed poll (its failures in a row counted, its
 * next poll put off by the same backoff as a feed's, {@link GdeltPoller#failed}) and the round goes
 * on. Failures go to standard error, one line each. Not thread-safe: one round at a time.
 */
final class GdeltRound {

  /** What a round did: sources polled and failed, leads queued and fetched, articles stored, pages quarantined. */
  record Summary(int polled, int failed, int queued, int fetched, int added, int quarantined) {}

  /** How long after an event first came as a lead its mentions still count as leads. */
  static final Duration MENTIONS_WINDOW = Duration.ofDays(7);

  private final Store store;
  private final GdeltPoller poller;
  private final LeadFetcher fetcher;
  private final LeadRetries retries;
  private final Clock clock;
  private final int maxLeads;

  GdeltRound(Store store, GdeltPoller poller, LeadFetcher fetcher, Clock clock, int maxLeads) {
    this.store = store;
    this.poller = poller;
    this.fetcher = fetcher;
    this.retries = new LeadRetries(store.leads());
    this.clock = clock;
    this.maxLeads = maxLeads;
  }

  Summary run() throws InterruptedException {
    int polled = 0;
    int failed = 0;
    int queued = 0;
    List<SourceState> due = store.sources().list().stream()
        .filter(s -> s.kind().equals(SourceState.GDELT) && s.due(clock.instant())).toList();
    Set<String> leadEvents = due.isEmpty() ? Set.of()
        : store.leads().eventsSince(clock.instant().minus(MENTIONS_WINDOW));
    for (SourceState source : due) {
      polled++;
      try {
        GdeltPoller.Poll poll = poller.poll(source, export -> store.sources().seen(source.url(), export),
            leadEvents);
        store.leads().rememberEvents(poll.leadEvents());
        leadEvents = union(leadEvents, poll.leadEvents());
        queued += store.leads().queue(poll.leadUrls(), source.url());
        store.sources().markSeen(source.url(), poll.exportsRead());
        store.sources().update(poll.state());
        failed += poll.state().failures() > 0 ? 1 : 0;
        poll.errors().forEach(e -> System.err.println("  gdelt: " + e));
      } catch (RuntimeException e) {
        failed++;
        String why = reason(e);
        System.err.println("  gdelt: " + SecretUrls.redact(source.url()) + ": " + why + backOff(source, why));
      }
    }
    int fetched = 0;
    int added = 0;
    int quarantined = 0;
    for (String url : store.leads().unfetched(maxLeads)) {
      fetched++;
      Stored s;
      try {
        s = fetch(url);
      } catch (RuntimeException e) {
        s = new Stored(0, 0, reason(e), true, false);
      }
      boolean again = s.passing() && retries.later(url, s.outcome());
      if (!s.passing()) {
        store.leads().fetched(url, s.outcome());
      }
      added += s.added();
      quarantined += s.quarantined();
      if (s.failed()) {
        System.err.println("  lead " + SecretUrls.redact(url) + ": " + OneLine.of(s.outcome())
            + (again ? " (tried again in " + LeadRetries.AFTER.toMinutes() + " minutes)"
                : s.passing() ? " (gave up after " + LeadRetries.MAX_TRIES + " tries)" : ""));
      }
    }
    return new Summary(polled, failed, queued, fetched, added, quarantined);
  }

  /**
   * Records that {@code source}'s poll failed, so that it waits out the backoff; says until when, or
   * why the failure could not be recorded.
   */
  private String backOff(SourceState source, String why) {
    try {
      SourceState after = poller.failed(source, why).state();
      store.sources().update(after);
      return " (polled again after " + after.nextPollAt() + ")";
    } catch (RuntimeException e) {
      return " (not backed off: " + reason(e) + ")";
    }
  }

  /** What fetching one lead stored, and its outcome. */
  private record Stored(int added, int quarantined, String outcome, boolean failed, boolean passing) {}

  /** Fetches the lead at {@code url} and stores its articles and quarantined pages. */
  private Stored fetch(String url) throws InterruptedException {
    LeadFetcher.Fetch f = fetcher.fetch(url, store.leads().feedItem(url).orElse(null));
    int stored = 0;
    for (Document d : f.documents()) {
      stored += store.documents().insertIfAbsent(d) ? 1 : 0;
    }
    for (Quarantined q : f.quarantined()) {
      store.quarantine().add(q);
    }
    String outcome = f.outcome().equals("stored") && stored == 0 ? "already stored" : f.outcome();
    return new Stored(stored, f.quarantined().size(), outcome, f.failed(), f.passing());
  }

  /** A one-line reason for an unexpected failure, secrets in URLs masked. */
  private static String reason(RuntimeException e) {
    return OneLine.of(SecretUrls.redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
  }

  private static Set<String> union(Set<String> a, List<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return u;
  }
}
