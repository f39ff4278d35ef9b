package org.marsad.core.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person holds a title in an organisation or a state for a time: Foreign Minister of Pakistan
 * from 2018-08-20 to 2022-04-10. Immutable and thread-safe.
 *
 * @param personId registry id of the holder
 * @param title the title, e.g. "Foreign Minister"
 * @param orgId registry id of the organisation the office belongs to or is accredited to, empty for
 *     a purely national office
 * @param country ISO 3166-1 alpha-2 code of the state the office belongs to or represents, empty
 *     for an office of an international organisation
 * @param from first date in office; {@code null} when not known (treated as open)
 * @param to last date in office; {@code null} when the office is believed still held or the end is
 *     not known (see {@code note})
 * @param note remarks on the dates, empty when none
 */
public record Office(
    String personId,
    String title,
    String orgId,
    String country,
    PartialDate from,
    PartialDate to,
    String note) {

  public Office {
    RegistryIds.require(personId, "personId");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("office title must not be blank: personId=" + personId);
    }
    orgId = orgId == null ? "" : orgId;
    country = CountryCodes.requireAlpha2OrEmpty(country, "country");
    if (orgId.isEmpty() && country.isEmpty()) {
      throw new IllegalArgumentException(
          "an office needs an organisation or a country: personId="
              + personId
              + ", title="
              + title);
    }
    if (from != null && to != null && from.earliest().isAfter(to.latest())) {
      throw new IllegalArgumentException(
          "office ends before it starts: personId="
              + personId
              + ", title="
              + title
              + ", from="
              + from
              + ", to="
              + to);
    }
    note = note == null ? "" : note;
  }

  /**
   * True when the office may have been held on {@code date}: dates known only to the year or month
   * count as covering all of that year or month, and a missing bound is open.
   */
  public boolean heldAt(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (from == null || !date.isBefore(from.earliest()))
        && (to == null || !date.isAfter(to.latest()));
  }
}
