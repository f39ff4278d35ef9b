package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
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
    LocalDate start = LocalDate.now(Clock.systemUTC()).minusDays(30);
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
}
