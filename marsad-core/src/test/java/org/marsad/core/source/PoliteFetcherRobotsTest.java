package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.core.testing.MovableClock;
import org.marsad.core.testing.ReliabilityRows;

/**
 * robots.txt as RFC 9309 says, against a loopback site: redirects followed (through the guard), 4xx means no
 * rules, 5xx and network failures refuse for a short time only, and the rules are kept per scheme, host and port.
 */
class PoliteFetcherRobotsTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2024-03-01T10:00:00Z"));
  private LocalSite site;

  @BeforeEach
  void start() throws Exception {
    site = new LocalSite();
    site.pages.put("/", "home");
    site.pages.put("/private", "secret");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @AfterAll
  static void rows() {
    ReliabilityRows.check(PoliteFetcherRobotsTest.class);
  }

  private PoliteFetcher fetcher(AddressGuard guard) {
    return new PoliteFetcher(new FetchPolicy("MarsadBot/0.1", Duration.ZERO, Duration.ofSeconds(2), 1_000_000, 3),
        guard, clock, d -> {});
  }

  private PoliteFetcher fetcher() {
    return fetcher(new AddressGuard(Set.of("127.0.0.1")));
  }

  private URI at(String path) {
    return URI.create(site.url(path));
  }

  @Test
  void get_robotsMovedPermanently_followsTheRedirectAndObeysItsRules() throws Exception {
    site.redirectStatus = 301;
    site.redirects.put("/robots.txt", site.url("/moved/robots.txt"));
    site.pages.put("/moved/robots.txt", "User-agent: *\nDisallow: /private\n");
    try (PoliteFetcher fetcher = fetcher()) {
      assertThat(fetcher.get(at("/"), "", "").status()).isEqualTo(200);
      assertThatThrownBy(() -> fetcher.get(at("/private"), "", "")).isInstanceOf(RefusedUrl.class)
          .hasMessageContaining("robots.txt of 127.0.0.1 disallows it for marsadbot");
    }
    assertThat(site.requests).containsExactly("/robots.txt", "/moved/robots.txt", "/");
    ReliabilityRows.record(PoliteFetcherRobotsTest.class, "watch: fetch", "robots.txt answers 301 to another "
        + "path that disallows /private", "the redirect is followed and its rules obeyed", "/ fetched; /private "
        + "refused by robots.txt");
  }

  @Test
  void get_robotsRedirectsToAnotherAllowedHost_obeysThatHostsRules() throws Exception {
    int port = site.server.getAddress().getPort();
    RebindingResolver dns = RebindingResolver.fixed(Map.of("127.0.0.1", List.of("127.0.0.1"),
        "localhost", List.of("127.0.0.1")));
    site.redirects.put("/robots.txt", "http://localhost:" + port + "/elsewhere/robots.txt");
    site.pages.put("/elsewhere/robots.txt", "User-agent: *\nDisallow: /private\n");
    try (PoliteFetcher fetcher = fetcher(new AddressGuard(Set.of("127.0.0.1", "localhost"), dns))) {
      assertThatThrownBy(() -> fetcher.get(at("/private"), "", "")).isInstanceOf(RefusedUrl.class)
          .hasMessageContaining("disallows it");
      assertThat(fetcher.get(at("/"), "", "").status()).isEqualTo(200);
    }
    assertThat(site.requests).containsExactly("/robots.txt", "/elsewhere/robots.txt", "/");
  }

  @Test
  void get_robotsRedirectsToRefusedAddress_neverRequestsItAndAllowsAll() throws Exception {
    int port = site.server.getAddress().getPort();
    RebindingResolver dns = RebindingResolver.fixed(Map.of("127.0.0.1", List.of("127.0.0.1"),
        "localhost", List.of("127.0.0.1")));
    site.redirects.put("/robots.txt", "http://localhost:" + port + "/elsewhere/robots.txt");
    site.pages.put("/elsewhere/robots.txt", "User-agent: *\nDisallow: /\n");
    try (PoliteFetcher fetcher = fetcher(new AddressGuard(Set.of("127.0.0.1"), dns))) {
      assertThat(fetcher.get(at("/private"), "", "").status()).isEqualTo(200);
    }
    assertThat(site.requests).containsExactly("/robots.txt", "/private"); // never /elsewhere/robots.txt
    ReliabilityRows.record(PoliteFetcherRobotsTest.class, "watch: fetch", "robots.txt redirects to a name that "
        + "resolves to 127.0.0.1", "the redirect is not followed (the guard refuses it); no robots.txt: pages "
        + "allowed", "the refused host never asked; the page fetched");
  }

  @Test
  void get_robotsRedirectLoop_isUnavailableAndAllowsAll() throws Exception {
    site.redirects.put("/robots.txt", site.url("/robots.txt"));
    try (PoliteFetcher fetcher = fetcher()) {
      assertThat(fetcher.get(at("/private"), "", "").status()).isEqualTo(200);
      assertThat(fetcher.get(at("/"), "", "").status()).isEqualTo(200);
    }
    // the first request and five redirects, then no more (the answer is kept)
    assertThat(site.requests).containsExactly("/robots.txt", "/robots.txt", "/robots.txt", "/robots.txt",
        "/robots.txt", "/robots.txt", "/private", "/");
    ReliabilityRows.record(PoliteFetcherRobotsTest.class, "watch: fetch", "robots.txt redirects to itself "
        + "forever", "five redirects followed, then robots.txt is unavailable: pages allowed",
        "6 robots.txt requests; the pages fetched");
  }

  @Test
  void get_robotsNotFound_allowsAllAndKeepsTheAnswerForADay() throws Exception {
    try (PoliteFetcher fetcher = fetcher()) {
      assertThat(fetcher.get(at("/private"), "", "").status()).isEqualTo(200);
      clock.advance(Duration.ofHours(23));
      assertThat(fetcher.get(at("/"), "", "").status()).isEqualTo(200);
      clock.advance(Duration.ofHours(2));
      assertThat(fetcher.get(at("/"), "", "").status()).isEqualTo(200);
    }
    assertThat(site.requests).containsExactly("/robots.txt", "/private", "/", "/robots.txt", "/");
  }

  @Test
  void get_robotsServerErrorOnce_refusesForNowThenAllowsAfterTheRetryTime() throws Exception {
    site.statuses.put("/robots.txt", 503);
    try (PoliteFetcher fetcher = fetcher()) {
      assertThatThrownBy(() -> fetcher.get(at("/"), "", "")).isInstanceOf(RefusedUrl.class)
          .hasMessageContaining("robots.txt of 127.0.0.1 unreachable (HTTP 503), try later");
      site.statuses.remove("/robots.txt");
      site.pages.put("/robots.txt", "User-agent: *\nAllow: /\n");
      clock.advance(Duration.ofMinutes(9));
      assertThatThrownBy(() -> fetcher.get(at("/"), "", "")).isInstanceOf(RefusedUrl.class)
          .hasMessageContaining("try later"); // kept for a short time: robots.txt not asked again yet
      clock.advance(Duration.ofMinutes(2));
      assertThat(fetcher.get(at("/"), "", "").status()).isEqualTo(200);
    }
    assertThat(site.requests).containsExactly("/robots.txt", "/robots.txt", "/");
    ReliabilityRows.record(PoliteFetcherRobotsTest.class, "watch: fetch", "robots.txt answers HTTP 503 once, "
        + "then 200 allowing all", "refused for now (\"unreachable (HTTP 503), try later\"); robots.txt asked "
        + "again after 10 minutes, then the page is fetched", "refused, then fetched after 10 minutes");
  }

  @Test
  void get_robotsHostDoesNotResolve_refusesForNowAndSaysSo() throws Exception {
    RebindingResolver dns = RebindingResolver.fixed(Map.of()); // "nowhere.test" does not resolve
    try (PoliteFetcher fetcher = fetcher(new AddressGuard(Set.of("nowhere.test"), dns))) {
      assertThatThrownBy(() -> fetcher.get(URI.create("http://nowhere.test/a"), "", ""))
          .isInstanceOf(RefusedUrl.class).hasMessageContaining("robots.txt of nowhere.test unreachable (")
          .hasMessageEndingWith("), try later");
    }
  }

  @Test
  void robotsKey_httpAndHttpsOfOneHost_differ() {
    assertThat(PoliteFetcher.robotsKey(URI.create("http://www.example.com/a")))
        .isNotEqualTo(PoliteFetcher.robotsKey(URI.create("https://www.example.com/a")));
    assertThat(PoliteFetcher.robotsKey(URI.create("http://WWW.example.com/a")))
        .isEqualTo(PoliteFetcher.robotsKey(URI.create("http://www.example.com:80/b")));
    assertThat(PoliteFetcher.robotsKey(URI.create("https://www.example.com/a")))
        .isEqualTo(PoliteFetcher.robotsKey(URI.create("https://www.example.com:443/b")))
        .isNotEqualTo(PoliteFetcher.robotsKey(URI.create("https://www.example.com:8443/b")));
  }
}
