package org.marsad.store;

import java.util.Objects;

/**
 * An actor of an event as a report shows it.
 *
 * @param name the name (a registry name when linked)
 * @param type PERSON, ORGANIZATION, STATE or GROUP; may be empty
 * @param role agent, participant, perpetrator, suspect, target, addressee; may be empty
 * @param title office held, may be empty
 * @param country ISO 3166-1 alpha-2 code the actor belongs to, may be empty
 */
public record ReportActor(String name, String type, String role, String title, String country) {

  public ReportActor {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("actor name must not be blank: role=" + role);
    }
    type = type == null ? "" : type;
    role = role == null ? "" : role;
    title = title == null ? "" : title;
    country = country == null ? "" : country;
  }
}
