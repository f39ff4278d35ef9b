package org.marsad.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A link between a response and an incident it concerns, seen from one of the two events.
 *
 * @param other the event at the other end: the incident when seen from a response, the response
 *     when seen from an incident
 * @param decision why they were linked
 * @param decidedAt when
 */
public record EventLink(EventSummary other, Decision decision, Instant decidedAt) {

  public EventLink {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }
}
