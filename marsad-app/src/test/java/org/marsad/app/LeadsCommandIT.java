package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.core.source.GdeltRows.event;
import static org.marsad.core.source.GdeltRows.mention;
import static org.marsad.core.source.GdeltRows.zip;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.testing.ReliabilityRows;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * leads, sources add --gdelt and watch end to end: GDELT exports (files, or lastupdate.txt and zips
 * served from a loopback server) queue article URLs that watch fetches, stores and processes, on a
 * real embedded PostgreSQL.
 */
class LeadsCommandIT {

  static HttpServer server;
  static final Map<String, byte[]> site = new ConcurrentHashMap<>();

  static String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  static byte[] page(String title, String text) {
    return ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
        + "</h1><p>" + text + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
  }

  @BeforeAll
  static void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      byte[] body = site.get(ex.getRequestURI().getPath());
      ex.sendResponseHeaders(body == null ? 404 : 200, body == null || body.length == 0 ? -1 : body.length);
      try (OutputStream out = ex.getResponseBody()) {
        if (body != null) {
          out.write(body);
        }
      }
    });
    server.start();
    site.put("/robots.txt", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
    site.put("/news/arson", page("Mosque set on fire in Lyon",
        "A mosque in Lyon was set on fire on 12 May 2023, police said. The OIC condemned the attack."));
    site.put("/news/graffiti", page("Graffiti on a mosque in Leeds",
        "Vandals sprayed graffiti on a mosque in Leeds on Tuesday 14 March 2023, police said."));
    String export = String.join("\n", event("1", "MOS", url("/news/arson")),
        event("2", "CHR", url("/news/church")), event("3", "SUN", url("/news/gone")));
    site.put("/gdeltv2/20230512.export.CSV.zip", zip("20230512.export.CSV", export));
    site.put("/gdeltv2/20230512.mentions.CSV.zip", zip("20230512.mentions.CSV",
        String.join("\n", mention("1", url("/news/graffiti")), mention("2", url("/news/church")))));
    site.put("/gdeltv2/lastupdate.txt", String.join("\n",
        "100 abc " + url("/gdeltv2/20230512.export.CSV.zip"),
        "100 abc " + url("/gdeltv2/20230512.mentions.CSV.zip"),
        "100 abc " + url("/gdeltv2/20230512.gkg.csv.zip")).getBytes(StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    ReliabilityRows.check(LeadsCommandIT.class);
  }

  private static void row(String fault, String expected, String result) {
    ReliabilityRows.record(LeadsCommandIT.class, "leads: GDELT files", fault, expected, result);
  }

  @Test
  void leads_files_queueEachLeadOnceAndGoOnPastAnUnreadableFile(@TempDir Path home, @TempDir Path dir)
      throws Exception {
    Path events = Files.writeString(dir.resolve("20230512.export.CSV"), String.join("\n",
        event("1", "MOS", "https://news.example/a"), event("2", "", "https://news.example/b"),
        event("3", "SHI", "https://news.example/c"), "a\tshort\trow"));
    Path mentions = dir.resolve("20230512.mentions.CSV.zip");
    Files.write(mentions, zip("m.CSV", String.join("\n", mention("3", "https://other.example/c2"),
        mention("2", "https://other.example/b2"))));
    byte[] whole = zip("x.CSV", event("9", "MOS", "https://news.example/x").repeat(40));
    Path broken = Files.write(dir.resolve("broken.export.CSV.zip"), Arrays.copyOf(whole, whole.length / 2));
    String h = home.toString();

    CommandRun first = CommandRun.of("leads", "--home", h, mentions.toString(), broken.toString(),
        events.toString());
    assertThat(first.code()).as(first.err()).isEqualTo(Main.FAILURE);
    assertThat(first.err()).contains("broken.export.CSV.zip: truncated").hasLineCount(1);
    JsonNode counts = first.lastJson();
    assertThat(counts.get("files").asInt()).isEqualTo(3);
    assertThat(counts.get("failed").asInt()).isEqualTo(1);
    assertThat(counts.get("rows").asInt()).isEqualTo(6);
    assertThat(counts.get("skipped").asInt()).isEqualTo(1);
    assertThat(counts.get("leads").asInt()).as("a, c and the mention of event 3").isEqualTo(3);
    assertThat(counts.get("queued").asInt()).isEqualTo(3);
    row("truncated zipped export among good export files", "one-line error, other files read, exit 1",
        "exit " + first.code() + ", " + first.err().strip().replace(dir.toString(), "DIR") + ", "
            + counts.get("queued").asInt() + " leads queued from the others");

    Path reduced = Files.writeString(dir.resolve("events_reduced.csv"),
        "GlobalEventID,IsRootEvent,QuadClass,EventCode\n712345,1,1,010\n712346,0,4,180\n");
    CommandRun wrongFormat = CommandRun.of("leads", "--home", h, reduced.toString());
    assertThat(wrongFormat.code()).isEqualTo(Main.FAILURE);
    assertThat(wrongFormat.err()).contains("not a GDELT 2.0 events export: none of its 3 row(s)").hasLineCount(1);
    assertThat(wrongFormat.lastJson().get("skipped").asInt()).isEqualTo(3);
    row("a file in another GDELT format (GDELT 1.0 reduced export, comma-separated)", "one-line error, exit 1",
        "exit " + wrongFormat.code() + ", " + wrongFormat.err().strip().replace(dir.toString(), "DIR"));
    CommandRun missing = CommandRun.of("leads", "--home", h, dir.resolve("nope.export.CSV").toString(),
        events.toString());
    assertThat(missing.code()).isEqualTo(Main.FAILURE);
    assertThat(missing.err()).contains("nope.export.CSV: no such file").hasLineCount(1);
    assertThat(missing.lastJson().get("leads").asInt()).isEqualTo(2);
    row("a file that does not exist, then a good one", "one-line error, the next file read, exit 1",
        "exit " + missing.code() + ", " + missing.err().strip().replace(dir.toString(), "DIR"));

    assertThat(CommandRun.of("leads", "--home", h, "--max-inflated-mb", "0", events.toString()).code())
        .isEqualTo(Main.USAGE);
    CommandRun again = CommandRun.of("leads", "--home", h, events.toString(), mentions.toString());
    assertThat(again.code()).isEqualTo(Main.OK);
    assertThat(again.lastJson().get("leads").asInt()).isEqualTo(3);
    assertThat(again.lastJson().get("queued").asInt()).as("nothing queued twice").isZero();

    Path later = Files.writeString(dir.resolve("20230513.mentions.CSV"), String.join("\n",
        mention("1", "https://later.example/still-about-1"), mention("2", "https://later.example/not-a-lead")));
    CommandRun mentionsLater = CommandRun.of("leads", "--home", h, later.toString());
    assertThat(mentionsLater.lastJson().get("queued").asInt()).as("event 1 was a lead of an earlier run")
        .isEqualTo(1);
  }

  @Test
  void watch_gdeltSource_fetchesItsLeadsIntoDocumentsAndRecordsOnce(@TempDir Path home, @TempDir Path dir)
      throws Exception {
    String h = home.toString();
    String lastUpdate = url("/gdeltv2/lastupdate.txt");
    assertThat(CommandRun.of("sources", "add", "--home", h, "--gdelt", lastUpdate).out()).contains("added");
    assertThat(CommandRun.of("sources", "list", "--home", h).out()).contains(lastUpdate).contains("kind=gdelt");

    CommandRun watched = CommandRun.of("watch", "--once", "--home", h, "--allow-host", "127.0.0.1",
        "--per-host-ms", "0");
    assertThat(watched.code()).as(watched.err()).isEqualTo(Main.OK);
    assertThat(watched.out()).contains("1 GDELT source(s) polled (0 failed), 3 lead(s) queued, 3 fetched, "
        + "2 new article(s)");
    assertThat(watched.err()).contains("lead " + url("/news/gone") + ": HTTP 404");
    JsonNode status = CommandRun.of("status", "--home", h, "--json").lastJson();
    assertThat(status.get("documents").asInt()).isEqualTo(2);
    assertThat(status.get("incidents").asInt() + status.get("responses").asInt())
        .as("the articles about mosques yield records").isPositive();

    Path export = Files.write(dir.resolve("20230512.export.CSV.zip"), site.get("/gdeltv2/20230512.export.CSV.zip"));
    CommandRun requeue = CommandRun.of("leads", "--home", h, export.toString());
    assertThat(requeue.lastJson().get("leads").asInt()).isEqualTo(2);
    assertThat(requeue.lastJson().get("queued").asInt()).as("fetched leads are not queued again").isZero();
    CommandRun again = CommandRun.of("watch", "--once", "--home", h, "--allow-host", "127.0.0.1",
        "--per-host-ms", "0");
    assertThat(again.out()).doesNotContain("GDELT").contains("0 new article(s)");
  }

  @Test
  void watch_gdeltSourceWhosePollFailsUnexpectedly_isBackedOffLikeAFailedFeed(@TempDir Path home, @TempDir Path dir)
      throws Exception {
    String h = home.toString();
    String source = url("/gdeltv2/lastupdate.txt");
    assertThat(CommandRun.of("sources", "add", "--home", h, "--gdelt", source).out()).contains("added");
    Path queued = Files.writeString(dir.resolve("1.export.CSV"), event("1", "MOS", url("/news/gone")));
    assertThat(CommandRun.of("leads", "--home", h, queued.toString()).lastJson().get("queued").asInt()).isEqualTo(1);

    // For one round the database refuses the round's part of the poll (which exports were seen before): an
    // exception GdeltPoller does not expect. The source's own row stays writable, to record the failure.
    renameTable(home, "source_items", "source_items_away");
    CommandRun first;
    try {
      first = CommandRun.of("watch", "--once", "--home", h, "--allow-host", "127.0.0.1", "--per-host-ms", "0");
    } finally {
      renameTable(home, "source_items_away", "source_items");
    }
    assertThat(first.code()).as(first.err()).isEqualTo(Main.OK);
    assertThat(first.out()).as("the round goes on to the queued lead")
        .contains("1 GDELT source(s) polled (1 failed), 0 lead(s) queued, 1 fetched");
    assertThat(first.err()).contains("lead " + url("/news/gone") + ": HTTP 404");
    String line = first.err().lines().filter(l -> l.contains("gdelt: " + source + ": ")).findFirst().orElseThrow();
    assertThat(line).contains("source_items").contains("(polled again after ");
    String listed = CommandRun.of("sources", "list", "--home", h).out();
    assertThat(listed).contains(source).contains("failures=1").doesNotContain("next=now");

    CommandRun second = CommandRun.of("watch", "--once", "--home", h, "--allow-host", "127.0.0.1",
        "--per-host-ms", "0");
    assertThat(second.code()).as(second.err()).isEqualTo(Main.OK);
    assertThat(second.out()).as("the source waits out its backoff").doesNotContain("GDELT source(s) polled");
    ReliabilityRows.record(LeadsCommandIT.class, "watch: GDELT sources", "a GDELT source's poll fails "
        + "unexpectedly (PostgreSQL refuses the round's reads and writes of the exports seen: their table renamed "
        + "away for one round)", "one line, the source backed off like a failing feed (failures counted, not "
        + "polled again until its next poll), the round goes on, exit 0", "exit " + first.code() + ", one line, "
        + "failures=1, the queued lead fetched, not polled in the next round");
  }

  @Test
  void watch_gdeltSourceWithABadEntry_reportsItOnceNotAtEveryPoll(@TempDir Path home) throws Exception {
    String h = home.toString();
    String tooLong = url("/bad/" + "a".repeat(2100) + ".export.CSV.zip");
    site.put("/bad/lastupdate.txt", String.join("\n", "100 abc " + tooLong,
        "100 abc " + url("/bad/20230512.gkg.csv.zip")).getBytes(StandardCharsets.UTF_8));
    String source = url("/bad/lastupdate.txt");
    assertThat(CommandRun.of("sources", "add", "--home", h, "--gdelt", source).out()).contains("added");
    String[] watch = {"watch", "--once", "--home", h, "--allow-host", "127.0.0.1", "--per-host-ms", "0",
        "--interval", "0"};

    CommandRun first = CommandRun.of(watch);
    assertThat(first.code()).as(first.err()).isEqualTo(Main.OK);
    assertThat(first.out()).contains("1 GDELT source(s) polled (0 failed)");
    String line = first.err().lines().filter(l -> l.contains("not read")).findFirst().orElseThrow();
    assertThat(line).containsPattern("export URL in lastupdate.txt not read \\(21[0-9]{2} characters, over 2000\\)");

    CommandRun second = CommandRun.of(watch);
    assertThat(second.code()).as(second.err()).isEqualTo(Main.OK);
    assertThat(second.out()).as("polled again: the server sends no validators")
        .contains("1 GDELT source(s) polled (0 failed)");
    assertThat(second.err()).as("the bad entry is remembered").doesNotContain("not read");
    ReliabilityRows.record(LeadsCommandIT.class, "watch: GDELT sources", "lastupdate.txt names an export URL of "
        + "over 2,000 characters, polled twice by a server without conditional GET", "one line at the first poll, "
        + "none at the second (the entry remembered by a hash), exit 0", "exit " + first.code() + ", "
        + line.strip().replace(url(""), "http://LOCAL").replaceAll("a{10,}", "aaa").replaceAll("\\d+ characters",
            "N characters") + "; second poll: exit "
        + second.code() + ", " + second.err().lines().filter(l -> l.contains("not read")).count() + " line(s)");
  }

  /** Renames a table of the store under {@code home}, through a connection of the test's own. */
  private static void renameTable(Path home, String from, String to) throws Exception {
    try (Store store = Store.open(StoreConfig.embedded(home), Clock.systemUTC());
        Connection c = DriverManager.getConnection(store.jdbcUrl()); Statement s = c.createStatement()) {
      s.execute("alter table " + from + " rename to " + to);
    }
  }

  /**
   * A loopback server that answers robots.txt properly and any other path with a garbage status
   * line (NUL bytes); closed with the returned socket.
   */
  private static ServerSocket garbageServer() throws Exception {
    ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(() -> {
      while (!listener.isClosed()) {
        try (Socket s = listener.accept()) {
          InputStream in = s.getInputStream();
          StringBuilder head = new StringBuilder();
          int b;
          // the request head, up to its blank line (reading further would wait for bytes never sent)
          while (!head.toString().endsWith("\r\n\r\n") && (b = in.read()) >= 0) {
            head.append((char) b);
          }
          OutputStream out = s.getOutputStream();
          if (head.toString().startsWith("GET /robots.txt ")) {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
          } else {
            out.write(new byte[] {0, 0, 0, '\r', '\n'});
          }
          out.flush();
        } catch (Exception e) {
          // closed, or the client went away: next connection
        }
      }
    });
    return listener;
  }

  @Test
  void watch_leadWhoseServerSendsAGarbageStatusLine_getsAOneLineOutcomeAndTheNextLeadIsFetched(
      @TempDir Path home, @TempDir Path dir) throws Exception {
    try (ServerSocket garbage = garbageServer()) {
      String h = home.toString();
      String bad = "http://127.0.0.1:" + garbage.getLocalPort() + "/news/garbage";
      Path first = Files.writeString(dir.resolve("1.export.CSV"), event("1", "MOS", bad));
      Path second = Files.writeString(dir.resolve("2.export.CSV"), event("2", "MOS", url("/news/graffiti")));
      assertThat(CommandRun.of("leads", "--home", h, first.toString()).lastJson().get("queued").asInt()).isEqualTo(1);
      Thread.sleep(5);
      assertThat(CommandRun.of("leads", "--home", h, second.toString()).lastJson().get("queued").asInt())
          .isEqualTo(1);

      CommandRun watched = CommandRun.of("watch", "--once", "--home", h, "--allow-host", "127.0.0.1",
          "--per-host-ms", "0");
      assertThat(watched.code()).as(watched.err()).isEqualTo(Main.OK);
      assertThat(watched.out()).contains("2 fetched, 1 new article(s)");
      String line = watched.err().lines().filter(l -> l.contains("lead " + bad)).findFirst().orElseThrow();
      assertThat(line).doesNotContain("\u0000");
      assertThat(CommandRun.of("watch", "--once", "--home", h, "--allow-host", "127.0.0.1", "--per-host-ms", "0")
          .out()).as("the lead waits before it is tried again").doesNotContain("fetched");
      ReliabilityRows.record(LeadsCommandIT.class, "watch: GDELT leads", "a lead's server answers a garbage "
          + "status line (NUL bytes), then a good lead", "one-line outcome, the lead tried again in 30 minutes (a server that failed to respond may come back), the next lead fetched, exit 0",
          "exit " + watched.code() + ", " + line.strip().replace(bad, "http://LOCAL/news/garbage"));
    }
  }
}
