package org.marsad.core.source;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Looks up the addresses of a host name. {@link #system()} asks the operating system ({@link
 * InetAddress#getAllByName}); tests inject their own answers. Implementations are thread-safe.
 */
@FunctionalInterface
public interface HostResolver {

  /** The addresses of {@code host} (a name or an address literal, without brackets). */
  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The operating system's resolver. */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
