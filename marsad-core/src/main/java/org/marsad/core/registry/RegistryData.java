package org.marsad.core.registry;

import java.util.List;

/**
 * The registry as read from JSON, before indexing. Immutable and thread-safe.
 *
 * @param version data version of the registry file
 * @param honorifics courtesy words ignored before any person's name ("Dr", "Ambassador")
 * @param titlePrefixes titles ignored before any person's name ("Foreign Minister")
 * @param states member and observer states
 * @param organisations organisations, organs and offices
 * @param persons persons with their offices
 */
record RegistryData(
    String version,
    List<String> honorifics,
    List<String> titlePrefixes,
    List<MemberState> states,
    List<RegistryOrg> organisations,
    List<RegistryPerson> persons) {

  RegistryData {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("registry version must not be blank: version=" + version);
    }
    honorifics = List.copyOf(honorifics);
    titlePrefixes = List.copyOf(titlePrefixes);
    states = List.copyOf(states);
    organisations = List.copyOf(organisations);
    persons = List.copyOf(persons);
  }
}
