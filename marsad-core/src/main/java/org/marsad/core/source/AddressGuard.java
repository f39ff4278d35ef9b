package org.marsad.core.source;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses URLs the watcher must not fetch: schemes other than http and https, and hosts that
 * resolve to a loopback, private, link-local, unique-local, carrier-grade NAT, multicast or
 * unspecified address, unless the host is explicitly allowed (tests allow their own loopback
 * server; an intranet feed can be allowed in configuration). Every address a name resolves to must
 * be public. {@link #addresses} resolves a host once and returns what it approved, so that a client
 * can connect to exactly those addresses ({@link GuardedHttpClient}) and a DNS server that answers
 * differently the second time (DNS rebinding) gains nothing. A refusal names only the URL's scheme,
 * host and port ({@link SecretUrls#hostOnly}): the path of a webhook may be its secret. Needs a
 * {@link HostResolver} (the system's by default). Immutable and thread-safe.
 */
public final class AddressGuard {

  /** A host the guard refuses to connect to, with the reason; an {@link UnknownHostException} for HTTP clients. */
  public static final class RefusedHost extends UnknownHostException {
    private final String reason;

    RefusedHost(String reason) {
      super(reason);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  private final Set<String> allowedHosts;
  private final HostResolver resolver;

  public AddressGuard(Set<String> allowedHosts) {
    this(allowedHosts, HostResolver.system());
  }

  public AddressGuard(Set<String> allowedHosts, HostResolver resolver) {
    this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    this.resolver = resolver;
  }

  /** The guard that allows no private address. */
  public static AddressGuard publicOnly() {
    return new AddressGuard(Set.of());
  }

  /**
   * Fails when {@code uri} must not be fetched: its scheme, its host or any address the host resolves to.
   *
   * @throws RefusedUrl with the reason, naming the URL's host and the address
   */
  public void check(URI uri) {
    String host = checkSchemeAndHost(uri);
    try {
      addresses(host);
    } catch (RefusedHost e) {
      throw refused(uri, e.reason());
    } catch (UnknownHostException e) {
      throw refused(uri, "host " + host + " does not resolve");
    }
  }

  /**
   * Fails when {@code uri} is not http or https or names no host; resolves nothing.
   *
   * @return the host without IPv6 brackets
   * @throws RefusedUrl with the reason
   */
  public String checkSchemeAndHost(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused(uri, "only http and https URLs are fetched, not \"" + scheme + "\"");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw refused(uri, "the URL names no host");
    }
    return bare(host);
  }

  /**
   * Resolves {@code host} once and returns its addresses, all public unless the host is allowed; a client that
   * connects only to these cannot be sent elsewhere by a second DNS answer.
   *
   * @throws RefusedHost when an address is not public (or the host resolves to nothing)
   * @throws UnknownHostException when the host does not resolve
   */
  public List<InetAddress> addresses(String host) throws UnknownHostException {
    String name = bare(host);
    List<InetAddress> addresses = resolver.resolve(name);
    if (addresses == null || addresses.isEmpty()) {
      throw new RefusedHost("host " + name + " does not resolve");
    }
    if (allowedHosts.contains(name.toLowerCase(Locale.ROOT))) {
      return List.copyOf(addresses);
    }
    for (InetAddress a : addresses) {
      if (!isPublic(a)) {
        throw new RefusedHost("host " + name + " resolves to the non-public address " + a.getHostAddress()
            + " (allow the host in configuration to fetch it)");
      }
    }
    return List.copyOf(addresses);
  }

  /** A refusal of {@code uri} that shows only its scheme, host and port. */
  static RefusedUrl refused(URI uri, String reason) {
    return new RefusedUrl(uri, SecretUrls.hostOnly(String.valueOf(uri)), reason);
  }

  private static String bare(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** Whether {@code a} is an address on the public internet. */
  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
      boolean mappedV4 = isMappedV4(b);
      if (mappedV4) {
        try {
          return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
      return !uniqueLocal;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    boolean carrierNat = first == 100 && second >= 64 && second <= 127;
    boolean thisNetwork = first == 0;
    boolean reserved = first >= 240;
    boolean benchmarking = first == 198 && (second == 18 || second == 19);
    return !(carrierNat || thisNetwork || reserved || benchmarking);
  }

  private static boolean isMappedV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }
}
