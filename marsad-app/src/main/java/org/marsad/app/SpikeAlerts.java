package org.marsad.app;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marsad.core.alert.IncidentCount;
import org.marsad.core.alert.Spike;
import org.marsad.core.alert.SpikeDetector;
import org.marsad.core.source.RefusedUrl;
import org.marsad.core.source.SecretUrls;
import org.marsad.store.AlertLog;
import org.marsad.store.Store;

/**
 * One pass of spike alerts: counts the incident events between two days (per day, country and type),
 * finds the spikes ({@link SpikeDetector}) and sends each spike the webhook has not had yet,
 * recording it in the store's alert log once the webhook answered 2xx. At a webhook's first use (the
 * log holds nothing for it yet) the spikes of days before its backfill are recorded as skipped
 * instead of being sent, so a new webhook gets current spikes, not weeks of stale ones; a spike
 * skipped once is skipped on later passes too, unless a longer backfill reaches its day, and then it
 * is sent. Later passes send every spike the log holds nothing for. A webhook that fails (an
 * error status, no answer, a refused address) stops the pass: the spikes not sent stay unrecorded,
 * so the next pass sends them. A crash between a send and its record sends that spike again (at
 * least once). Without a webhook it only finds the spikes. Needs an open store; not thread-safe
 * (run one pass at a time per store and webhook).
 */
final class SpikeAlerts {

  /** What became of a spike in this pass. */
  enum Status {
    FOUND("found"), SENT("sent"), ALREADY_SENT("already sent"), UNSENT("unsent"),
    SKIPPED("skipped: before the webhook's first use");

    /** How a spike's line names it. */
    final String label;

    Status(String label) {
      this.label = label;
    }
  }

  record Outcome(Spike spike, Status status) {}

  /**
   * @param series country and type pairs that had incidents
   * @param outcomes the spikes, by day, country and type
   * @param failure why the webhook failed, in one line without its URL, when it did
   */
  record Result(int series, List<Outcome> outcomes, Optional<String> failure) {
    long count(Status status) {
      return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** {@code {"series":N,"spikes":N,"sent":N,"already_sent":N,"unsent":N,"skipped":N}} */
    String json() {
      return "{\"series\":" + series + ",\"spikes\":" + outcomes.size() + ",\"sent\":" + count(Status.SENT)
          + ",\"already_sent\":" + count(Status.ALREADY_SENT) + ",\"unsent\":" + count(Status.UNSENT)
          + ",\"skipped\":" + count(Status.SKIPPED) + "}";
    }
  }

  private final Store store;
  private final SpikeDetector detector;
  private final Optional<Webhook> webhook;
  private final int backfillDays;

  /**
   * The days before the latest day whose spikes a webhook gets at its first use: with 1, the spikes
   * of the latest day and the day before, those still current.
   */
  static final int DEFAULT_BACKFILL_DAYS = 1;

  /**
   * @param backfillDays the days before {@code until} whose spikes a webhook gets at its first use
   *     (and whose skipped spikes it gets on any pass); the older ones are skipped
   */
  SpikeAlerts(Store store, SpikeDetector detector, Optional<Webhook> webhook, int backfillDays) {
    this.store = Objects.requireNonNull(store, "store");
    this.detector = Objects.requireNonNull(detector, "detector");
    this.webhook = Objects.requireNonNull(webhook, "webhook");
    this.backfillDays = checkedBackfillDays(backfillDays);
  }

  /**
   * {@code days}, when it is a backfill (0 or more).
   *
   * @throws IllegalArgumentException when it is not, with the value
   */
  static int checkedBackfillDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("--backfill-days must be 0 or more: " + days);
    }
    return days;
  }

  /**
   * Days of counts before {@code since} that the detector reads as history but never reports: its
   * four-week memory. Without them a day would be judged against a history cut at wherever the window
   * starts, so as the window slides a day judged ordinary when it was current could turn into a spike
   * weeks later (after a busy spell then a quiet one, cut just after the busy spell) and be sent then.
   */
  static final int HISTORY_DAYS = 28;

  /** The offset of the places whose calendar day starts first (Kiribati's Line Islands, UTC+14). */
  static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

  /**
   * The latest calendar day anywhere on Earth at {@code clock}'s instant (the day in UTC+14): the
   * last day an incident can be dated by its local date, so the {@code until} the callers pass. An
   * incident in Auckland or Kiribati dated by its own day counts as soon as that day has begun there,
   * not a round later when UTC reaches it; one dated later still is misdated or planned.
   *
   * <p>That day has only just begun in most places, so its counts are partial: the detector judges
   * it on what it has so far (a partial count can only miss a spike, never make one), nothing marks a
   * day as judged, and every pass judges it again, so a spike that builds up later in the day is found
   * then. The clock's zone is ignored.
   */
  static LocalDate latestDay(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), EARLIEST_ZONE);
  }

  /**
   * Finds (and sends) the spikes from {@code since} to {@code until}, judged with {@link #HISTORY_DAYS}
   * days of counts before {@code since}; incidents dated after {@code until} ({@link #latestDay}, for
   * the callers) are misdated or planned, never a spike. Each series ends at its last day with
   * incidents, never after {@code until}.
   */
  Result run(LocalDate since, LocalDate until) throws InterruptedException {
    List<IncidentCount> counts = store.events().incidentCounts(since.minusDays(HISTORY_DAYS)).stream()
        .filter(c -> !c.day().isAfter(until)).toList();
    int series = counts.stream().filter(c -> !c.day().isBefore(since))
        .map(c -> c.country() + "\u0000" + c.type()).collect(Collectors.toSet()).size();
    List<Outcome> outcomes = new ArrayList<>();
    String failure = null;
    boolean firstUse = webhook.isPresent() && !store.alerts().knows(webhook.get().destination());
    LocalDate backfillFrom = until.minusDays(backfillDays);
    for (Spike spike : detector.detect(counts).stream().filter(s -> !s.day().isBefore(since)).toList()) {
      if (webhook.isEmpty()) {
        outcomes.add(new Outcome(spike, Status.FOUND));
        continue;
      }
      AlertLog.Entry entry = store.alerts().entry(webhook.get().destination(), spike);
      boolean stale = spike.day().isBefore(backfillFrom);
      if (entry == AlertLog.Entry.SENT) {
        outcomes.add(new Outcome(spike, Status.ALREADY_SENT));
      } else if (stale && (firstUse || entry == AlertLog.Entry.SKIPPED)) {
        if (entry == AlertLog.Entry.NONE) {
          store.alerts().markSkipped(webhook.get().destination(), webhook.get().host(), spike);
        }
        outcomes.add(new Outcome(spike, Status.SKIPPED));
      } else if (failure != null) {
        outcomes.add(new Outcome(spike, Status.UNSENT));
      } else {
        failure = send(webhook.get(), spike);
        outcomes.add(new Outcome(spike, failure == null ? Status.SENT : Status.UNSENT));
      }
    }
    return new Result(series, List.copyOf(outcomes), Optional.ofNullable(failure));
  }

  /** Sends and records {@code spike}; null when done, else why not. */
  private String send(Webhook hook, Spike spike) throws InterruptedException {
    int status;
    try {
      status = hook.notifier().send(spike);
    } catch (RefusedUrl e) {
      return "webhook " + hook.host() + " refused: " + Webhook.reason(e);
    } catch (UncheckedIOException e) {
      return SecretUrls.redact(e.getMessage()); // names the host only
    }
    if (status / 100 != 2) {
      return "webhook " + hook.host() + " answered HTTP " + status;
    }
    store.alerts().markSent(hook.destination(), hook.host(), spike);
    return null;
  }
}
