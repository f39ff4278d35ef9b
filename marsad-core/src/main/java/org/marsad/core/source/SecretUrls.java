package org.marsad.core.source;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps secrets that ride in URLs out of logs, messages and output. {@link #redact} masks, as {@code ***}, the
 * password of the user info ({@code https://user:***@host/}) and the value of every query, fragment or JDBC
 * parameter whose name says it is a secret ({@code password}, {@code token}, {@code access_token}, {@code key},
 * {@code apikey}, {@code api_key}, {@code secret}, {@code client_secret}, {@code signature}, {@code session}...);
 * it works on any text, so a message that quotes a URL can be passed whole. {@link #hostOnly} keeps only the
 * scheme, host and port, for URLs whose path itself is the secret (webhooks such as {@code
 * /services/T0/B0/XXXX}). Stateless and thread-safe.
 */
public final class SecretUrls {

  private static final String SECRET_NAMES =
      "passw(?:or)?d|pwd|pass|token|key|secret|apikey|signature|sig|auth|authorization|credentials?|session(?:id)?";

  /**
   * {@code name=value} after {@code ? & ; #} (or at the start) where the name is or ends with a secret's name; the
   * value ends before {@code & ; #}, white space or the end, leaving punctuation that ends a sentence
   * ({@code password=***: refused}).
   */
  private static final Pattern PARAMETER = Pattern.compile(
      "(?i)((?:^|[?&;#\\s])[\\w.\\-]*?(?:" + SECRET_NAMES + ")=)[^&;#\\s]*?(?=[:,.)\\]]?(?:[&;#\\s]|$))");

  /** The password of {@code scheme://user:password@host}. */
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?#\\s]*:)[^@/?#\\s]*@");

  private SecretUrls() {}

  /** {@code text} with URL passwords and secret parameters masked as {@code ***}; null stays null. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String masked = USER_INFO.matcher(text).replaceAll("$1***@");
    return PARAMETER.matcher(masked).replaceAll("$1***");
  }

  /**
   * Only the scheme, host and port of {@code url} ({@code https://hooks.example.org:8443}), for logging a URL
   * whose path or query may be a secret; {@code (not a URL)} when it has no host.
   */
  public static String hostOnly(String url) {
    if (url == null) {
      return "(not a URL)";
    }
    try {
      String s = url.strip();
      URI uri = URI.create(s.regionMatches(true, 0, "jdbc:", 0, 5) ? s.substring(5) : s);
      if (uri.getHost() == null || uri.getScheme() == null) {
        return "(not a URL)";
      }
      return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost()
          + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    } catch (IllegalArgumentException e) {
      return "(not a URL)";
    }
  }
}
