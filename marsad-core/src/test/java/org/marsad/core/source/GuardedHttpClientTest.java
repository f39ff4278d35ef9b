package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS through the pinned connection: a loopback server whose certificate names only {@code feeds.internal}
 * (made with the JDK's keytool), a resolver that answers 127.0.0.1 for that name. The client connects to the
 * guard's address yet speaks TLS to the name: the server name (SNI), the certificate check and the Host header.
 */
class GuardedHttpClientTest {

  private static final char[] PASSWORD = "test-store".toCharArray();
  @TempDir static Path dir;
  static HttpsServer server;
  static SSLContext clientTls;
  static final List<String> serverNames = new CopyOnWriteArrayList<>();
  static final List<String> hosts = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Path keys = dir.resolve("site.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "site", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=feeds.internal",
        "-ext", "SAN=dns:feeds.internal", "-validity", "2", "-keystore", keys.toString(), "-storetype", "PKCS12",
        "-storepass", new String(PASSWORD)).redirectErrorStream(true).start();
    String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor()).as(out).isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keys)) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, PASSWORD);
    SSLContext serverTls = SSLContext.getInstance("TLS");
    serverTls.init(kmf.getKeyManagers(), null, null);
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("site", store.getCertificate("site"));
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trusted);
    clientTls = SSLContext.getInstance("TLS");
    clientTls.init(null, tmf.getTrustManagers(), null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverTls) {
      @Override
      public void configure(HttpsParameters params) {
        SSLParameters p = getSSLContext().getDefaultSSLParameters();
        p.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
          @Override
          public boolean matches(SNIServerName name) {
            serverNames.add(((SNIHostName) name).getAsciiName());
            return true;
          }
        }));
        params.setSSLParameters(p);
      }
    });
    server.createContext("/", ex -> {
      hosts.add(ex.getRequestHeaders().getFirst("Host"));
      byte[] body = "hello over TLS".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static GuardedHttpClient client(String allowed) {
    HostResolver dns = RebindingResolver.fixed(Map.of("feeds.internal", List.of("127.0.0.1"),
        "127.0.0.1", List.of("127.0.0.1")));
    return new GuardedHttpClient(new AddressGuard(Set.of(allowed), dns), Duration.ofSeconds(5), clientTls);
  }

  @Test
  void open_httpsNamePinnedToLoopback_speaksTlsToTheName() throws IOException {
    String url = "https://feeds.internal:" + server.getAddress().getPort() + "/feed";
    try (GuardedHttpClient client = client("feeds.internal");
        ClassicHttpResponse r = client.open(new HttpGet(url))) {
      assertThat(r.getCode()).isEqualTo(200);
      assertThat(new String(r.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("hello over TLS");
    }
    assertThat(serverNames).contains("feeds.internal");
    assertThat(hosts).containsOnly("feeds.internal:" + server.getAddress().getPort());
  }

  @Test
  void open_httpsByAddress_failsTheCertificateCheckOfTheName() {
    String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/feed";
    try (GuardedHttpClient client = client("127.0.0.1")) {
      assertThatThrownBy(() -> client.open(new HttpGet(url))).isInstanceOf(SSLException.class);
    }
  }
}
