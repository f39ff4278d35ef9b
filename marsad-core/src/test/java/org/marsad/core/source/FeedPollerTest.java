package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.core.ingest.Ingestor;
import org.marsad.core.testing.ReliabilityRows;

class FeedPollerTest {

  private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final List<Duration> sleeps = new ArrayList<>();
  private LocalSite site;

  @BeforeEach
  void start() throws Exception {
    site = new LocalSite();
    site.pages.put("/robots.txt", "User-agent: *\nDisallow: /private/\n");
    site.pages.put("/feed.xml", rss(site.url("/news/1"), "/news/2", site.url("/private/3")));
    site.pages.put("/news/1", page("Mosque vandalised in Leeds", "Vandals smashed the windows of a mosque in Leeds."));
    site.pages.put("/news/2", page("Markets", "Markets rose on Monday after a quiet week of trading in Europe."));
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private static String rss(String... links) {
    StringBuilder items = new StringBuilder();
    int n = 0;
    for (String l : links) {
      items.append("<item><title>Item ").append(++n).append("</title><link>").append(l)
          .append("</link><pubDate>Fri, 01 Mar 2024 08:00:00 GMT</pubDate></item>");
    }
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>http://x/</link>"
        + "<description>d</description>" + items + "</channel></rss>";
  }

  private static String page(String title, String text) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
        + "</h1><p>" + text + " " + text + "</p><p>Police are investigating and appealed for witnesses.</p>"
        + "</article></body></html>";
  }

  private FeedPoller poller() {
    return poller(50);
  }

  private FeedPoller poller(int maxItems) {
    PoliteFetcher fetcher = new PoliteFetcher(
        new FetchPolicy("MarsadBot/0.1", Duration.ofSeconds(1), Duration.ofSeconds(5), 1_000_000, 3),
        new AddressGuard(Set.of("127.0.0.1")), clock, sleeps::add);
    return new FeedPoller(fetcher, new Ingestor(clock), Backoff.defaults(), clock, maxItems);
  }

  @Test
  void poll_newFeed_readsItsArticlesButNotWhatRobotsForbid() throws Exception {
    FeedPoller.Poll poll = poller().poll(SourceState.fresh(site.url("/feed.xml")), link -> false);
    assertThat(poll.documents()).hasSize(2);
    assertThat(poll.documents().getFirst().text()).contains("Vandals smashed the windows of a mosque");
    assertThat(poll.documents().getFirst().url()).isEqualTo(site.url("/news/1"));
    assertThat(poll.documents().get(1).source()).isEqualTo(site.url("/news/2"));
    assertThat(poll.errors()).singleElement().asString().contains("robots.txt");
    assertThat(site.requests).doesNotContain("/private/3");
    assertThat(poll.state().etag()).isEqualTo("\"v1\"");
    assertThat(poll.state().failures()).isZero();
    assertThat(poll.state().nextPollAt()).isEqualTo(NOW.plus(Backoff.defaults().interval()));
  }

  @Test
  void poll_sameFeedAgain_sendsItsEtagAndReadsNothingWhenUnchanged() throws Exception {
    FeedPoller poller = poller();
    Set<String> seen = new HashSet<>();
    FeedPoller.Poll first = poller.poll(SourceState.fresh(site.url("/feed.xml")), seen::contains);
    seen.addAll(first.seenLinks());
    FeedPoller.Poll second = poller.poll(first.state(), seen::contains);
    assertThat(site.ifNoneMatch).contains("\"v1\"");
    assertThat(second.notModified()).isTrue();
    assertThat(second.documents()).isEmpty();
    site.etag = "\"v2\"";
    FeedPoller.Poll third = poller.poll(second.state(), seen::contains);
    assertThat(third.notModified()).isFalse();
    assertThat(third.documents()).as("items seen before are not fetched again").isEmpty();
  }

  @Test
  void poll_articlesFailingForNow_handedBackToTryAgainNotSeenAndThoseFailingForGoodSeenAtOnce() throws Exception {
    String down;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      down = "http://127.0.0.1:" + closed.getLocalPort() + "/news/down";
    }
    site.statuses.put("/news/busy", 503);
    site.statuses.put("/news/limited", 429);
    site.pages.put("/feed.xml", rss(site.url("/news/1"), site.url("/news/busy"), site.url("/news/limited"),
        site.url("/news/gone"), site.url("/private/3"), down));

    FeedPoller.Poll poll = poller().poll(SourceState.fresh(site.url("/feed.xml")), link -> false);

    assertThat(poll.documents()).singleElement().extracting(d -> d.source()).isEqualTo(site.url("/news/1"));
    assertThat(poll.tryAgain()).extracting(FeedPoller.Retry::link)
        .containsExactly(site.url("/news/busy"), site.url("/news/limited"), down);
    assertThat(poll.tryAgain()).extracting(FeedPoller.Retry::outcome).startsWith("HTTP 503", "HTTP 429");
    assertThat(poll.tryAgain().get(2).outcome()).as("the host does not answer: robots.txt unreachable for now")
        .endsWith(PoliteFetcher.TRY_LATER);
    assertThat(poll.seenLinks()).as("read, or failed for good: a 404, a refusal by robots.txt")
        .containsExactly(site.url("/news/1"), site.url("/news/gone"), site.url("/private/3"));
    assertThat(poll.errors()).hasSize(5);
    assertThat(poll.errors()).filteredOn(e -> e.endsWith(FeedPoller.TRIED_AGAIN)).hasSize(3);
    assertThat(poll.errors()).contains(site.url("/news/gone") + ": HTTP 404");
    assertThat(poll.state().failures()).as("the feed itself is well").isZero();
    ReliabilityRows.record(FeedPollerTest.class, "watch: feed article", "articles of a feed answer 503, 429, 404, "
        + "are disallowed by robots.txt, or are on a host that does not answer", "each a one-line error; those "
        + "failing for now (503, 429, host down) handed back to be tried again and not seen, the others seen at once",
        poll.tryAgain().size() + " to try again, " + (poll.seenLinks().size() - 1) + " failed for good seen; "
        + String.join("; ", poll.errors()).replace(site.url(""), "http://LOCAL").replace(down, "http://DOWN/news/down")
            .replaceAll("127\\.0\\.0\\.1:\\d+", "DOWN"));
  }

  @Test
  void poll_articleHandedBackToTryAgain_countsAmongTheArticlesFetchedAtMost() throws Exception {
    site.statuses.put("/news/busy", 503);
    site.pages.put("/feed.xml", rss(site.url("/news/busy"), site.url("/news/1"), site.url("/news/2")));

    FeedPoller.Poll poll = poller(2).poll(SourceState.fresh(site.url("/feed.xml")), link -> false);

    assertThat(poll.tryAgain()).extracting(FeedPoller.Retry::link).containsExactly(site.url("/news/busy"));
    assertThat(poll.seenLinks()).containsExactly(site.url("/news/1"));
    assertThat(site.requests).doesNotContain("/news/2");
  }

  @Test
  void poll_itemLinkThatMayNotBeStored_reportedOnceByItsKeyAndNeverFetched() throws Exception {
    String tooLong = site.url("/news/" + "x".repeat(StorableUrl.MAX_CHARS));
    site.pages.put("/feed.xml", rss(tooLong, site.url("/news/1")));
    FeedPoller poller = poller();
    Set<String> seen = new HashSet<>();

    FeedPoller.Poll first = poller.poll(SourceState.fresh(site.url("/feed.xml")), seen::contains);
    seen.addAll(first.seenLinks());
    site.etag = "\"v2\""; // the feed read again whole
    FeedPoller.Poll second = poller.poll(first.state(), seen::contains);

    assertThat(first.documents()).singleElement().extracting(d -> d.source()).isEqualTo(site.url("/news/1"));
    assertThat(first.errors()).singleElement().asString().contains("feed item link not read", "over 2000")
        .hasSizeLessThan(200);
    assertThat(first.seenLinks()).containsExactly(StorableUrl.keyOf(tooLong), site.url("/news/1"));
    assertThat(first.seenLinks()).allSatisfy(l -> assertThat(StorableUrl.problem(l)).isEmpty());
    assertThat(site.requests).noneMatch(r -> r.startsWith("/news/x"));
    assertThat(second.notModified()).isFalse();
    assertThat(second.errors()).as("reported once").isEmpty();
  }

  @AfterAll
  static void table() {
    ReliabilityRows.check(FeedPollerTest.class);
  }

  @Test
  void poll_serverErrors_backOffLongerEachTime() throws Exception {
    site.statuses.put("/feed.xml", 503);
    FeedPoller poller = poller();
    FeedPoller.Poll one = poller.poll(SourceState.fresh(site.url("/feed.xml")), l -> false);
    FeedPoller.Poll two = poller.poll(one.state(), l -> false);
    assertThat(one.state().failures()).isEqualTo(1);
    assertThat(two.state().failures()).isEqualTo(2);
    assertThat(Duration.between(NOW, two.state().nextPollAt()))
        .isGreaterThan(Duration.between(NOW, one.state().nextPollAt()));
    assertThat(two.state().lastStatus()).isEqualTo("HTTP 503");
  }

  @Test
  void get_sameHostTwice_waitsThePerHostInterval() throws Exception {
    PoliteFetcher fetcher = new PoliteFetcher(
        new FetchPolicy("MarsadBot/0.1", Duration.ofSeconds(3), Duration.ofSeconds(5), 1_000_000, 3),
        new AddressGuard(Set.of("127.0.0.1")), clock, sleeps::add);
    fetcher.get(URI.create(site.url("/news/1")), "", "");
    fetcher.get(URI.create(site.url("/news/2")), "", "");
    // robots.txt, then two pages: each waits its turn on the fixed clock
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6));
  }

  @Test
  void get_loopbackNotAllowed_isRefusedBeforeAnyRequest() {
    PoliteFetcher fetcher = new PoliteFetcher(FetchPolicy.defaults(), AddressGuard.publicOnly(), clock, sleeps::add);
    assertThatThrownBy(() -> fetcher.get(URI.create(site.url("/news/1")), "", "")).isInstanceOf(RefusedUrl.class);
    assertThat(site.requests).isEmpty();
  }

  @Test
  void read_atomFeed_resolvesRelativeLinks() {
    String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><id>urn:a</id>"
        + "<updated>2024-03-01T08:00:00Z</updated><entry><title>One</title><id>urn:1</id>"
        + "<link href=\"/a/1.html\"/><updated>2024-02-29T08:00:00Z</updated></entry></feed>";
    List<FeedItem> items = FeedReader.read(URI.create("https://news.example/feed.atom"), atom.getBytes());
    assertThat(items).singleElement().satisfies(i -> {
      assertThat(i.link()).isEqualTo("https://news.example/a/1.html");
      assertThat(i.published()).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
    });
    assertThatThrownBy(() -> FeedReader.read(URI.create("https://x/"), "<html></html>".getBytes()))
        .hasMessageContaining("not an RSS or Atom feed");
  }
}
