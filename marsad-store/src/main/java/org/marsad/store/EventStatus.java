package org.marsad.store;

import java.util.Locale;

/** Where an event is in review: every event starts unverified; analysts verify or reject it. */
public enum EventStatus {
  UNVERIFIED,
  VERIFIED,
  REJECTED;

  /** The lower-case name stored in the database and used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EventStatus of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
