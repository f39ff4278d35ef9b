package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.marsad.store.Workspace;

/**
 * A million events exported as CSV by {@code marsad serve} running in its own JVM with a 128 MB
 * heap: the export streams from a database cursor, so it finishes with every row although the
 * rows could never sit in that heap together.
 */
class ExportStreamingIT {

  static final int ROWS = 1_000_000;

  @TempDir Path home;

  @Test
  void exportCsv_aMillionRows_streamsThroughASmallHeap() throws Exception {
    Path pgbin = Path.of("target", "pgbin").toAbsolutePath();
    try (Store store = Store.open(StoreConfig.embedded(home).withBinaries(pgbin), Clock.systemUTC());
        Workspace w = Workspace.over(store, Clock.systemUTC(), 1)) {
      w.jdbi().useHandle(h -> h.execute("insert into events (kind, type, date, place_name, place_country,"
          + " place_lat, place_lon, place_kind, summary, created_at, updated_at)"
          + " select 'incident', 'hate_speech', date '2015-01-01' + i % 3650, 'Paris', 'FR', 48.85, 2.35,"
          + " 'city', 'Synthetic incident number ' || i || ', with a comma', now(), now()"
          + " from generate_series(1, " + ROWS + ") i"));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        "org.marsad.app.Main", "serve", "--home", home.toString(), "--port", String.valueOf(port)))
        .redirectErrorStream(true).redirectOutput(home.resolve("serve.log").toFile()).start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (true) {
        try {
          if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
              HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            break;
          }
        } catch (java.io.IOException notYet) {
          assertThat(server.isAlive()).as("serve exited; see serve.log").isTrue();
        }
        assertThat(System.nanoTime()).as("serve did not start").isLessThan(deadline);
        Thread.sleep(300);
      }
      HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/export/incidents.csv")).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Length")).isEmpty();
      long lines = 0;
      String last = null;
      try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
        for (String l; (l = in.readLine()) != null; ) {
          lines++;
          last = l;
        }
      }
      assertThat(lines).isEqualTo(ROWS + 1);
      assertThat(last).contains(",incident,hate_speech,").endsWith(", with a comma\"");
      assertThat(server.isAlive()).isTrue();
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }
}
