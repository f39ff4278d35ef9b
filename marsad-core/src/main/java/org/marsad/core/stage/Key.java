package org.marsad.core.stage;

import java.util.Objects;

/**
 * A typed name for one thing a stage provides, such as the parse of a document or its places.
 * Keys compare by name; the type makes {@link Analysis#get} type-safe.
 */
public record Key<T>(String name, Class<T> type) {

  public Key {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!name.matches("[a-z][a-z0-9_.]*")) {
      throw new IllegalArgumentException("key name must be lower-case letters, digits, _ or .: " + name);
    }
  }

  public static <T> Key<T> of(String name, Class<T> type) {
    return new Key<>(name, type);
  }

  @Override
  public String toString() {
    return name;
  }
}
