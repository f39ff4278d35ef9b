package org.marsad.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.marsad.core.alert.Spike;

/**
 * {@link AlertLog} on the {@code alerts_sent} table. Needs a {@link Jdbi} and the clock that
 * stamps sends. Thread-safe: holds no state; marking twice is one row (insert on conflict, which
 * only turns a skipped row into a sent one).
 */
final class JdbiAlertLog implements AlertLog {

  private final Jdbi jdbi;
  private final Clock clock;

  JdbiAlertLog(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Entry entry(String destination, Spike spike) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select skipped from alerts_sent where destination = :dest and day = :day"
                        + " and country = :country and type = :type")
                .bind("dest", Objects.requireNonNull(destination, "destination"))
                .bind("day", spike.day())
                .bind("country", spike.country())
                .bind("type", spike.type())
                .mapTo(Boolean.class)
                .findOne()
                .map(skipped -> skipped ? Entry.SKIPPED : Entry.SENT)
                .orElse(Entry.NONE));
  }

  @Override
  public boolean knows(String destination) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select exists (select 1 from alerts_sent where destination = :dest)")
                .bind("dest", Objects.requireNonNull(destination, "destination"))
                .mapTo(Boolean.class)
                .one());
  }

  @Override
  public void markSent(String destination, String host, Spike spike) {
    mark(destination, host, spike, false);
  }

  @Override
  public void markSkipped(String destination, String host, Spike spike) {
    mark(destination, host, spike, true);
  }

  /** Inserts the entry; a skipped one already there turns into a sent one when {@code skipped} is false. */
  private void mark(String destination, String host, Spike spike, boolean skipped) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "insert into alerts_sent (destination, day, country, type, host, count, sent_at, skipped)"
                        + " values (:dest, :day, :country, :type, :host, :count, :at, :skipped)"
                        + " on conflict (destination, day, country, type) do update"
                        + " set host = excluded.host, count = excluded.count, sent_at = excluded.sent_at,"
                        + " skipped = false"
                        + " where alerts_sent.skipped and not excluded.skipped")
                .bind("dest", Objects.requireNonNull(destination, "destination"))
                .bind("day", spike.day())
                .bind("country", spike.country())
                .bind("type", spike.type())
                .bind("host", Objects.requireNonNull(host, "host"))
                .bind("count", spike.count())
                .bind("at", OffsetDateTime.now(clock))
                .bind("skipped", skipped)
                .execute());
  }
}
