package org.marsad.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.core.alert.Spike;
import org.marsad.core.alert.SpikeDetector;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad alerts}: finds the spikes in incident counts per country and type since a day,
 * prints one line per spike and then a JSON line of figures; with {@code --webhook} it also sends
 * the spikes that webhook has not had yet; at the webhook's first use, only those of the last
 * {@code --backfill-days} days before today (the older ones are recorded as skipped, and sent by a
 * later run with a longer {@code --backfill-days}). Exit 1 when the webhook failed (the spikes stay
 * unsent, for the next run).
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = "Spikes in incident counts per country and type; with --webhook, send the new ones.")
final class AlertsCommand implements Callable<Integer> {

  /** How far back counts go unless told: the baseline needs weeks of history. */
  static final int DEFAULT_DAYS = 60;

  @Mixin HomeOptions home;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Count incidents from this day to today, the latest day anywhere on Earth (yyyy-mm-dd; "
          + "default: " + DEFAULT_DAYS + " days ago).")
  LocalDate since;

  @Option(names = "--webhook", paramLabel = "URL",
      description = "POST each new spike as JSON to this URL (never printed; only its host is).")
  String webhook;

  @Option(names = "--allow-host", paramLabel = "HOST",
      description = "Send to this host even though it resolves to a loopback or private address "
          + "(repeatable; also $MARSAD_ALLOW_HOSTS, comma-separated). Refused by default.")
  List<String> allowHosts = List.of();

  @Option(names = "--backfill-days", paramLabel = "N",
      description = "At a webhook's first use, send the spikes of today and the N days before only; older ones "
          + "are skipped (recorded, never sent) unless a later run's N reaches them (default: "
          + SpikeAlerts.DEFAULT_BACKFILL_DAYS + "; " + DEFAULT_DAYS + " sends the whole default window).")
  int backfillDays = SpikeAlerts.DEFAULT_BACKFILL_DAYS;

  /** What {@code today} is read from ({@link SpikeAlerts#latestDay}); tests set their own. */
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws Exception {
    Optional<Webhook> hook;
    try {
      SpikeAlerts.checkedBackfillDays(backfillDays);
      hook = webhook == null ? Optional.empty() : Optional.of(Webhook.of(webhook, allowedHosts(allowHosts)));
    } catch (IllegalArgumentException e) {
      System.err.println("marsad: " + e.getMessage());
      return Main.USAGE;
    }
    LocalDate today = SpikeAlerts.latestDay(clock);
    LocalDate from = since != null ? since : today.minusDays(DEFAULT_DAYS);
    SpikeAlerts.Result result;
    try (Webhook open = hook.orElse(null); Store store = home.openStore()) {
      result = new SpikeAlerts(store, SpikeDetector.defaults(), hook, backfillDays).run(from, today);
    }
    for (SpikeAlerts.Outcome o : result.outcomes()) {
      System.out.println(line(o));
    }
    result.failure().ifPresent(f -> System.err.println("marsad: warning: " + f + "; the unsent spikes are sent next run"));
    System.out.println(result.json());
    return result.failure().isPresent() ? Main.FAILURE : Main.OK;
  }

  /** {@code spike 2025-06-10 SE desecration: 5 incidents, expected 0.10 a day, p=3.8e-06 (sent)} */
  static String line(SpikeAlerts.Outcome o) {
    Spike s = o.spike();
    return String.format(Locale.ROOT, "spike %s %s %s: %d incidents, expected %.2f a day, p=%.1e (%s)", s.day(),
        s.country().isEmpty() ? "??" : s.country(), s.type(), s.count(), s.expected(), s.pValue(),
        o.status().label);
  }

  /** {@code hosts} and those of $MARSAD_ALLOW_HOSTS. */
  static Set<String> allowedHosts(List<String> hosts) {
    Set<String> allowed = new HashSet<>(hosts);
    String env = System.getenv("MARSAD_ALLOW_HOSTS");
    if (env != null && !env.isBlank()) {
      Arrays.stream(env.split(",")).map(String::trim).filter(h -> !h.isEmpty()).forEach(allowed::add);
    }
    return allowed;
  }
}
