package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.core.ingest.Ingestor;
import org.marsad.core.testing.MovableClock;

/** A lead read from a loopback site: an article, or a failure that says whether it may pass. */
class LeadFetcherTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2024-03-01T10:00:00Z"));
  private LocalSite site;
  private PoliteFetcher polite;
  private LeadFetcher leads;

  @BeforeEach
  void start() throws Exception {
    site = new LocalSite();
    site.pages.put("/robots.txt", "User-agent: *\nDisallow: /private\n");
    site.pages.put("/article", "<html><head><title>Mosque attacked</title></head><body><article><p>"
        + "Two men set fire to a mosque in Lyon on Friday, the police said. ".repeat(8) + "</p></article></body></html>");
    site.statuses.put("/busy", 503);
    site.statuses.put("/limited", 429);
    polite = new PoliteFetcher(new FetchPolicy("MarsadBot/0.1", Duration.ZERO, Duration.ofSeconds(2), 1_000_000, 3),
        new AddressGuard(Set.of("127.0.0.1")), clock, d -> {});
    leads = new LeadFetcher(polite, new Ingestor(clock));
  }

  @AfterEach
  void stop() {
    polite.close();
    site.close();
  }

  @Test
  void fetch_anArticle_isStoredAndNotAFailure() throws Exception {
    LeadFetcher.Fetch f = leads.fetch(site.url("/article"));
    assertThat(f.outcome()).isEqualTo("stored");
    assertThat(f.documents()).hasSize(1);
    assertThat(f.failed()).isFalse();
    assertThat(f.passing()).isFalse();
  }

  @Test
  void fetch_aFeedsItem_fallsBackOnTheItemsTitleAndDateOnlyWhereThePageHasNone() throws Exception {
    site.pages.put("/bare", "<html><body><article><p>"
        + "Two men set fire to a mosque in Lyon on Friday, the police said. ".repeat(8) + "</p></article></body></html>");
    String bare = site.url("/bare");
    LocalDate day = LocalDate.of(2024, 2, 28);
    var f = leads.fetch(bare, new FeedItem(bare, "Fire at a mosque", day)).documents().getFirst();
    assertThat(f.title()).isEqualTo("Fire at a mosque");
    assertThat(f.published()).isEqualTo(day);
    assertThat(f.source()).isEqualTo(bare);
    assertThat(leads.fetch(bare).documents().getFirst().published()).as("a GDELT lead has no item").isNull();
    String article = site.url("/article");
    assertThat(leads.fetch(article, new FeedItem(article, "The feed's title", day)).documents().getFirst().title())
        .as("the page's own title wins").isEqualTo("Mosque attacked");
  }

  @Test
  void fetch_serverBusyOrRateLimited_isAPassingFailure() throws Exception {
    assertThat(leads.fetch(site.url("/busy"))).extracting(LeadFetcher.Fetch::outcome, LeadFetcher.Fetch::passing)
        .containsExactly("HTTP 503", true);
    assertThat(leads.fetch(site.url("/limited")).passing()).isTrue();
  }

  @Test
  void fetch_goneOrDisallowed_isAFailureForGood() throws Exception {
    assertThat(leads.fetch(site.url("/gone"))).extracting(LeadFetcher.Fetch::outcome, LeadFetcher.Fetch::passing)
        .containsExactly("HTTP 404", false);
    LeadFetcher.Fetch disallowed = leads.fetch(site.url("/private"));
    assertThat(disallowed.outcome()).contains("disallows it");
    assertThat(disallowed.passing()).isFalse();
    LeadFetcher.Fetch refused = leads.fetch("http://10.0.0.1/inside");
    assertThat(refused.outcome()).contains("non-public address");
    assertThat(refused.passing()).isFalse();
    assertThat(leads.fetch("ftp://127.0.0.1/x").passing()).as("a scheme refused").isFalse();
  }

  @Test
  void fetch_robotsUnreachableForNow_isAPassingFailure() throws Exception {
    site.statuses.put("/robots.txt", 503);
    LeadFetcher.Fetch f = leads.fetch(site.url("/article"));
    assertThat(f.outcome()).endsWith(PoliteFetcher.TRY_LATER);
    assertThat(f.passing()).isTrue();
  }

  @Test
  void fetch_siteDown_isAPassingFailure() throws Exception {
    String url = site.url("/article");
    site.close();
    LeadFetcher.Fetch f = leads.fetch(url);
    assertThat(f.failed()).isTrue();
    assertThat(f.passing()).as("robots.txt unreachable, the site down for now: " + f.outcome()).isTrue();
  }
}
