package org.marsad.app;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.marsad.core.alert.WebhookNotifier;
import org.marsad.core.source.AddressGuard;
import org.marsad.core.source.RefusedUrl;
import org.marsad.core.source.SecretUrls;

/**
 * A webhook that spike alerts go to: its notifier, the key that names it in the alert log without
 * its URL (the SHA-256 of the URL, which may hold a secret in its path or query) and its host for
 * people. The URL is never printed. Thread-safe; close it to close the notifier's connections.
 *
 * @param destination hex SHA-256 of the URL
 * @param host scheme, host and port only
 */
record Webhook(WebhookNotifier notifier, String destination, String host) implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /**
   * The webhook at {@code url}, checked now: an absolute http or https URL whose host is public or
   * in {@code allowedHosts}.
   *
   * @throws IllegalArgumentException when it is not, with a message that shows only the host
   */
  static Webhook of(String url, Set<String> allowedHosts) {
    String host = SecretUrls.hostOnly(url);
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the webhook is not a URL: " + host);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("a webhook needs an absolute http or https URL: " + host);
    }
    AddressGuard guard = new AddressGuard(allowedHosts);
    try {
      guard.check(uri);
    } catch (RefusedUrl e) {
      throw new IllegalArgumentException("webhook " + host + " refused: " + reason(e));
    }
    return new Webhook(new WebhookNotifier(uri, guard, TIMEOUT), sha256(uri.toString()), host);
  }

  /** Closes the notifier's connections; it sends nothing after. */
  @Override
  public void close() {
    notifier.close();
  }

  /** The reason of a refusal without the URL it starts with. */
  static String reason(RefusedUrl e) {
    String m = e.getMessage();
    int at = m.indexOf(": ");
    return at < 0 ? m : m.substring(at + 2);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
