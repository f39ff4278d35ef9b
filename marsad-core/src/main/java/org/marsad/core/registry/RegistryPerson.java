package org.marsad.core.registry;

import java.util.List;

/**
 * A person named in the registry with the offices they held. Immutable and thread-safe.
 *
 * @param id stable registry id, lower-case letters, digits and hyphens
 * @param name preferred written name
 * @param aliases other names: surname alone, spelling variants, fuller forms
 * @param honorifics words that may precede the name for this person only ("Makhdoom", "Dr")
 * @param country ISO 3166-1 alpha-2 code of nationality, empty when not recorded
 * @param offices offices held, in the registry's order
 * @param note remarks, empty when none
 */
public record RegistryPerson(
    String id,
    String name,
    List<String> aliases,
    List<String> honorifics,
    String country,
    List<Office> offices,
    String note) {

  public RegistryPerson {
    RegistryIds.require(id, "person id");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("person name must not be blank: id=" + id);
    }
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    honorifics = List.copyOf(honorifics == null ? List.of() : honorifics);
    country = CountryCodes.requireAlpha2OrEmpty(country, "country");
    offices = List.copyOf(offices == null ? List.of() : offices);
    for (Office o : offices) {
      if (!o.personId().equals(id)) {
        throw new IllegalArgumentException(
            "office belongs to another person: id=" + id + ", office.personId=" + o.personId());
      }
    }
    note = note == null ? "" : note;
  }
}
