package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;

class IngestorTest {

  @TempDir Path dir;

  private final Ingestor ingestor = new Ingestor(TestInputs.CLOCK);

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private Quarantined onlyQuarantined(IngestResult result) {
    assertThat(result.documents()).isEmpty();
    assertThat(result.quarantined()).hasSize(1);
    assertThat(result.quarantined().get(0).stage()).isEqualTo("ingest");
    return result.quarantined().get(0);
  }

  @Test
  void ingest_seedDirectory_readsAllSeedsSortedAndRecursively() {
    IngestResult result = ingestor.ingest(TestInputs.seeds());

    List<Document> seeds = result.documents().stream().filter(d -> d.source().endsWith(".txt")).toList();
    assertThat(seeds).hasSize(13).allMatch(d -> d.published() != null);
    assertThat(seeds.get(0).source()).endsWith("000_712beae123183450.txt");
    assertThat(seeds.get(0).published()).isEqualTo(LocalDate.of(2020, 11, 27));
    assertThat(seeds.get(1).source()).endsWith("003_e4b9f3156e9ffce2.txt");
    assertThat(seeds.get(2).source()).endsWith("d01-quebec-2017-01-31.txt");
    // EXPECTED.md and README.md are plain text; the gold.json files are no supported format
    assertThat(result.documents()).filteredOn(d -> d.source().endsWith(".md")).hasSize(2)
        .allMatch(d -> d.published() == null);
    assertThat(result.quarantined()).hasSize(2).allSatisfy(q -> {
      assertThat(q.source()).endsWith("gold.json");
      assertThat(q.reason()).startsWith("unsupported file type (extension '.json')");
    });
  }

  @Test
  void ingest_sameArticleTwiceOrWithCrlf_sameIds() throws IOException {
    String lf = "date 2023-08-01 (@a)\n\nFirst.\n\nSecond.\n";
    Path a = write("a.txt", lf);
    Path b = write("b.txt", lf.replace("\n", "\r\n"));
    String id = ingestor.ingest(a).documents().get(0).id();
    assertThat(ingestor.ingest(a).documents().get(0).id()).isEqualTo(id);
    assertThat(ingestor.ingest(b).documents().get(0).id()).isEqualTo(id);
    assertThat(ingestor.ingest(b).documents().get(0).text()).isEqualTo("First.\n\nSecond.");
  }

  @Test
  void ingest_directory_skipsHiddenAndSortsByPath() throws IOException {
    write("b/z.txt", "date 2023-08-01\n\nZ.");
    write("a.txt", "date 2023-08-01\n\nA.");
    write(".hidden.txt", "date 2023-08-01\n\nHidden.");
    write(".git/c.txt", "date 2023-08-01\n\nGit.");
    IngestResult result = ingestor.ingest(dir);
    assertThat(result.documents()).extracting(Document::text).containsExactly("A.", "Z.");
    assertThat(result.quarantined()).isEmpty();
  }

  @Test
  void ingest_missingPath_isQuarantined() {
    Quarantined q = onlyQuarantined(ingestor.ingest(dir.resolve("nope.txt")));
    assertThat(q.reason()).isEqualTo("cannot read: no such file or directory");
  }

  @Test
  void ingest_brokenLink_isQuarantinedAsUnreadable() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing-target.txt"));
    Quarantined q = onlyQuarantined(ingestor.ingest(dir));
    assertThat(q.source()).isEqualTo(link.toString());
    assertThat(q.reason()).startsWith("cannot read: broken symbolic link");
  }

  @Test
  void ingest_emptyFile_isQuarantined() throws IOException {
    assertThat(onlyQuarantined(ingestor.ingest(write("e.txt", ""))).reason()).isEqualTo("empty file (0 bytes)");
  }

  @Test
  void ingest_fileOverBound_keepsOnlyItsStart() throws IOException {
    Ingestor small = new Ingestor(new IngestConfig(1000, 1000, 100, LocalDate.of(1900, 1, 1), 1), TestInputs.CLOCK);
    byte[] content = ("date 2023-08-01\n\n" + "x".repeat(2000)).getBytes(StandardCharsets.UTF_8);
    Quarantined q = onlyQuarantined(small.ingest(write("big.txt", content)));
    assertThat(q.reason())
        .isEqualTo("file is 2017 bytes, over the bound of 1000 bytes; quarantine keeps only the first 100 bytes");
    assertThat(q.content()).isEqualTo(Arrays.copyOf(content, 100));
  }

  @Test
  void ingest_binaryJunk_isQuarantinedWithItsBytes() throws IOException {
    byte[] junk = new byte[2048];
    new Random(7).nextBytes(junk);
    Quarantined q = onlyQuarantined(ingestor.ingest(write("junk.txt", junk)));
    assertThat(q.reason()).startsWith("binary content");
    assertThat(q.content()).isEqualTo(junk);
  }

  @Test
  void ingest_malformedDateHeader_isQuarantined() throws IOException {
    Quarantined q = onlyQuarantined(ingestor.ingest(write("bad.txt", "date 2023-13-45\n\nText.")));
    assertThat(q.reason()).isEqualTo("invalid date in header: '2023-13-45' is not a calendar day");
    assertThat(q.content()).isEqualTo("date 2023-13-45\n\nText.".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ingest_futureAndAncientDates_areQuarantined() throws IOException {
    assertThat(onlyQuarantined(ingestor.ingest(write("f.txt", "date 2025-06-17\n\nT."))).reason())
        .isEqualTo("published date 2025-06-17 is in the future (today is 2025-06-15)");
    assertThat(onlyQuarantined(ingestor.ingest(write("o.txt", "date 1899-01-01\n\nT."))).reason())
        .isEqualTo("published date 1899-01-01 is before 1900-01-01");
  }

  @Test
  void ingest_plainTextWithoutHeader_hasNullDate() throws IOException {
    IngestResult result = ingestor.ingest(write("p.txt", "A mosque in Kandy was attacked."));
    assertThat(result.documents().get(0).published()).isNull();
  }

  @Test
  void ingest_windows1252File_isDecodedByFallback() throws IOException {
    byte[] bytes = "date 2023-08-01\n\nL\u00F8kke Rasmussen said \u201Cno\u201D."
        .getBytes(Charset.forName("windows-1252"));
    IngestResult result = ingestor.ingest(write("w.txt", bytes));
    assertThat(result.documents().get(0).text()).isEqualTo("L\u00F8kke Rasmussen said \u201Cno\u201D.");
  }

  @Test
  void ingest_bomAndReplacementCharacter_bomGoneReplacementKept() throws IOException {
    byte[] body = "date 2020-11-27\n\n47th\uFFFDSession".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(ingestor.ingest(write("bom.txt", bytes)).documents().get(0).text()).isEqualTo("47th\uFFFDSession");
  }

  @Test
  void ingest_jsonLinesFile_badLineSourceHasItsLineNumber() throws IOException {
    Path file = write("feed.jsonl", "{\"date\":\"2023-08-01\",\"text\":\"a\"}\nnot json\n");
    IngestResult result = ingestor.ingest(file);
    assertThat(result.documents()).hasSize(1);
    assertThat(result.quarantined()).extracting(Quarantined::source).containsExactly(file + ":2");
  }

  @Test
  void ingest_bytesFromUrl_chooseReaderByContent() {
    IngestResult result = ingestor.ingest("https://e.org/story",
        "<!doctype html><title>T</title><p>Body.</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(result.documents()).extracting(Document::text).containsExactly("Body.");
  }

  @Test
  void ingest_bytesOverBound_keepOnlyTheirStart() {
    Ingestor small = new Ingestor(new IngestConfig(10, 10, 4, LocalDate.of(1900, 1, 1), 0), TestInputs.CLOCK);
    Quarantined q = onlyQuarantined(small.ingest("x.txt", "0123456789ABC".getBytes(StandardCharsets.UTF_8)));
    assertThat(q.reason())
        .isEqualTo("content is 13 bytes, over the bound of 10 bytes; quarantine keeps only the first 4 bytes");
    assertThat(q.content()).isEqualTo("0123".getBytes(StandardCharsets.UTF_8));
  }
}
