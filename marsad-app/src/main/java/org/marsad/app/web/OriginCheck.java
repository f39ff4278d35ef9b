package org.marsad.app.web;

import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses browser writes sent from another site. Browsers send an {@code Origin} header
 * ({@code scheme://host[:port]}) with every POST; a write whose Origin names another host and port than the
 * request's {@code Host} header is cross-origin. Both are read into a lower-case host and a port, the default
 * port of the Origin's scheme when none is written (so {@code https://example.org} matches the Host
 * {@code example.org} and {@code example.org:443}, and {@code http://[::1]} matches {@code [::1]}). An Origin that
 * is not an http or https origin ({@code null}, from sandboxed or file pages, or garbage) is cross-origin. A
 * request without an Origin (a script, an old browser) is judged by its CSRF token alone. Stateless.
 */
final class OriginCheck {

  /** A host (lower case; an IPv6 address in brackets) and a port. */
  record Authority(String host, int port) {

    /** {@code authority} ({@code host[:port]}) with {@code scheme}'s default port when it names none. */
    static Optional<Authority> parse(String scheme, String authority) {
      int defaultPort = switch (scheme) {
        case "http" -> 80;
        case "https" -> 443;
        default -> -1;
      };
      if (defaultPort < 0 || authority == null || authority.isBlank()) {
        return Optional.empty();
      }
      try {
        URI u = new URI(scheme + "://" + authority.strip());
        if (u.getHost() == null || u.getRawUserInfo() != null || !u.getRawPath().isEmpty() || u.getRawQuery() != null
            || u.getRawFragment() != null) {
          return Optional.empty();
        }
        return Optional.of(new Authority(u.getHost().toLowerCase(Locale.ROOT), u.getPort() < 0 ? defaultPort : u.getPort()));
      } catch (java.net.URISyntaxException e) {
        return Optional.empty();
      }
    }
  }

  private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private OriginCheck() {}

  /** Whether a request with {@code method} and these headers (either may be null) is a cross-origin write. */
  static boolean refused(HandlerType method, String origin, String host) {
    return isWrite(method) && origin != null && !sameOrigin(origin, host);
  }

  /** Whether {@code method} may change something (all but GET, HEAD and OPTIONS). */
  static boolean isWrite(HandlerType method) {
    return !READS.contains(method); // HandlerType is a record: compared by value, not by identity
  }

  /** Whether the {@code Origin} header names the host and port of the {@code Host} header. */
  static boolean sameOrigin(String origin, String host) {
    Optional<URI> o = originUri(origin);
    if (o.isEmpty() || host == null) {
      return false;
    }
    String scheme = o.get().getScheme().toLowerCase(Locale.ROOT);
    Optional<Authority> sent = Authority.parse(scheme, o.get().getRawAuthority());
    return sent.isPresent() && sent.equals(Authority.parse(scheme, host));
  }

  /** {@code origin} as a URI when it is {@code scheme://authority} and nothing more. */
  private static Optional<URI> originUri(String origin) {
    if (origin == null) {
      return Optional.empty();
    }
    try {
      URI o = new URI(origin.strip());
      boolean bare = o.getScheme() != null && o.getRawAuthority() != null && o.getRawPath().isEmpty()
          && o.getRawQuery() == null && o.getRawFragment() == null;
      return bare ? Optional.of(o) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
