package org.marsad.store;

import java.util.Locale;

/** What an account may do: viewers read, analysts also review, admins also manage accounts. */
public enum Role {
  VIEWER,
  ANALYST,
  ADMIN;

  /** Whether this role may do what {@code needed} may. */
  public boolean atLeast(Role needed) {
    return ordinal() >= needed.ordinal();
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role named {@code id} ({@code admin}, {@code analyst}, {@code viewer}). */
  public static Role of(String id) {
    for (Role r : values()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("role must be admin, analyst or viewer: role=" + id);
  }
}
