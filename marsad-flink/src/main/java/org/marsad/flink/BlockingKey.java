package org.marsad.flink;

import java.util.Objects;
import org.marsad.core.domain.ExtractedRecord;

/**
 * The block a record falls in for same-event matching: kind, type, country and month. Records in
 * different blocks are, with rare exceptions, not reports of one event: another kind or type never
 * is; another country or month seldom is (a record without a place or date gets an empty country
 * or month, and an event on the last day of a month may be reported in the next). Immutable.
 */
public record BlockingKey(String kind, String type, String country, String month) {

  public BlockingKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(month, "month");
    if (!month.isEmpty() && !month.matches("\\d{4}-\\d{2}")) {
      throw new IllegalArgumentException("month must be YYYY-MM or empty: month=" + month);
    }
  }

  public static BlockingKey of(ExtractedRecord r) {
    String month = r.date() == null ? "" : r.date().toString().substring(0, 7);
    return new BlockingKey(r.kind().id(), r.type(), r.place() == null ? "" : r.place().country(), month);
  }

  /** {@code kind/type/country/month}, the form used as a Kafka and Flink key. */
  @Override
  public String toString() {
    return kind + "/" + type + "/" + country + "/" + month;
  }
}
