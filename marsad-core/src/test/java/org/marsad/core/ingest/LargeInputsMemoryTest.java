package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.testing.ReliabilityRows;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The memory bound of ingest: the largest inputs, generated here, ingested one after the other by
 * {@link IngestProbe} in a child JVM limited to {@value #HEAP} of heap, as the ingest command reads them (part by
 * part). An {@link OutOfMemoryError} would kill the child and fail the test; each input must still give its
 * documents or its reason.
 */
@Tag("reliability")
class LargeInputsMemoryTest {

  static final String HEAP = "256m";

  @TempDir static Path dir;

  @Test
  void ingest_largestInputsInSmallHeap_eachReadOrRefusedWithoutRunningOutOfMemory() throws Exception {
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("a 100 MB file (over the 50 MiB bound)", sparse(dir.resolve("huge.txt"), 100L << 20));
    files.put("a JSON Lines file of a million lines (41 MB)", millionLines(dir.resolve("million.jsonl")));
    files.put("a JSON Lines file of 50 MiB, the bound, of 1.3 million short lines",
        shortLines(dir.resolve("max.jsonl"), 50 << 20));
    files.put("one JSON line of 40 MB of text (over the JSON string bound of 20 M chars)", oneLongLine(dir.resolve("long.jsonl"), 40 << 20));
    files.put("a 45 MB plain-text article (one paragraph)", write(dir.resolve("long.txt"),
        "date 2023-08-01\n\n" + "A mosque was attacked. ".repeat(2_000_000)));
    files.put("HTML just under the 8 MiB bound, full of scripts", write(dir.resolve("scripts.html"),
        "<html><head>"
        + ("<script>" + "alert(document.cookie);".repeat(40) + "</script>").repeat(8_500)
        + "</head><body><p>The only text.</p></body></html>"));
    files.put("a WARC file of 120 MB: 15,000 pages of 8 KB, streamed record by record", warc(dir.resolve("crawl.warc"), 15_000));
    files.put("HTML of 9 MiB (over the HTML bound)", write(dir.resolve("big.html"),
        "<html><body><p>" + "word ".repeat((9 << 20) / 5) + "</p></body></html>"));

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP,
        "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), IngestProbe.class.getName()));
    files.values().forEach(p -> command.add(p.toString()));
    Process child = new ProcessBuilder(command).redirectError(dir.resolve("probe.err").toFile()).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as("child under -Xmx%s: %s", HEAP, Files.readString(dir.resolve("probe.err")))
        .isZero();

    Map<String, String[]> lines = new LinkedHashMap<>();
    out.lines().map(l -> l.split("\t", 4)).forEach(f -> lines.put(f[0], f));
    String[] huge = lines.get(files.get("a 100 MB file (over the 50 MiB bound)").toString());
    assertThat(huge[3]).isEqualTo("file is 104857600 bytes, over the bound of 52428800 bytes; quarantine keeps "
        + "only the first 65536 bytes");
    assertThat(lines.get(files.get("a JSON Lines file of a million lines (41 MB)").toString())[1])
        .isEqualTo("1000000");
    assertThat(Long.parseLong(lines.get(files.get(
        "a JSON Lines file of 50 MiB, the bound, of 1.3 million short lines").toString())[1])).isGreaterThan(1_300_000);
    String[] longLine = lines.get(files.get("one JSON line of 40 MB of text (over the JSON string bound of 20 M chars)").toString());
    assertThat(longLine[2]).isEqualTo("1");
    assertThat(longLine[3]).startsWith("line 1: not valid JSON: String value length");
    assertThat(lines.get(files.get("a 45 MB plain-text article (one paragraph)").toString())[1]).isEqualTo("1");
    assertThat(lines.get(files.get("HTML just under the 8 MiB bound, full of scripts").toString())[1])
        .as(out).isEqualTo("1");
    Path crawlFile = files.get("a WARC file of 120 MB: 15,000 pages of 8 KB, streamed record by record");
    String[] crawl = lines.get(crawlFile.toString());
    assertThat(Files.size(crawlFile)).isGreaterThan(120_000_000L);
    assertThat(crawl[1] + " " + crawl[2]).as(out).isEqualTo("15000 0");
    assertThat(lines.get(files.get("HTML of 9 MiB (over the HTML bound)").toString())[3])
        .startsWith("HTML is 9437213 bytes, over the HTML bound of 8388608 bytes");

    files.forEach((what, path) -> {
      String[] f = lines.get(path.toString());
      String result = f[1] + " document(s), " + f[2] + " quarantined" + (f[3].equals("-") ? "" : ": " + f[3]);
      ReliabilityRows.record(LargeInputsMemoryTest.class, "ingest: size", what,
          "read or refused by its size, within a " + HEAP + " heap (child JVM)",
          result + "; within -Xmx" + HEAP);
    });
  }

  @AfterAll
  static void table() {
    ReliabilityRows.check(LargeInputsMemoryTest.class);
  }

  private static Path sparse(Path file, long size) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
    return file;
  }

  private static Path millionLines(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < 1_000_000; i++) {
        w.write("{\"date\":\"2023-08-01\",\"text\":\"Item " + i + "\"}\n");
      }
    }
    return file;
  }

  private static Path shortLines(Path file, int limit) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      int size = 0;
      for (int i = 0; ; i++) {
        String line = "{\"date\":\"2023-08-01\",\"text\":\"I" + i + "\"}\n";
        if (size + line.length() > limit) {
          break;
        }
        w.write(line);
        size += line.length();
      }
    }
    return file;
  }

  private static Path oneLongLine(Path file, int size) throws IOException {
    return write(file, "{\"date\":\"2023-08-01\",\"text\":\"" + "Words of an article. ".repeat(size / 21) + "\"}\n");
  }

  /** An uncompressed WARC of {@code pages} HTML responses of about 8 KB each, written with jwarc's writer. */
  private static Path warc(Path file, int pages) throws IOException {
    Instant captured = Instant.parse("2025-03-07T10:00:00Z");
    String filler = "<p>" + "The council met again to discuss the new bridge over the river. ".repeat(120) + "</p>";
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      for (int i = 0; i < pages; i++) {
        byte[] page = ("<!doctype html><html><head><title>Report " + i + "</title></head><body><article><h1>Report "
            + i + "</h1>" + filler + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page).build();
        w.write(new WarcResponse.Builder(URI.create("https://news.example/report/" + i)).date(captured).body(http)
            .build());
      }
    }
    return file;
  }

  private static Path write(Path file, String content) throws IOException {
    return Files.writeString(file, content);
  }
}
