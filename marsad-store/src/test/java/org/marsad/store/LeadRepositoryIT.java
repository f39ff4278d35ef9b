package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.source.FeedItem;
import org.marsad.core.source.SourceState;
import org.marsad.core.testing.MovableClock;

/** The lead queue (schema V10, V11, V13) and source kinds on real embedded PostgreSQL. */
class LeadRepositoryIT {

  @RegisterExtension static final StoreExtension stores = new StoreExtension();

  @Test
  void queue_sameUrlsAgainOrAfterFetching_queuesNothingNew() {
    String a = "https://news.example/queue/a";
    String b = "https://news.example/queue/b";
    assertThat(stores.store().leads().queue(List.of(a, b), "export-1.CSV")).isEqualTo(2);
    assertThat(stores.store().leads().queue(List.of(a, b), "export-2.CSV")).isZero();
    assertThat(stores.store().leads().find(a).orElseThrow().origin()).isEqualTo("export-1.CSV");
    stores.store().leads().fetched(a, "stored");
    assertThat(stores.store().leads().queue(List.of(a), "export-3.CSV")).as("fetched once, never queued again").isZero();
    assertThat(stores.store().leads().queue(List.of(), "none")).isZero();
  }

  @Test
  void queueFeedItem_keepsItsTitleAndDateOnceAndAGdeltLeadHasNone() {
    String url = "https://news.example/feed-item/a";
    LocalDate day = LocalDate.of(2024, 2, 29);
    String feed = "https://news.example/rss";
    assertThat(stores.store().leads().queue(new FeedItem(url, "Mosque \u0000vandalised", day), feed)).isTrue();
    assertThat(stores.store().leads().feedItem(url)).contains(new FeedItem(url, "Mosque vandalised", day));
    assertThat(stores.store().leads().find(url).orElseThrow().origin()).isEqualTo("https://news.example/rss");
    assertThat(stores.store().leads().unfetched(10_000)).contains(url);

    assertThat(stores.store().leads().queue(new FeedItem(url, "Another title", day.plusDays(1)), "https://x.example/"))
        .as("queued already: nothing changes").isFalse();
    assertThat(stores.store().leads().queue(List.of(url), "export-9.CSV")).isZero();
    assertThat(stores.store().leads().feedItem(url)).contains(new FeedItem(url, "Mosque vandalised", day));
    assertThat(stores.store().leads().find(url).orElseThrow().origin()).isEqualTo("https://news.example/rss");

    String dateOnly = "https://news.example/feed-item/date-only";
    stores.store().leads().queue(new FeedItem(dateOnly, "", day), "https://news.example/rss");
    assertThat(stores.store().leads().feedItem(dateOnly)).contains(new FeedItem(dateOnly, "", day));
    String titleOnly = "https://news.example/feed-item/title-only";
    stores.store().leads().queue(new FeedItem(titleOnly, "Only a title", null), "https://news.example/rss");
    assertThat(stores.store().leads().feedItem(titleOnly)).contains(new FeedItem(titleOnly, "Only a title", null));
    String bare = "https://news.example/feed-item/bare";
    stores.store().leads().queue(new FeedItem(bare, "", null), "https://news.example/rss");
    assertThat(stores.store().leads().feedItem(bare)).as("an item that gave neither").isEmpty();
    assertThat(stores.store().leads().unfetched(10_000)).contains(bare);

    String gdelt = "https://news.example/feed-item/gdelt";
    stores.store().leads().queue(List.of(gdelt), "export-1.CSV");
    assertThat(stores.store().leads().feedItem(gdelt)).isEmpty();
    assertThat(stores.store().leads().queue(new FeedItem(gdelt, "Late title", day), "https://news.example/rss"))
        .as("a GDELT lead is not given a feed item later").isFalse();
    assertThat(stores.store().leads().feedItem(gdelt)).isEmpty();
    assertThat(stores.store().leads().feedItem("https://news.example/feed-item/never-queued")).isEmpty();
  }

  @Test
  void fetched_outcomeKeptOnOneLineAndTheLeadLeavesTheQueue() {
    String url = "https://news.example/fetched/1";
    stores.store().leads().queue(List.of(url), "x");
    assertThat(stores.store().leads().unfetched(10_000)).contains(url);
    long before = stores.store().leads().queued();
    stores.store().leads().fetched(url, "GET failed:\n  connection\treset");
    Lead lead = stores.store().leads().find(url).orElseThrow();
    assertThat(lead.outcome()).isEqualTo("GET failed: connection reset");
    assertThat(lead.fetchedAt()).isNotNull();
    assertThat(stores.store().leads().unfetched(10_000)).doesNotContain(url);
    assertThat(stores.store().leads().queued()).isEqualTo(before - 1);
    assertThatThrownBy(() -> stores.store().leads().fetched("https://news.example/never-queued", "x"))
        .hasMessageContaining("never-queued");
  }

  @Test
  void fetched_outcomeWithNulAndControlCharacters_storedWithoutThem() {
    String url = "https://news.example/fetched/nul";
    stores.store().leads().queue(List.of(url), "x");
    stores.store().leads().fetched(url, "GET failed: Invalid status line: \"\u0000\u0000\u0000\r\n\u0007\"");
    Lead lead = stores.store().leads().find(url).orElseThrow();
    assertThat(lead.outcome()).isEqualTo("GET failed: Invalid status line: \" \"");
    assertThat(stores.store().leads().unfetched(10_000)).doesNotContain(url);

    String source = "http://data.gdelt.example/gdeltv2/nul/lastupdate.txt";
    stores.store().sources().add(source, SourceState.GDELT);
    stores.store().sources().update(stores.store().sources().find(source).orElseThrow().polled("", "", 1, null, "bad\u0000status"));
    assertThat(stores.store().sources().find(source).orElseThrow().lastStatus()).isEqualTo("bad status");
  }

  @Test
  void unfetched_oldestFirstUpToTheLimit() {
    List<String> urls = List.of("https://news.example/order/c", "https://news.example/order/a",
        "https://news.example/order/b");
    stores.store().leads().queue(urls, "x");
    List<String> first = stores.store().leads().unfetched(10_000).stream().filter(u -> u.contains("/order/")).toList();
    assertThat(first).containsExactly("https://news.example/order/a", "https://news.example/order/b",
        "https://news.example/order/c");
    assertThat(stores.store().leads().unfetched(1)).hasSize(1);
    assertThat(stores.store().leads().find("https://news.example/order/a").orElseThrow().fetchedAt()).isNull();
  }

  @Test
  void sourcesAdd_gdeltKind_isKeptThroughUpdates() {
    String url = "http://data.gdelt.example/gdeltv2/lastupdate.txt";
    assertThat(stores.store().sources().add(url, SourceState.GDELT)).isTrue();
    assertThat(stores.store().sources().find(url).orElseThrow().kind()).isEqualTo(SourceState.GDELT);
    stores.store().sources().update(stores.store().sources().find(url).orElseThrow().polled("", "", 1, null, "HTTP 503"));
    assertThat(stores.store().sources().find(url).orElseThrow().kind()).isEqualTo(SourceState.GDELT);
    assertThatThrownBy(() -> stores.store().sources().add("https://x.example/", "carrier-pigeon"))
        .hasMessageContaining("carrier-pigeon");
  }

  @Test
  void rememberEvents_twice_keptOnceAndFoundSinceTheirFirstSighting() {
    stores.store().leads().rememberEvents(List.of("1001", "1002"));
    stores.store().leads().rememberEvents(List.of("1002", "1003"));
    stores.store().leads().rememberEvents(List.of());
    assertThat(stores.store().leads().eventsSince(TestStores.STORED_NOW)).contains("1001", "1002", "1003");
    assertThat(stores.store().leads().eventsSince(TestStores.STORED_NOW.plusSeconds(1))).isEmpty();
  }

  @Test
  void retryLater_handsTheLeadOutAgainOnlyAfterTheWaitAndGivesUpAtTheLastTry(@TempDir Path other) {
    MovableClock clock = new MovableClock(Instant.parse("2024-03-01T10:00:00Z"));
    try (Store s = Store.open(TestStores.embedded(other), clock)) {
      String url = "https://news.example/retry/busy";
      s.leads().queue(List.of(url), "export-r.CSV");

      assertThat(s.leads().retryLater(url, "HTTP 503", Duration.ofMinutes(30), 3)).isTrue();
      assertThat(s.leads().unfetched(10)).doesNotContain(url);
      assertThat(s.leads().queued()).isEqualTo(1);
      clock.advance(Duration.ofMinutes(31));
      assertThat(s.leads().unfetched(10)).containsExactly(url);

      assertThat(s.leads().retryLater(url, "HTTP 503", Duration.ofMinutes(30), 3)).isTrue();
      clock.advance(Duration.ofMinutes(31));
      assertThat(s.leads().retryLater(url, "HTTP 503", Duration.ofMinutes(30), 3)).as("the third try").isFalse();
      clock.advance(Duration.ofMinutes(31));
      assertThat(s.leads().unfetched(10)).isEmpty();
      assertThat(s.leads().queued()).isZero();
      assertThat(s.leads().find(url).orElseThrow().outcome()).isEqualTo("HTTP 503 (gave up after 3 tries)");
    }
  }
}
