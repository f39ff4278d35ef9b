package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.testing.ReliabilityRows;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files written here with jwarc's own writer: pages become documents, the rest is counted or quarantined. */
class WarcInputTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Instant CAPTURED = Instant.parse("2025-03-07T10:00:00Z");

  @TempDir
  Path dir;

  private static String page(String title, String date, String body) {
    return "<!doctype html><html><head><title>" + title + "</title>"
        + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "\">")
        + "</head><body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
  }

  private static final String MOSQUE = page("Mosque attacked", "2025-03-06",
      "Vandals smashed the windows of a mosque in Leeds on Wednesday night, police said. The council condemned the attack.");
  private static final String UNDATED = page("Council meets", null,
      "The city council met on Thursday to discuss the budget for next year and the new bridge over the river.");

  private static WarcResponse response(String url, int status, MediaType type, byte[] body, String... headers)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Found").body(type, body);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      http.addHeader(headers[i], headers[i + 1]);
    }
    return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http.build()).build();
  }

  private static WarcResponse html(String url, String page) throws IOException {
    return response(url, 200, MediaType.HTML_UTF8, page.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, WarcCompression compression, WarcResponse... responses) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), compression)) {
      w.write(new WarcRequest.Builder(URI.create("https://news.example/a")).date(CAPTURED)
          .body(new HttpRequest.Builder("GET", "/a").build()).build());
      for (WarcResponse r : responses) {
        w.write(r);
      }
    }
    return file;
  }

  private static IngestResult ingest(Path file) {
    return ingest(file, IngestConfig.defaults());
  }

  private static IngestResult ingest(Path file, IngestConfig config) {
    return new Ingestor(config, CLOCK).ingest(file);
  }

  @Test
  void read_pagesBecomeDocuments_otherRecordsAreCountedOrQuarantined() throws IOException {
    Path file = write("news.warc", WarcCompression.NONE,
        html("https://news.example/a", MOSQUE),
        response("https://news.example/old", 302, MediaType.HTML, new byte[0], "Location", "/a"),
        response("https://news.example/logo.png", 200, MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        html("https://news.example/b", UNDATED));
    IngestResult r = ingest(file);
    assertThat(r.documents()).extracting(Document::title).containsExactly("Mosque attacked", "Council meets");
    Document mosque = r.documents().get(0);
    assertThat(mosque.published()).as("the page's own date wins").isEqualTo(LocalDate.of(2025, 3, 6));
    assertThat(mosque.url()).isEqualTo("https://news.example/a");
    assertThat(mosque.source()).isEqualTo(file + "#https://news.example/a");
    assertThat(mosque.text()).contains("Vandals smashed the windows of a mosque in Leeds");
    assertThat(r.documents().get(1).published()).as("else the capture date").isEqualTo(LocalDate.of(2025, 3, 7));
    assertThat(r.quarantined()).singleElement().satisfies(q -> {
      assertThat(q.source()).endsWith("#https://news.example/logo.png");
      assertThat(q.reason()).isEqualTo("WARC response is not HTML (image/png): not an article");
    });
    row("a WARC with two pages, a request, a redirect and an image", "two documents; the redirect and request "
        + "counted, the image quarantined", r);
  }

  @Test
  void read_gzipWarc_givesTheSameDocumentsAsThePlainOne_andTwiceTheSameIds() throws IOException {
    IngestResult plain = ingest(write("a.warc", WarcCompression.NONE, html("https://news.example/a", MOSQUE),
        html("https://news.example/b", UNDATED)));
    IngestResult gzip = ingest(write("a.warc.gz", WarcCompression.GZIP, html("https://news.example/a", MOSQUE),
        html("https://news.example/b", UNDATED)));
    assertThat(gzip.documents()).extracting(Document::id).containsExactlyElementsOf(
        plain.documents().stream().map(Document::id).toList()).hasSize(2);
    assertThat(gzip.quarantined()).isEmpty();
    row("the same pages in a gzip WARC (Common Crawl's format)", "the documents of the plain WARC, same ids", gzip);
  }

  @Test
  void read_truncatedFile_keepsTheRecordsBeforeTheBreak() throws IOException {
    Path whole = write("whole.warc", WarcCompression.NONE, html("https://news.example/a", MOSQUE),
        html("https://news.example/b", UNDATED));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
    IngestResult r = ingest(cut);
    assertThat(r.documents()).extracting(Document::title).containsExactly("Mosque attacked");
    assertThat(r.quarantined()).singleElement().satisfies(q -> assertThat(q.reason()).contains("WARC"));
    row("a WARC file cut 200 bytes before its end", "the records before the break kept, the break quarantined", r);
  }

  @Test
  void read_garbageAndEmptyWarcs_areQuarantinedWithAReason() throws IOException {
    Path junk = dir.resolve("junk.warc");
    byte[] random = new byte[10_000];
    new java.util.Random(7).nextBytes(random);
    Files.write(junk, random);
    IngestResult r = ingest(junk);
    assertThat(r.documents()).isEmpty();
    assertThat(r.quarantined()).singleElement().satisfies(q -> assertThat(q.reason())
        .startsWith("malformed or truncated WARC record at byte 0 after 0 records").matches("\\p{Print}+"));
    row("10 kB of random bytes named .warc", "quarantined: not a WARC record", r);
    Path empty = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);
    IngestResult e = ingest(empty);
    assertThat(e.documents()).isEmpty();
    assertThat(e.quarantined()).singleElement().satisfies(q -> assertThat(q.reason()).isEqualTo("empty file (0 bytes)"));
    row("an empty .warc.gz", "quarantined as empty", e);
  }

  @Test
  void read_payloadOverTheBound_evenCompressed_isQuarantinedWithoutInflatingIt() throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        gz.write(zeros); // 40 MiB of zeros in about 40 kB
      }
    }
    Path file = write("bomb.warc.gz", WarcCompression.GZIP,
        response("https://news.example/bomb", 200, MediaType.HTML, packed.toByteArray(), "Content-Encoding", "gzip"),
        html("https://news.example/a", MOSQUE));
    IngestResult r = ingest(file);
    assertThat(r.documents()).extracting(Document::title).containsExactly("Mosque attacked");
    assertThat(r.quarantined()).singleElement().satisfies(q -> {
      assertThat(q.reason()).startsWith("WARC payload over 8388608 bytes once decompressed");
      assertThat(q.content()).hasSize(IngestConfig.defaults().quarantineKeepBytes());
    });
    row("a gzip bomb as a WARC page (40 MiB of zeros, Content-Encoding: gzip)", "quarantined after the HTML "
        + "bound, never inflated further; the next page read", r);
  }

  private static void row(String fault, String expected, IngestResult r) {
    String result = r.documents().size() + " document(s)" + (r.quarantined().isEmpty() ? "" : ", "
        + r.quarantined().size() + " quarantined: " + String.join("; ",
        r.quarantined().stream().map(Quarantined::reason).map(s -> s.replaceAll("/tmp/\\S+", "FILE")).toList()));
    ReliabilityRows.record(WarcInputTest.class, "ingest: WARC", fault, expected, result);
  }

  @AfterAll
  static void table() {
    ReliabilityRows.check(WarcInputTest.class);
  }

}
