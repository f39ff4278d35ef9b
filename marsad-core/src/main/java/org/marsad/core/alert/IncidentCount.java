package org.marsad.core.alert;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many incidents (events, not articles) of one type happened in one country on one day.
 *
 * @param day the day
 * @param country ISO 3166-1 alpha-2 code, or empty when unknown
 * @param type typology id, e.g. {@code place_of_worship_attack}
 * @param count incidents, at least 0
 */
public record IncidentCount(LocalDate day, String country, String type, int count) {

  public IncidentCount {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(type, "type");
    country = country == null ? "" : country;
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count + " for " + type + " in " + country
          + " on " + day);
    }
  }
}
