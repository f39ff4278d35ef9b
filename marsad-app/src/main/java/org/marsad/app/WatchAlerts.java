package org.marsad.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.marsad.core.alert.SpikeDetector;
import org.marsad.core.source.SecretUrls;
import org.marsad.store.Store;

/**
 * Spike alerts for {@code watch --webhook}: runs {@link SpikeAlerts} over the last {@link
 * AlertsCommand#DEFAULT_DAYS} days after the first round (spikes an earlier run left unsent), after
 * every round that stored new records, and after a round whose alerts failed, so a failed send is
 * retried next round. A new webhook gets the current spikes only, as {@code alerts} sends them
 * ({@link SpikeAlerts#DEFAULT_BACKFILL_DAYS}); {@code alerts --backfill-days} sends it the skipped
 * ones on request. Prints one line per run; a failure is a one-line warning and never stops the
 * watch. Not thread-safe (one watch loop).
 */
final class WatchAlerts {

  private final Webhook webhook;
  private final Clock clock;
  private boolean due = true;

  WatchAlerts(Webhook webhook, Clock clock) {
    this.webhook = Objects.requireNonNull(webhook, "webhook");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  void afterRound(Store store, boolean storedRecords) throws InterruptedException {
    if (!due && !storedRecords) {
      return;
    }
    LocalDate today = SpikeAlerts.latestDay(clock);
    LocalDate since = today.minusDays(AlertsCommand.DEFAULT_DAYS);
    try {
      SpikeAlerts.Result r = new SpikeAlerts(store, SpikeDetector.defaults(), Optional.of(webhook),
          SpikeAlerts.DEFAULT_BACKFILL_DAYS).run(since, today);
      System.out.printf("alerts: %d spike(s) since %s, %d sent to %s, %d already sent, %d skipped (before the"
          + " webhook's first use)%n", r.outcomes().size(), since, r.count(SpikeAlerts.Status.SENT), webhook.host(),
          r.count(SpikeAlerts.Status.ALREADY_SENT), r.count(SpikeAlerts.Status.SKIPPED));
      r.failure().ifPresent(f -> System.err.println("  warning: " + f + "; "
          + r.count(SpikeAlerts.Status.UNSENT) + " spike(s) retried next round"));
      due = r.failure().isPresent();
    } catch (RuntimeException e) {
      System.err.println("  warning: spike alerts failed: " + SecretUrls.redact(ExitReasons.oneLine(e))
          + "; retried next round");
      due = true;
    }
  }
}
