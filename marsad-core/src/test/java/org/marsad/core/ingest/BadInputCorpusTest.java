package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.testing.ReliabilityRows;

/**
 * A corpus of bad inputs, generated here at run time (nothing big is committed), ingested in one run beside two
 * good articles: each bad file must give its one-line reason and be quarantined with its bytes, or be read the
 * documented way; nothing throws; the good articles are read as if alone. One RELIABILITY.md row per case.
 */
class BadInputCorpusTest {

  @TempDir static Path dir;

  private static final String GOOD = "date 2023-08-01 (@desk)\n\nA mosque in Leeds was vandalised on Monday.\n";
  private static final Random RANDOM = new Random(20231123);

  /** A generated input, what ingest must make of it, and how to say so in the table. */
  record Case(String area, String fault, String file, byte[] content, String expected, Outcome outcome) {}

  /** Either a quarantine whose reason starts with {@code reason}, or documents that pass {@code check}. */
  record Outcome(String reason, Function<List<Document>, Boolean> check) {
    static Outcome quarantined(String reasonPrefix) {
      return new Outcome(reasonPrefix, null);
    }

    static Outcome read(Function<List<Document>, Boolean> check) {
      return new Outcome(null, check);
    }
  }

  static List<Case> corpus() throws IOException {
    List<Case> c = new ArrayList<>();
    byte[] junk = new byte[64 << 10];
    RANDOM.nextBytes(junk);
    c.add(new Case("encoding", "empty file", "empty.txt", new byte[0], "quarantined",
        Outcome.quarantined("empty file (0 bytes)")));
    c.add(new Case("encoding", "64 KiB of random bytes named .txt", "junk.txt", junk, "quarantined as binary",
        Outcome.quarantined("binary content")));
    c.add(new Case("encoding", "64 KiB of random bytes, no extension", "junk", junk, "quarantined as binary",
        Outcome.quarantined("binary content")));
    c.add(new Case("encoding", "an ELF-like header then text", "prog.txt",
        concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, GOOD.getBytes(StandardCharsets.UTF_8)),
        "quarantined as binary", Outcome.quarantined("binary content: contains NUL bytes")));
    c.add(new Case("encoding", "UTF-16LE without byte-order mark", "u16.txt",
        GOOD.getBytes(StandardCharsets.UTF_16LE), "quarantined: Marsad does not guess UTF-16",
        Outcome.quarantined("binary content: contains NUL bytes (binary, or UTF-16/32 without a byte-order mark)")));
    c.add(new Case("encoding", "UTF-16BE byte-order mark then an odd number of bytes", "odd16.txt",
        new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'd', 0}, "quarantined",
        Outcome.quarantined("not valid UTF-16BE although it starts with its byte-order mark")));
    c.add(new Case("encoding", "UTF-16LE with its byte-order mark", "bom16.txt",
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, GOOD.getBytes(StandardCharsets.UTF_16LE)),
        "read as UTF-16LE", Outcome.read(d -> d.size() == 1 && d.get(0).text().startsWith("A mosque in Leeds"))));
    c.add(new Case("encoding", "Cyrillic in windows-1251 (legacy 8-bit encoding)", "cp1251.txt",
        ("date 2023-08-01\n\n" + "Мечеть в Казани подверглась нападению в понедельник. ".repeat(5))
            .getBytes(Charset.forName("windows-1251")), "quarantined: a Latin guess would be nonsense",
        Outcome.quarantined("not valid UTF-8 and")));
    c.add(new Case("encoding", "UTF-8 and windows-1252 mixed in one file", "mixed.txt",
        concat("date 2023-08-01\n\nSaid \u201Cno\u201D in UTF-8; ".getBytes(StandardCharsets.UTF_8),
            "L\u00F8kke in windows-1252.".getBytes(Charset.forName("windows-1252"))),
        "each byte sequence in its encoding (logged as a warning): both parts read right",
        Outcome.read(d -> d.size() == 1 && d.get(0).text().equals("Said \u201Cno\u201D in UTF-8; L\u00F8kke in windows-1252."))));
    c.add(new Case("encoding", "windows-1252 with a byte it leaves undefined (0x81)", "undefined1252.txt",
        concat("date 2023-08-01\n\nL\u00F8kke ".getBytes(Charset.forName("windows-1252")),
            new byte[] {(byte) 0x81}, " \u20AC5.".getBytes(Charset.forName("windows-1252"))),
        "read; U+FFFD only for the undefined byte",
        Outcome.read(d -> d.size() == 1 && d.get(0).text().equals("L\u00F8kke \uFFFD \u20AC5."))));
    c.add(new Case("encoding", "UTF-8 encoding of a lone surrogate (ED A0 80)", "surrogate.txt",
        concat("date 2023-08-01\n\nBefore ".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, " after.".getBytes(StandardCharsets.UTF_8)),
        "not UTF-8: read as windows-1252, no surrogate stored",
        Outcome.read(d -> d.size() == 1 && d.get(0).text().chars().noneMatch(ch -> Character.isSurrogate((char) ch)))));
    c.add(new Case("encoding", "U+FFFD replacement characters in the text", "fffd.txt",
        "date 2023-08-01\n\nThe 47th\uFFFDSession \uFFFD\uFFFD met.".getBytes(StandardCharsets.UTF_8),
        "read; U+FFFD kept (offsets stay valid)",
        Outcome.read(d -> d.size() == 1 && d.get(0).text().equals("The 47th\uFFFDSession \uFFFD\uFFFD met."))));
    c.add(new Case("encoding", "a third of the characters are control characters", "controls.txt",
        ("date 2023-08-01\n\n" + "ab\u0001".repeat(200)).getBytes(StandardCharsets.UTF_8),
        "quarantined as binary", Outcome.quarantined("binary content: ")));
    c.add(new Case("encoding", "byte-order marks repeated at the start", "boms.txt",
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "\uFEFF\uFEFFdate 2023-08-01\n\nText.".getBytes(StandardCharsets.UTF_8)),
        "read; every leading mark dropped", Outcome.read(d -> d.size() == 1 && d.get(0).text().equals("Text."))));
    c.add(new Case("dates", "seed file without a date header", "nohead.txt",
        "A mosque in Leeds was vandalised.".getBytes(StandardCharsets.UTF_8),
        "read as plain text with no date",
        Outcome.read(d -> d.size() == 1 && d.get(0).published() == null)));
    c.add(new Case("dates", "date header with no date", "nodate.txt", "date\n\nText.".getBytes(StandardCharsets.UTF_8),
        "quarantined", Outcome.quarantined("malformed date header: no date after 'date'")));
    c.add(new Case("dates", "malformed date header (2023-8-1)", "short.txt",
        "date 2023-8-1\n\nText.".getBytes(StandardCharsets.UTF_8), "quarantined",
        Outcome.quarantined("malformed date header: '2023-8-1'")));
    c.add(new Case("dates", "date header that is not a calendar day (2023-02-30)", "feb30.txt",
        "date 2023-02-30\n\nText.".getBytes(StandardCharsets.UTF_8), "quarantined",
        Outcome.quarantined("invalid date in header: '2023-02-30' is not a calendar day")));
    c.add(new Case("dates", "date in the future (2999-01-01)", "future.txt",
        "date 2999-01-01\n\nText.".getBytes(StandardCharsets.UTF_8), "quarantined",
        Outcome.quarantined("published date 2999-01-01 is in the future")));
    c.add(new Case("dates", "date before 1900 (1899-12-31)", "old.txt",
        "date 1899-12-31\n\nText.".getBytes(StandardCharsets.UTF_8), "quarantined",
        Outcome.quarantined("published date 1899-12-31 is before 1900-01-01")));
    c.add(new Case("dates", "date in year 0001", "year1.txt", "date 0001-01-01\n\nText.".getBytes(StandardCharsets.UTF_8),
        "quarantined", Outcome.quarantined("published date 0001-01-01 is before 1900-01-01")));
    c.add(new Case("dates", "date header then nothing", "headonly.txt",
        "date 2023-08-01 (@a)\n\n   \n".getBytes(StandardCharsets.UTF_8), "quarantined",
        Outcome.quarantined("no text after the date header")));
    c.add(new Case("dates", "HTML with a date in the future in its metadata", "future.html",
        ("<html><head><meta property=\"article:published_time\" content=\"2999-05-01T10:00:00Z\"></head>"
            + "<body><p>Text of the page.</p></body></html>").getBytes(StandardCharsets.UTF_8),
        "quarantined", Outcome.quarantined("published date 2999-05-01 is in the future")));
    c.add(new Case("dates", "HTML with a malformed date in its metadata", "baddate.html",
        ("<html><head><meta property=\"article:published_time\" content=\"yesterday-ish\"></head>"
            + "<body><p>Text of the page.</p></body></html>").getBytes(StandardCharsets.UTF_8),
        "read with no date", Outcome.read(d -> d.size() == 1 && d.get(0).published() == null)));
    c.add(new Case("json lines", "a line that is not JSON, among good lines", "notjson.jsonl",
        jsonl("{not json at all"), "the line quarantined, the other lines read",
        Outcome.read(d -> d.size() == 2)));
    c.add(new Case("json lines", "a line nested 100,000 arrays deep", "deep.jsonl",
        jsonl("[".repeat(100_000)), "the line quarantined (depth bound 64), the other lines read",
        Outcome.read(d -> d.size() == 2)));
    c.add(new Case("json lines", "a line without a date, one with a date before 1900, one in the future",
        "dates.jsonl", jsonl("{\"text\":\"t\"}\n{\"date\":\"1850-01-01\",\"text\":\"t\"}\n"
            + "{\"date\":\"3000-01-01\",\"text\":\"t\"}"), "each line quarantined, the other lines read",
        Outcome.read(d -> d.size() == 2)));
    c.add(new Case("json lines", "a line with a number as text and a duplicate key", "types.jsonl",
        jsonl("{\"date\":\"2023-08-01\",\"text\":5}\n{\"date\":\"2023-08-01\",\"text\":\"a\",\"text\":\"b\"}"),
        "each line quarantined, the other lines read", Outcome.read(d -> d.size() == 2)));
    c.add(new Case("json lines", "a NUL byte inside one line", "nul.jsonl",
        jsonl("{\"date\":\"2023-08-01\",\"text\":\"a\u0000b\"}"),
        "the line quarantined alone, the other lines read", Outcome.read(d -> d.size() == 2)));
    c.add(new Case("json lines", "JSON Lines in UTF-16LE without a byte-order mark (NUL bytes on every line)",
        "u16.jsonl", new String(jsonl("{\"date\":\"2023-08-01\",\"text\":\"Middle.\"}"), StandardCharsets.UTF_8)
            .getBytes(StandardCharsets.UTF_16LE),
        "quarantined whole as binary (too many NUL lines to be bad lines)",
        Outcome.quarantined("binary content: contains NUL bytes")));
    c.add(new Case("json lines", "only blank lines", "blank.jsonl", "\n \n\t\n".getBytes(StandardCharsets.UTF_8),
        "quarantined whole", Outcome.quarantined("no JSON lines (only white space)")));
    c.add(new Case("html", "HTML full of scripts, styles and handlers around one paragraph", "scripts.html",
        scripts(2_000).getBytes(StandardCharsets.UTF_8), "read: only the paragraph, no script text",
        Outcome.read(d -> d.size() == 1 && d.get(0).text().equals("The only text.")
            && !d.get(0).text().contains("alert"))));
    c.add(new Case("html", "HTML with scripts and no text", "onlyscript.html",
        "<html><body><script>alert(1)</script><style>p{}</style></body></html>".getBytes(StandardCharsets.UTF_8),
        "quarantined", Outcome.quarantined("no readable text in the HTML")));
    c.add(new Case("html", "HTML nested 100,000 elements deep", "deep.html",
        ("<html><body>" + "<div>".repeat(100_000) + "Deep text." + "</div>".repeat(100_000) + "</body></html>")
            .getBytes(StandardCharsets.UTF_8), "read, in time linear in its size",
        Outcome.read(d -> d.size() == 1 && d.get(0).text().contains("Deep text."))));
    c.add(new Case("html", "HTML with 300,000 unclosed tags (1.5 MB)", "tags.html",
        ("<html><body>" + "<b>x".repeat(300_000)).getBytes(StandardCharsets.UTF_8),
        "quarantined before parsing", Outcome.quarantined("HTML has 300002 '<' characters, over the bound of 250000")));
    c.add(new Case("compression", "gzip bomb (64 MiB of zeros) named .jsonl.gz", "bomb.jsonl.gz",
        gzipZeros(64 << 20), "quarantined unread: no reader accepts compression",
        Outcome.quarantined("binary content")));
    c.add(new Case("compression", "gzip bomb (64 MiB of zeros) named .html", "bomb.html",
        gzipZeros(64 << 20), "quarantined as binary, not inflated", Outcome.quarantined("binary content")));
    c.add(new Case("files", "unsupported type (.json)", "gold.json", "[1,2,3]".getBytes(StandardCharsets.UTF_8),
        "quarantined", Outcome.quarantined("unsupported file type (extension '.json')")));
    c.add(new Case("files", "file name with a newline and non-Latin letters", "new\nline \u0645\u0633\u062C\u062F.txt",
        GOOD.getBytes(StandardCharsets.UTF_8), "read like any file", Outcome.read(d -> d.size() == 1)));
    return c;
  }

  private static final List<String> RESULTS = new ArrayList<>();

  @Test
  void ingest_corpusOfBadInputsBesideGoodOnes_eachHasItsOutcomeAndTheGoodAreRead() throws IOException {
    List<Case> corpus = corpus();
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), GOOD);
    Files.writeString(in.resolve("z-good.jsonl"), "{\"date\":\"2023-08-01\",\"text\":\"Good line.\"}\n");
    for (Case c : corpus) {
      Files.write(in.resolve(c.file()), c.content());
    }

    IngestResult all = new Ingestor(TestInputs.CLOCK).ingest(in);

    Map<String, List<Document>> docs = all.documents().stream().collect(Collectors.groupingBy(d -> file(d.source())));
    Map<String, List<Quarantined>> bad = all.quarantined().stream()
        .collect(Collectors.groupingBy(q -> file(q.source())));
    assertThat(docs.get("a-good.txt")).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo(
        new Ingestor(TestInputs.CLOCK).ingest("a.txt", GOOD.getBytes(StandardCharsets.UTF_8)).documents().get(0)
            .text()));
    assertThat(docs.get("z-good.jsonl")).hasSize(1);
    for (Case c : corpus) {
      List<Document> d = docs.getOrDefault(c.file(), List.of());
      List<Quarantined> q = bad.getOrDefault(c.file(), List.of());
      q.forEach(item -> assertThat(item.reason()).as(c.fault()).isNotBlank().doesNotContain("\n")
          .hasSizeLessThanOrEqualTo(Quarantine.MAX_REASON_LENGTH));
      String result;
      if (c.outcome().reason() != null) {
        assertThat(d).as(c.fault()).isEmpty();
        assertThat(q).as(c.fault()).singleElement().satisfies(item -> {
          assertThat(item.reason()).startsWith(c.outcome().reason());
          assertThat(item.stage()).isEqualTo("ingest");
          assertThat(item.content()).as("the quarantine keeps the bytes").isEqualTo(c.content());
        });
        result = "quarantined: " + q.get(0).reason();
      } else {
        assertThat(c.outcome().check().apply(d)).as(c.fault() + ": " + d + " / " + q).isTrue();
        result = d.size() + " document(s)" + (q.isEmpty() ? "" : ", " + q.size() + " quarantined: "
            + q.stream().map(Quarantined::reason).collect(Collectors.joining("; ")));
      }
      ReliabilityRows.record(BadInputCorpusTest.class, "ingest: " + c.area(), c.fault(), c.expected(),
          result.replace(in.toString(), "DIR"));
    }
    ReliabilityRows.record(BadInputCorpusTest.class, "ingest", "all the inputs above in one run beside two good "
        + "articles", "the good articles read as if alone; nothing thrown", "as expected");
  }

  @AfterAll
  static void table() {
    ReliabilityRows.check(BadInputCorpusTest.class);
  }

  private static String file(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    return name.matches(".*\\.(jsonl|ndjson):\\d+") ? name.substring(0, name.lastIndexOf(':')) : name;
  }

  private static byte[] jsonl(String bad) {
    return ("{\"date\":\"2023-08-01\",\"text\":\"First.\"}\n" + bad + "\n{\"date\":\"2023-08-02\",\"text\":\"Last.\"}\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static String scripts(int n) {
    StringBuilder b = new StringBuilder("<html><head>");
    for (int i = 0; i < n; i++) {
      b.append("<script>alert(").append(i).append(")</script><style>p{color:red}</style>");
    }
    b.append("</head><body onload=\"alert(1)\">");
    for (int i = 0; i < n; i++) {
      b.append("<script type=\"text/javascript\">document.write('alert")
          .append(i).append("')</script><noscript>alert</noscript>");
    }
    return b.append("<p>The only text.</p><template>alert</template></body></html>").toString();
  }

  static byte[] gzipZeros(int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < size; i += zeros.length) {
        gz.write(zeros);
      }
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
