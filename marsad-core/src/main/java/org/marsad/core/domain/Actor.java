package org.marsad.core.domain;

import java.util.Objects;

/**
 * A person, organisation or state taking part in an incident or response.
 *
 * @param name the name as best known (a registry name when linked)
 * @param type PERSON, ORGANIZATION (named), STATE, or GROUP (a body named by a common noun: "the
 *     police", "Denmark's parliament")
 * @param role what it did in the record: agent, participant, perpetrator, suspect, target, addressee
 * @param title office held, e.g. "Foreign Minister", empty when unknown
 * @param org organisation the title belongs to, e.g. "OIC", empty when unknown
 * @param country ISO 3166-1 alpha-2 the actor belongs to, empty when unknown
 * @param registryId id in the shipped registry, empty when not linked
 * @param evidence the mention it was read from
 */
public record Actor(
    String name,
    String type,
    String role,
    String title,
    String org,
    String country,
    String registryId,
    Evidence evidence) {

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(evidence, "evidence");
    if (name.isBlank()) {
      throw new IllegalArgumentException("actor name must not be blank: evidence=" + evidence);
    }
    type = type == null ? "" : type;
    role = role == null ? "" : role;
    title = title == null ? "" : title;
    org = org == null ? "" : org;
    country = country == null ? "" : country;
    registryId = registryId == null ? "" : registryId;
  }

  public Actor withRole(String newRole) {
    return new Actor(name, type, newRole, title, org, country, registryId, evidence);
  }
}
