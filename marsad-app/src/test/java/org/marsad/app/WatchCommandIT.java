package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sources and watch end to end: a feed and its articles served from a loopback server, stored in
 * a real embedded PostgreSQL. The articles are not about religion, so the cascade never loads
 * CoreNLP.
 */
class WatchCommandIT {

  @TempDir static Path home;
  static HttpServer server;

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
}
