package org.marsad.core.domain;

import java.util.Objects;

/**
 * A resolved place: a gazetteer entry with its country and coordinates.
 *
 * @param id gazetteer id (GeoNames id for cities, {@code country:XX} for countries)
 * @param name preferred name
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param admin1 first-level administrative area code or name, may be empty
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param population population, 0 when unknown
 * @param kind what sort of place this is
 */
public record Place(
    String id, String name, String country, String admin1, double lat, double lon, long population, Kind kind) {

  /** The sort of place, from the most to the least specific. */
  public enum Kind {
    CITY,
    ADMIN,
    COUNTRY
  }

  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    admin1 = admin1 == null ? "" : admin1;
    if (country == null || !country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2: country=" + country);
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("coordinates out of range: lat=" + lat + ", lon=" + lon);
    }
  }
}
