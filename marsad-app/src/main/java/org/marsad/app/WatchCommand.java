package org.marsad.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.ingest.Ingestor;
import org.marsad.core.source.AddressGuard;
import org.marsad.core.source.Backoff;
import org.marsad.core.source.FeedPoller;
import org.marsad.core.source.FetchPolicy;
import org.marsad.core.source.GdeltExport;
import org.marsad.core.source.GdeltLeads;
import org.marsad.core.source.GdeltPoller;
import org.marsad.core.source.LeadFetcher;
import org.marsad.core.source.PoliteFetcher;
import org.marsad.core.source.SecretUrls;
import org.marsad.core.source.Sleeper;
import org.marsad.core.source.SourceState;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad watch}: polls the watched feeds politely, stores the new articles, polls the GDELT
 * sources and fetches the queued leads ({@link GdeltRound}), runs the cascade over them, and shows
 * one progress line per round; {@code --once} stops after one round. A feed's article that failed for a
 * passing reason is handed over to the queue of leads ({@link LeadRetries}), which tries it again later.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Poll the watched feeds and GDELT sources (see sources), fetch queued leads (see leads), "
        + "store new articles and process them, round after round.")
final class WatchCommand implements Callable<Integer> {

  @Mixin HomeOptions home;

  @Option(names = "--once", description = "One round, then stop.")
  boolean once;

  @Option(names = "--interval", defaultValue = "600", paramLabel = "SECONDS",
      description = "Seconds between polls of one feed when all is well (default: ${DEFAULT-VALUE}).")
  long intervalSeconds;

  @Option(names = "--per-host-ms", defaultValue = "2000", paramLabel = "MS",
      description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}; robots.txt Crawl-delay wins if longer).")
  long perHostMs;

  @Option(names = "--max-items", defaultValue = "50", paramLabel = "N",
      description = "Articles fetched per feed and round at most (default: ${DEFAULT-VALUE}).")
  int maxItems;

  @Option(names = "--allow-host", paramLabel = "HOST",
      description = "Fetch from this host even though it resolves to a loopback or private address "
          + "(repeatable; also $MARSAD_ALLOW_HOSTS, comma-separated). Refused by default.")
  List<String> allowHosts = List.of();

  @Option(names = "--threads", defaultValue = "2", description = "Processing threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--webhook", paramLabel = "URL",
      description = "After rounds that stored new records, POST new spikes in incident counts to this URL "
          + "(see alerts).")
  String webhook;

  @Option(names = "--webhook-allow-host", paramLabel = "HOST",
      description = "Send to the webhook even though its host resolves to a loopback or private address "
          + "(repeatable). Feeds and leads may not reach that host unless --allow-host allows it too.")
  List<String> webhookAllowHosts = List.of();

  /** Spike alerts after rounds, when --webhook is given. */
  private WatchAlerts alerts;

  @Override
  public Integer call() throws Exception {
    Clock clock = Clock.systemUTC();
    Set<String> allowed = AlertsCommand.allowedHosts(allowHosts);
    FetchPolicy defaults = FetchPolicy.defaults();
    FetchPolicy policy = new FetchPolicy(defaults.userAgent(), Duration.ofMillis(perHostMs), defaults.timeout(),
        defaults.maxBytes(), defaults.maxRedirects());
    Backoff backoff = new Backoff(Duration.ofSeconds(intervalSeconds), Duration.ofMinutes(1), Duration.ofHours(6));
    Webhook hook;
    try {
      hook = webhook == null ? null : Webhook.of(webhook, Set.copyOf(webhookAllowHosts));
    } catch (IllegalArgumentException e) {
      System.err.println("marsad: " + e.getMessage());
      return Main.USAGE;
    }
    try (hook; PoliteFetcher fetcher = new PoliteFetcher(policy, new AddressGuard(allowed), clock, Sleeper.system());
        Store store = home.openStore()) {
      alerts = hook == null ? null : new WatchAlerts(hook, clock);
      FeedPoller poller = new FeedPoller(fetcher, new Ingestor(clock), backoff, clock, maxItems);
      if (store.sources().list().isEmpty() && store.leads().queued() == 0) {
        System.err.println("marsad: no feeds watched; add one with: marsad sources add URL");
        return Main.USAGE;
      }
      GdeltRound gdelt = new GdeltRound(store, new GdeltPoller(fetcher, GdeltLeads.defaults(), backoff, clock,
          GdeltExport.DEFAULT_MAX_INFLATED), new LeadFetcher(fetcher, new Ingestor(clock)), clock, maxItems);
      int round = 0;
      do {
        round++;
        round(store, poller, gdelt, clock, round);
        if (!once) {
          Thread.sleep(Math.min(Duration.ofSeconds(intervalSeconds).toMillis(), 60_000));
        }
      } while (!once);
    }
    return Main.OK;
  }

  private void round(Store store, FeedPoller poller, GdeltRound gdelt, Clock clock, int round) throws Exception {
    long start = System.nanoTime();
    int polled = 0;
    int unchanged = 0;
    int failed = 0;
    int added = 0;
    int quarantined = 0;
    List<SourceState> due = store.sources().list().stream()
        .filter(s -> s.kind().equals(SourceState.FEED) && s.due(clock.instant())).toList();
    LeadRetries retries = new LeadRetries(store.leads());
    for (SourceState source : due) {
      polled++;
      System.err.printf("\r  round %d: feed %d/%d, %d new article(s)", round, polled, due.size(), added);
      FeedPoller.Poll poll = poller.poll(source, link -> store.sources().seen(source.url(), link));
      for (Document d : poll.documents()) {
        if (store.documents().insertIfAbsent(d)) {
          added++;
        }
      }
      for (Quarantined q : poll.quarantined()) {
        store.quarantine().add(q);
        quarantined++;
      }
      List<String> seen = new ArrayList<>(poll.seenLinks());
      for (FeedPoller.Retry r : poll.tryAgain()) {
        retries.takeOver(r.item(), source.url(), r.outcome()); // queued as a lead before it is seen
        seen.add(r.link());
      }
      store.sources().markSeen(source.url(), seen);
      store.sources().update(poll.state());
      unchanged += poll.notModified() ? 1 : 0;
      failed += poll.state().failures() > 0 ? 1 : 0;
      poll.errors().forEach(e -> System.err.println("\n  " + SecretUrls.redact(e)));
    }
    System.err.println();
    GdeltRound.Summary leads = gdelt.run();
    added += leads.added();
    quarantined += leads.quarantined();
    if (leads.polled() + leads.fetched() > 0) {
      System.out.printf("round %d: %d GDELT source(s) polled (%d failed), %d lead(s) queued, %d fetched, "
          + "%d new article(s)%n", round, leads.polled(), leads.failed(), leads.queued(), leads.fetched(), leads.added());
    }
    Processor.Summary processed = added > 0 ? new Processor(store, threads).run() : new Processor.Summary(0, 0, 0, 0);
    System.out.printf("round %d: %d feed(s) polled (%d unchanged, %d failed), %d new article(s), %d quarantined; "
            + "processed %d, %d record(s); %.1f s%n", round, polled, unchanged, failed, added, quarantined,
        processed.processed() + processed.skipped(), processed.records(), (System.nanoTime() - start) / 1e9);
    if (alerts != null) {
      alerts.afterRound(store, processed.records() > 0);
    }
  }
}
