package org.marsad.store;

import java.util.Objects;

/** An account, without its password. Immutable. */
public record User(long id, String name, Role role) {
  public User {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
