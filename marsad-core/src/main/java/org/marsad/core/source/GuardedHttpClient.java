package org.marsad.core.source;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.util.Timeout;

/**
 * An HTTP client (Apache HttpClient 5) that connects only to addresses the {@link AddressGuard} approved: the
 * client's only DNS resolver is the guard, which looks a host up once per connection and answers with exactly
 * the addresses it checked, so a name that resolves to a public address for a check and to 127.0.0.1 for the
 * connection (DNS rebinding) cannot reach the loopback interface. The URL keeps its host name, so the Host
 * header, TLS server name (SNI) and certificate check are those of the name. It follows no redirect (callers
 * check every hop with the guard, whose resolver this is), retries nothing, decompresses nothing and keeps no
 * cookies. Thread-safe; close it to close its pooled connections, after which it refuses requests.
 */
public final class GuardedHttpClient implements AutoCloseable {

  private final AddressGuard guard;
  private final CloseableHttpClient client;
  private volatile boolean closed;

  /** A client that trusts the JDK's certificate authorities. */
  public GuardedHttpClient(AddressGuard guard, Duration timeout) {
    this(guard, timeout, DefaultClientTlsStrategy.createDefault());
  }

  /** A client that trusts the authorities of {@code tls} (tests trust their own). */
  GuardedHttpClient(AddressGuard guard, Duration timeout, SSLContext tls) {
    this(guard, timeout, new DefaultClientTlsStrategy(tls));
  }

  private GuardedHttpClient(AddressGuard guard, Duration timeout, TlsSocketStrategy tls) {
    this.guard = guard;
    Timeout limit = Timeout.of(timeout);
    this.client = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(new GuardResolver(guard))
            .setTlsSocketStrategy(tls)
            .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build())
            .build())
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).setConnectionRequestTimeout(limit).build())
        .disableRedirectHandling().disableAutomaticRetries().disableContentCompression().disableCookieManagement()
        .disableAuthCaching().build();
  }

  /**
   * Sends {@code request} and returns the response, whose body the caller reads and then closes (or {@link
   * #abort}s).
   *
   * @throws RefusedUrl when the URL's scheme or host, or an address its host resolves to, is refused
   * @throws IOException when the request fails
   * @throws IllegalStateException when the client is closed
   */
  public ClassicHttpResponse open(ClassicHttpRequest request) throws IOException {
    if (closed) {
      throw new IllegalStateException("the HTTP client is closed");
    }
    URI uri = uri(request);
    guard.checkSchemeAndHost(uri);
    try {
      return client.executeOpen(null, request, HttpClientContext.create());
    } catch (AddressGuard.RefusedHost e) {
      throw AddressGuard.refused(uri, e.reason());
    }
  }

  /** Closes {@code response} without reading the rest of its body (the connection is dropped, not reused). */
  public static void abort(ClassicHttpResponse response) {
    if (response instanceof ModalCloseable closeable) {
      closeable.close(CloseMode.IMMEDIATE);
    } else {
      try {
        response.close();
      } catch (IOException e) {
        // nothing to keep
      }
    }
  }

  /** Closes the pooled connections; later requests are refused. Closing again does nothing. */
  @Override
  public void close() {
    closed = true;
    client.close(CloseMode.GRACEFUL);
  }

  private static URI uri(ClassicHttpRequest request) {
    try {
      return request.getUri();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + e.getMessage(), e);
    }
  }

  /** The guard as the client's DNS: every connection goes to an address approved by the lookup made for it. */
  private record GuardResolver(AddressGuard guard) implements DnsResolver {

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      return guard.addresses(host).toArray(InetAddress[]::new);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
      return guard.addresses(host).stream().map(a -> new InetSocketAddress(a, port)).toList();
    }

    @Override
    public String resolveCanonicalHostname(String host) {
      return host;
    }
  }
}
