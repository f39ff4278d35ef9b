package org.marsad.core.registry;

import java.util.List;
import java.util.Objects;

/**
 * An organisation, one of its organs, or an office within it (the OIC, its Council of Foreign
 * Ministers, the UN Secretary-General...). Immutable and thread-safe.
 *
 * @param id stable registry id, lower-case letters, digits and hyphens
 * @param kind organisation, organ or office
 * @param name preferred English name
 * @param acronyms acronyms it is known by, may be empty
 * @param aliases other names, former names and spelling variants, may be empty
 * @param parentId id of the organisation it belongs to, empty for a top-level organisation
 * @param seatCountry ISO 3166-1 alpha-2 code of the seat city's country, empty when it has no fixed
 *     seat
 * @param seatCity seat city, empty when it has no fixed seat
 * @param note remarks, empty when none
 */
public record RegistryOrg(
    String id,
    Kind kind,
    String name,
    List<String> acronyms,
    List<String> aliases,
    String parentId,
    String seatCountry,
    String seatCity,
    String note) {

  /** What sort of body this is. */
  public enum Kind {
    ORGANISATION,
    ORGAN,
    OFFICE
  }

  public RegistryOrg {
    RegistryIds.require(id, "organisation id");
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("organisation name must not be blank: id=" + id);
    }
    acronyms = List.copyOf(acronyms == null ? List.of() : acronyms);
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    parentId = parentId == null ? "" : parentId;
    if (parentId.equals(id)) {
      throw new IllegalArgumentException("organisation cannot be its own parent: id=" + id);
    }
    seatCountry = CountryCodes.requireAlpha2OrEmpty(seatCountry, "seatCountry");
    seatCity = seatCity == null ? "" : seatCity;
    note = note == null ? "" : note;
  }
}
