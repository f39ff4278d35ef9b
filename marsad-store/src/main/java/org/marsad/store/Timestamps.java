package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Converts between the injected clock and {@code timestamptz}, which keeps microseconds: a time
 * read back equals the time written. Stateless and thread-safe.
 */
final class Timestamps {

  private Timestamps() {}

  /**
   * The clock's instant, to the microsecond, as a value the driver binds to {@code timestamptz}.
   */
  static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static Instant read(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
