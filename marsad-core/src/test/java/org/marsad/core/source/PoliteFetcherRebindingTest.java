package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.core.testing.ReliabilityRows;

/**
 * DNS rebinding against the fetcher, without real DNS: the names resolve through a test resolver, and a
 * loopback site stands for what must not be reached. "localhost" is the name because the operating system
 * resolves it to the loopback interface too: a client that looked the name up again itself (as the
 * fetcher's earlier java.net.http client did) would reach the site.
 */
class PoliteFetcherRebindingTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC);
  private LocalSite site;

  @BeforeEach
  void start() throws Exception {
    site = new LocalSite();
    site.pages.put("/robots.txt", "User-agent: *\nAllow: /\n");
    site.pages.put("/admin", "the loopback interface's secrets");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @AfterAll
  static void rows() {
    ReliabilityRows.check(PoliteFetcherRebindingTest.class);
  }

  private static PoliteFetcher fetcher(AddressGuard guard) {
    return new PoliteFetcher(new FetchPolicy("MarsadBot/0.1", Duration.ZERO, Duration.ofSeconds(1), 1_000_000, 3),
        guard, CLOCK, d -> {});
  }

  private URI onLocalhost(String path) {
    return URI.create("http://localhost:" + site.server.getAddress().getPort() + path);
  }

  @Test
  void get_nameAnswersPublicThenLoopback_connectsOnlyToTheFirstAnswerAndNeverToLoopback() throws Exception {
    RebindingResolver dns = RebindingResolver.rebinding();
    try (PoliteFetcher fetcher = fetcher(new AddressGuard(Set.of(), dns))) {
      // robots.txt cannot be read from 203.0.113.7, so its rules refuse the page: nothing reaches the site
      assertThatThrownBy(() -> fetcher.get(onLocalhost("/admin"), "", "")).isInstanceOf(RefusedUrl.class);
      assertThatThrownBy(() -> fetcher.get(onLocalhost("/admin"), "", "")).isInstanceOf(RefusedUrl.class);
    }
    assertThat(dns.lookups).containsExactly("localhost"); // one lookup, whose public answer was connected to
    assertThat(site.requests).isEmpty();
    ReliabilityRows.record(PoliteFetcherRebindingTest.class, "watch: fetch", "DNS rebinding: the name answers a "
        + "public address, then 127.0.0.1", "the connection goes to the approved public address only; the loopback "
        + "server is never reached", "one lookup; nothing reached the loopback server");
  }

  @Test
  void get_nameAnswersPublicAndLoopbackAtOnce_isRefused() throws Exception {
    RebindingResolver dns = RebindingResolver.fixed(Map.of("localhost", List.of(RebindingResolver.PUBLIC, "127.0.0.1")));
    try (PoliteFetcher fetcher = fetcher(new AddressGuard(Set.of(), dns))) {
      assertThatThrownBy(() -> fetcher.get(onLocalhost("/admin"), "", "")).isInstanceOf(RefusedUrl.class)
          .hasMessageContaining("non-public address 127.0.0.1");
    }
    assertThat(site.requests).isEmpty();
    ReliabilityRows.record(PoliteFetcherRebindingTest.class, "watch: fetch", "a name answering a public address "
        + "and 127.0.0.1 at once", "refused (every address must be public)", "refused: non-public address 127.0.0.1");
  }

  @Test
  void get_redirectToNameThatAnswersLoopback_isRefusedBeforeAnyRequestToIt() throws Exception {
    RebindingResolver dns = RebindingResolver.fixed(Map.of("127.0.0.1", List.of("127.0.0.1"),
        "localhost", List.of("127.0.0.1")));
    site.redirects.put("/go", onLocalhost("/admin").toString());
    try (PoliteFetcher fetcher = fetcher(new AddressGuard(Set.of("127.0.0.1"), dns))) {
      assertThatThrownBy(() -> fetcher.get(URI.create(site.url("/go")), "", "")).isInstanceOf(RefusedUrl.class)
          .hasMessage("http://localhost:" + site.server.getAddress().getPort()
              + ": host localhost resolves to the non-public address 127.0.0.1 (allow the host in configuration to "
              + "fetch it)");
    }
    assertThat(site.requests).containsExactly("/robots.txt", "/go"); // through 127.0.0.1 (allowed) only
    ReliabilityRows.record(PoliteFetcherRebindingTest.class, "watch: fetch", "redirect from an allowed host to a "
        + "name that resolves to 127.0.0.1", "refused at the connection to the redirect's host; it is never "
        + "reached", "refused: non-public address 127.0.0.1");
  }

  @Test
  void get_allowedNameOnLoopback_connectsToTheApprovedAddressAndSendsTheNameAsHost() throws Exception {
    RebindingResolver dns = RebindingResolver.fixed(Map.of("feeds.internal", List.of("127.0.0.1")));
    int port = site.server.getAddress().getPort();
    try (PoliteFetcher fetcher = fetcher(new AddressGuard(Set.of("feeds.internal"), dns))) {
      Fetched page = fetcher.get(URI.create("http://feeds.internal:" + port + "/admin"), "", "");
      assertThat(page.status()).isEqualTo(200);
    }
    assertThat(site.requests).containsExactly("/robots.txt", "/admin");
    assertThat(site.hosts).containsOnly("feeds.internal:" + port);
  }
}
