package org.marsad.app.web;

/**
 * How the workspace server runs. Immutable.
 *
 * @param host the address to listen on ({@code 127.0.0.1} by default: put a proxy with TLS in front
 *     to serve others)
 * @param port the port, 0 for any free one
 * @param privateReads whether reading also needs an account
 * @param secureCookies whether cookies carry {@code Secure} (behind TLS)
 */
public record ServerConfig(String host, int port, boolean privateReads, boolean secureCookies) {
  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: port=" + port);
    }
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank: host=" + host);
    }
  }

  public static ServerConfig local(int port) {
    return new ServerConfig("127.0.0.1", port, false, false);
  }

  public ServerConfig withPrivateReads(boolean p) {
    return new ServerConfig(host, port, p, secureCookies);
  }
}
