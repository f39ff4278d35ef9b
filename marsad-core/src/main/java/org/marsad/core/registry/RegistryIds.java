package org.marsad.core.registry;

import java.util.regex.Pattern;

/** Checks the form of registry ids. Stateless and thread-safe. */
final class RegistryIds {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private RegistryIds() {}

  /** Returns {@code id} if it is lower-case kebab case, otherwise throws naming {@code what}. */
  static String require(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what + " must be lower-case letters, digits and single hyphens: id=" + id);
    }
    return id;
  }
}
