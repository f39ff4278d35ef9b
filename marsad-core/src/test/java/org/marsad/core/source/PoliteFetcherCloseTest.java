package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A closed fetcher has closed its connections and refuses to fetch, saying so. */
class PoliteFetcherCloseTest {

  @Test
  void get_afterClose_refusesWithAClearErrorAndRequestsNothing() throws Exception {
    try (LocalSite site = new LocalSite()) {
      site.pages.put("/robots.txt", "User-agent: *\nAllow: /\n");
      site.pages.put("/page", "hello");
      PoliteFetcher fetcher = new PoliteFetcher(new FetchPolicy("MarsadBot/0.1", Duration.ZERO, Duration.ofSeconds(2),
          1_000_000, 3), new AddressGuard(Set.of("127.0.0.1")), Clock.systemUTC(), d -> {});
      URI page = URI.create(site.url("/page"));
      assertThat(fetcher.get(page, "", "").status()).isEqualTo(200);
      int requests = site.requests.size();

      fetcher.close();

      assertThatThrownBy(() -> fetcher.get(page, "", "")).isInstanceOf(IllegalStateException.class)
          .hasMessage("the HTTP client is closed");
      assertThat(site.requests).hasSize(requests);
      fetcher.close(); // closing twice is harmless
    }
  }
}
