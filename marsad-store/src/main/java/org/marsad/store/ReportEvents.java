package org.marsad.store;

import java.time.LocalDate;
import java.util.List;

/** Reads the events a report covers, in bulk. Thread-safe. */
public interface ReportEvents {

  /**
   * The events dated from {@code from} to {@code to} (inclusive), rejected ones never, ordered by
   * date then id. With {@code verifiedOnly} only verified events; otherwise also unverified ones
   * and the records no event holds yet, one provisional event each.
   */
  List<ReportEvent> between(LocalDate from, LocalDate to, boolean verifiedOnly);
}
