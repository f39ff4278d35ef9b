package org.marsad.core.registry;

import java.util.Locale;
import java.util.Set;

/**
 * Checks ISO 3166-1 alpha-2 codes against the JDK's list of countries. Stateless and thread-safe.
 */
final class CountryCodes {

  private static final Set<String> ALPHA2 = Set.of(Locale.getISOCountries());

  private CountryCodes() {}

  /** True when {@code code} is an upper-case ISO 3166-1 alpha-2 code known to the JDK. */
  static boolean isAlpha2(String code) {
    return code != null && ALPHA2.contains(code);
  }

  /**
   * Returns {@code code} when it is empty or a valid alpha-2 code, otherwise throws.
   *
   * @param what names the field in the error message
   */
  static String requireAlpha2OrEmpty(String code, String what) {
    String c = code == null ? "" : code;
    if (!c.isEmpty() && !isAlpha2(c)) {
      throw new IllegalArgumentException(
          what + " must be an ISO 3166-1 alpha-2 code: " + what + "=" + code);
    }
    return c;
  }
}
