package org.marsad.app.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.marsad.store.ReportEvent;

/**
 * The frozen data a report is built from: the events of the period and of the period before it
 * (for comparison), read once from the store. Its id is a hash of its content, so equal data give
 * an equal id; its time is when that content was first taken. Immutable.
 *
 * @param id first 16 hex digits of the SHA-256 of the content
 * @param takenAt when the content was first taken (from the injected clock)
 * @param period the period reported
 * @param verifiedOnly whether only verified events were taken
 * @param events the events of {@code period.previous().from()} to {@code period.to()}, by date
 */
public record Snapshot(String id, Instant takenAt, Period period, boolean verifiedOnly, List<ReportEvent> events) {

  public Snapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(takenAt, "takenAt");
    Objects.requireNonNull(period, "period");
    events = List.copyOf(events);
    if (!id.matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("snapshot id must be 16 hex digits: " + id);
    }
  }
}
