package org.marsad.core.source;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses URLs the watcher must not fetch: schemes other than http and https, and hosts that
 * resolve to a loopback, private, link-local, unique-local, carrier-grade NAT, multicast or
 * unspecified address, unless the host is explicitly allowed (tests allow their own loopback
 * server; an intranet feed can be allowed in configuration). Every address a name resolves to must
 * be public. Needs a resolver (the system's by default). Immutable and thread-safe.
 */
public final class AddressGuard {

  /** Looks up the addresses of a host name. */
  @FunctionalInterface
  public interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
  }

  private final Set<String> allowedHosts;
  private final Resolver resolver;

  public AddressGuard(Set<String> allowedHosts) {
    this(allowedHosts, host -> List.of(InetAddress.getAllByName(host)));
  }

  public AddressGuard(Set<String> allowedHosts, Resolver resolver) {
    this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.resolver = resolver;
  }

  /** The guard that allows no private address. */
  public static AddressGuard publicOnly() {
    return new AddressGuard(Set.of());
  }

  /**
   * Fails when {@code uri} must not be fetched.
   *
   * @throws RefusedUrl with the reason, naming the URL and the address
   */
  public void check(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new RefusedUrl(uri, "only http and https URLs are fetched, not \"" + scheme + "\"");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new RefusedUrl(uri, "the URL names no host");
    }
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
      return;
    }
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      throw new RefusedUrl(uri, "host " + bare + " does not resolve");
    }
    if (addresses.isEmpty()) {
      throw new RefusedUrl(uri, "host " + bare + " does not resolve");
    }
    for (InetAddress a : addresses) {
      if (!isPublic(a)) {
        throw new RefusedUrl(uri, "host " + bare + " resolves to the non-public address " + a.getHostAddress()
            + " (allow the host in configuration to fetch it)");
      }
    }
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
