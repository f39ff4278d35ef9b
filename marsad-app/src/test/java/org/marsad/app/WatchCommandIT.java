package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.testing.ReliabilityRows;
import org.marsad.store.Lead;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * sources and watch end to end: a feed and its articles served from a loopback server, stored in
 * a real embedded PostgreSQL. The articles are not about religion, so the cascade never loads
 * CoreNLP.
 */
class WatchCommandIT {

  @TempDir static Path home;
  static HttpServer server;
  static final List<String> hooked = new CopyOnWriteArrayList<>();

  static String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @BeforeAll
  static void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Map<String, String> pages = Map.of(
        "/robots.txt", "User-agent: *\nAllow: /\n",
        "/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title><link>/</link>"
            + "<description>d</description>"
            + "<item><title>Markets</title><link>/a/1</link></item>"
            + "<item><title>Weather</title><link>/a/2</link></item></channel></rss>",
        "/a/1", "<!DOCTYPE html><html><head><title>Markets rise</title></head><body><article><p>Markets rose on "
            + "Monday as investors welcomed figures showing that inflation eased in the spring.</p></article></body></html>",
        "/a/2", "<!DOCTYPE html><html><head><title>Rain ahead</title></head><body><article><p>Forecasters expect "
            + "heavy rain across the north of the country for most of the coming weekend.</p></article></body></html>");
    server.createContext("/", ex -> {
      String body = pages.get(ex.getRequestURI().getPath());
      send(ex, body == null ? 404 : 200, body);
    });
    server.createContext("/hook/SECRET", ex -> {
      hooked.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(ex.getRequestURI().getPath().endsWith("/down") ? 503 : 204, -1);
      ex.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    ReliabilityRows.check(WatchCommandIT.class);
  }

  @Test
  void sourcesAndWatch_localFeed_storesItsArticlesOnceAndRefusesLoopbackUnlessAllowed() throws Exception {
    String h = home.toString();
    assertThat(CommandRun.of("sources", "add", "--home", h, "ftp://x/feed").code()).isEqualTo(Main.USAGE);
    // a URL the database could not index (the sources' key) is refused in one line, before the store is opened
    CommandRun tooLong = CommandRun.of("sources", "add", "--home", h, url("/" + "x".repeat(3000)));
    assertThat(tooLong.code()).isEqualTo(Main.USAGE);
    assertThat(tooLong.err()).contains("cannot be watched (", "over 2000").hasLineCount(1);
    assertThat(CommandRun.of("sources", "add", "--home", h, url("/feed.xml")).out()).contains("added");
    assertThat(CommandRun.of("sources", "list", "--home", h).out()).contains(url("/feed.xml"));

    CommandRun refused = CommandRun.of("watch", "--once", "--home", h);
    assertThat(refused.code()).as(refused.err()).isEqualTo(Main.OK);
    assertThat(refused.err()).contains("non-public");
    assertThat(refused.out()).contains("1 failed").contains("0 new article(s)");

    CommandRun.of("sources", "remove", "--home", h, url("/feed.xml"));
    CommandRun.of("sources", "add", "--home", h, url("/feed.xml"));
    CommandRun watched = CommandRun.of("watch", "--once", "--home", h, "--allow-host", "127.0.0.1",
        "--per-host-ms", "0");
    assertThat(watched.code()).as(watched.err()).isEqualTo(Main.OK);
    assertThat(watched.out()).contains("2 new article(s)").contains("processed 2");
    assertThat(CommandRun.of("status", "--home", h, "--json").lastJson().get("documents").asInt()).isEqualTo(2);

    CommandRun again = CommandRun.of("watch", "--once", "--home", h, "--allow-host", "127.0.0.1");
    assertThat(again.out()).as("the feed is not due again yet").contains("0 feed(s) polled");

    assertThat(CommandRun.of("sources", "remove", "--home", h, url("/feed.xml")).code()).isEqualTo(Main.OK);
    assertThat(CommandRun.of("sources", "remove", "--home", h, url("/feed.xml")).code()).isEqualTo(Main.FAILURE);
  }

  @Test
  void watch_once_closesItsFetchersConnectionsBeforeItReturns() throws Exception {
    Path h = home.resolve("closing");
    try (KeepAliveSite site = new KeepAliveSite(Map.of("/robots.txt", "User-agent: *\nAllow: /\n",
        "/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title><link>/</link>"
            + "<description>d</description></channel></rss>"))) {
      CommandRun.of("sources", "add", "--home", h.toString(), site.url("/feed.xml"));

      CommandRun watched = CommandRun.of("watch", "--once", "--home", h.toString(), "--allow-host", "127.0.0.1",
          "--per-host-ms", "0");

      assertThat(watched.code()).as(watched.err()).isEqualTo(Main.OK);
      assertThat(watched.out()).contains("1 feed(s) polled (0 unchanged, 0 failed)");
      assertThat(site.opened).as("robots.txt and the feed over one kept-alive connection").hasPositiveValue();
      assertThat(site.allClosedWithin(Duration.ofSeconds(5))).as("connections closed by watch: %s of %s",
          site.closedByClient, site.opened).isTrue();
    }
  }

  @Test
  void watch_withWebhook_sendsTheSpikeOnceAndAFailingWebhookNeverStopsIt() {
    Path h = home.resolve("with-alerts");
    LocalDate start = LocalDate.now(Clock.systemUTC()).minusDays(25); // the spike today: current for a new webhook
    try (Store store = Store.open(StoreConfig.embedded(h), Clock.systemUTC())) {
      for (int day = 0; day < 21; day += 7) {
        AlertsCommandIT.incident(store, "w" + day, "desecration", start.plusDays(day), "SE");
      }
      for (int i = 0; i < 5; i++) {
        AlertsCommandIT.incident(store, "s" + i, "desecration", start.plusDays(25), "SE");
      }
    }
    CommandRun.of("sources", "add", "--home", h.toString(), url("/feed.xml"));
    CommandRun failing = CommandRun.of("watch", "--once", "--home", h.toString(), "--allow-host", "127.0.0.1",
        "--webhook-allow-host", "127.0.0.1", "--per-host-ms", "0", "--webhook", url("/hook/SECRET/down"));
    assertThat(failing.code()).as(failing.err()).isEqualTo(Main.OK);
    assertThat(failing.out()).contains("2 new article(s)").contains("alerts: 1 spike(s)").contains("0 sent");
    assertThat(failing.err()).contains("warning: webhook http://127.0.0.1:").contains("HTTP 503")
        .contains("retried next round").doesNotContain("SECRET");

    CommandRun sent = CommandRun.of("watch", "--once", "--home", h.toString(), "--allow-host", "127.0.0.1",
        "--webhook-allow-host", "127.0.0.1", "--webhook", url("/hook/SECRET/up"));
    assertThat(sent.code()).as(sent.err()).isEqualTo(Main.OK);
    assertThat(sent.out()).contains("alerts: 1 spike(s)").contains("1 sent").doesNotContain("SECRET");
    assertThat(hooked).hasSize(2).last().asString().contains("\"country\":\"SE\"", "\"count\":5");

    CommandRun again = CommandRun.of("watch", "--once", "--home", h.toString(), "--allow-host", "127.0.0.1",
        "--webhook-allow-host", "127.0.0.1", "--webhook", url("/hook/SECRET/up"));
    assertThat(again.out()).contains("0 sent").contains("1 already sent");
    assertThat(hooked).hasSize(2);

    CommandRun.of("sources", "add", "--home", h.toString(), url("/another-feed.xml"));
    CommandRun webhookOnly = CommandRun.of("watch", "--once", "--home", h.toString(), "--webhook-allow-host",
        "127.0.0.1", "--webhook", url("/hook/SECRET/up"));
    assertThat(webhookOnly.code()).as(webhookOnly.err()).isEqualTo(Main.OK);
    assertThat(webhookOnly.out() + webhookOnly.err()).as("the webhook's allowance lets no feed reach its host")
        .contains("1 failed").contains("another-feed.xml").contains("non-public address").contains("0 new article(s)");
  }

  @Test
  void watch_feedArticleFailingForNow_isTriedAgainLaterAtMostFourTimesAndOneFailingForGoodNever() throws Exception {
    Path h = home.resolve("retries");
    Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String base = "http://127.0.0.1:" + site.getAddress().getPort();
    site.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      int times = asked.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      String body = switch (path) {
        case "/robots.txt" -> "User-agent: *\nAllow: /\n";
        case "/feed.xml" -> "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Flaky</title><link>/</link>"
            + "<description>d</description><item><title>Markets</title><link>/a/ok</link></item>"
            + "<item><title>Weather</title><link>/a/flaky</link></item>"
            + "<item><title>Trains</title><link>/a/down</link></item>"
            + "<item><title>Gone</title><link>/a/gone</link></item></channel></rss>";
        case "/a/ok" -> article("Markets rise", "Markets rose on Monday as investors welcomed figures showing that "
            + "inflation eased in the spring.");
        case "/a/flaky" -> times == 1 ? null : article("Rain ahead", "Forecasters expect heavy rain across the north "
            + "of the country for most of the coming weekend.");
        default -> null;
      };
      send(ex, body != null ? 200 : path.equals("/a/gone") ? 404 : 503, body);
    });
    site.start();
    try {
      CommandRun.of("sources", "add", "--home", h.toString(), base + "/feed.xml");
      String[] watch = watchOnceWithoutSpacing(h);

      CommandRun first = CommandRun.of(watch);
      assertThat(first.code()).as(first.err()).isEqualTo(Main.OK);
      assertThat(first.out()).contains("1 new article(s)").doesNotContain("fetched");
      assertThat(first.err()).contains(base + "/a/flaky: HTTP 503, tried again later",
          base + "/a/down: HTTP 503, tried again later").contains(base + "/a/gone: HTTP 404\n");

      StringBuilder later = new StringBuilder();
      for (int round = 2; round <= 5; round++) {
        halfAnHourPasses(h);
        CommandRun next = CommandRun.of(watch);
        assertThat(next.code()).as(next.err()).isEqualTo(Main.OK);
        assertThat(next.out()).as("round %d", round).contains("1 feed(s) polled (0 unchanged, 0 failed)");
        if (round == 2) {
          assertThat(next.out()).contains("2 fetched, 1 new article(s)");
        }
        later.append(next.err());
      }
      assertThat(asked.get("/a/flaky")).as("503 once, then read from the queue").hasValue(2);
      assertThat(asked.get("/a/down")).as("tried four times in all, then given up").hasValue(4);
      assertThat(asked.get("/a/gone")).as("a 404 is not tried again").hasValue(1);
      assertThat(asked.get("/a/ok")).hasValue(1);
      assertThat(CommandRun.of("status", "--home", h.toString(), "--json").lastJson().get("documents").asInt())
          .isEqualTo(2);
      String gaveUp = base + "/a/down: HTTP 503 (gave up after 4 tries)";
      assertThat(later.toString().lines().filter(l -> l.contains("/a/down"))).as("reported at each try, the last "
          + "one once").hasSize(3).last().asString().endsWith(gaveUp);
      assertThat(later.toString()).doesNotContain("/a/gone").doesNotContain("/a/flaky");
      Lead down;
      try (Store store = Store.open(StoreConfig.embedded(h), Clock.systemUTC())) {
        down = store.leads().find(base + "/a/down").orElseThrow();
      }
      assertThat(down.fetchedAt()).isNotNull();
      assertThat(down.origin()).as("handed over by the feed").isEqualTo(base + "/feed.xml");
      assertThat(down.outcome()).isEqualTo("HTTP 503 (gave up after 4 tries)");
      ReliabilityRows.record(WatchCommandIT.class, "watch: feed article", "a feed's articles: one answers 503 once "
          + "then the page, one 503 always, one 404; five watch rounds half an hour apart", "the first stored at the "
          + "next round; the second tried 4 times in all (30 minutes apart), its last error reported once, then "
          + "never fetched again; the 404 reported once, never tried again; exit 0", "503 once: fetched "
          + asked.get("/a/flaky") + " times, stored; 503 always: fetched " + asked.get("/a/down") + " times, "
          + gaveUp.replace(base, "http://LOCAL") + "; 404: fetched " + asked.get("/a/gone") + " time(s)");
    } finally {
      site.stop(0);
    }
  }

  @Test
  void watch_feedArticleFailingOnceWithoutADateOfItsOwn_isStoredLaterWithTheFeedItemsTitleAndDate() throws Exception {
    Path h = home.resolve("retried-item");
    AtomicInteger asked = new AtomicInteger();
    HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String base = "http://127.0.0.1:" + site.getAddress().getPort();
    site.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      String body = switch (path) {
        case "/robots.txt" -> "User-agent: *\nAllow: /\n";
        case "/feed.xml" -> "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Dated</title><link>/</link>"
            + "<description>d</description><item><title>Floods in the valley</title><link>/a/undated</link>"
            + "<pubDate>Thu, 29 Feb 2024 12:00:00 GMT</pubDate></item></channel></rss>";
        // a page with neither a title nor a date of its own, answering 503 the first time it is asked
        case "/a/undated" -> asked.incrementAndGet() == 1 ? null : "<!DOCTYPE html><html><head></head><body><article>"
            + "<p>The river burst its banks overnight and the farms along the valley floor stood under water by "
            + "the morning, the local council said.</p></article></body></html>";
        default -> null;
      };
      send(ex, body != null ? 200 : path.equals("/a/undated") ? 503 : 404, body);
    });
    site.start();
    try {
      CommandRun.of("sources", "add", "--home", h.toString(), base + "/feed.xml");
      String[] watch = watchOnceWithoutSpacing(h);
      CommandRun first = CommandRun.of(watch);
      assertThat(first.code()).as(first.err()).isEqualTo(Main.OK);
      assertThat(first.err()).contains(base + "/a/undated: HTTP 503, tried again later");
      assertThat(first.out()).contains("0 new article(s)");

      halfAnHourPasses(h);
      CommandRun second = CommandRun.of(watch);
      assertThat(second.code()).as(second.err()).isEqualTo(Main.OK);
      assertThat(second.out()).contains("1 fetched, 1 new article(s)");
      assertThat(asked).hasValue(2);
      String title;
      LocalDate published;
      try (Store store = Store.open(StoreConfig.embedded(h), Clock.systemUTC());
          Connection c = DriverManager.getConnection(store.jdbcUrl()); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select source, title, published from documents where url = '"
              + base + "/a/undated'")) {
        assertThat(rs.next()).as("the article stored at the later round").isTrue();
        assertThat(rs.getString("source")).isEqualTo(base + "/a/undated");
        title = rs.getString("title");
        published = rs.getObject("published", LocalDate.class);
        assertThat(rs.next()).isFalse();
      }
      assertThat(published).as("the feed item's date").isEqualTo(LocalDate.of(2024, 2, 29));
      assertThat(title).as("the feed item's title").isEqualTo("Floods in the valley");
      ReliabilityRows.record(WatchCommandIT.class, "watch: feed article", "a feed item with a title and a date, "
          + "its page with neither, answering 503 once; two watch rounds half an hour apart", "the article stored "
          + "at the next round, read as a lead, with the feed item's title and date, as when the feed reads it at "
          + "once; exit 0", "503 once: fetched " + asked.get() + " times, stored titled '" + title + "', dated "
          + published);
    } finally {
      site.stop(0);
    }
  }

  private static String article(String title, String text) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><p>" + text
        + "</p></article></body></html>";
  }

  /** Answers {@code ex} with {@code status} and {@code body} (none when null). */
  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** One round of {@code watch} over the home {@code h}, loopback allowed, with no spacing between requests. */
  private static String[] watchOnceWithoutSpacing(Path h) {
    return new String[] {"watch", "--once", "--home", h.toString(), "--allow-host", "127.0.0.1", "--per-host-ms", "0",
        "--interval", "0"};
  }

  /**
   * Makes the leads waiting to be tried again due, as if half an hour had passed, through a connection of the
   * test's own.
   */
  private static void halfAnHourPasses(Path h) throws Exception {
    try (Store store = Store.open(StoreConfig.embedded(h), Clock.systemUTC());
        Connection c = DriverManager.getConnection(store.jdbcUrl()); Statement s = c.createStatement()) {
      s.execute("update leads set retry_at = retry_at - interval '31 minutes' where retry_at is not null");
    }
  }
}
