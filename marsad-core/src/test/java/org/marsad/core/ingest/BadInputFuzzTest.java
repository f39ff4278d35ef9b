package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.testing.ReliabilityRows;

/**
 * Fuzzes ingest with generated bad input (jqwik): files spliced from fragments in several encodings, junk and
 * replacement characters; JSON Lines files where random lines are broken; seed headers with random dates. Each
 * property records its RELIABILITY.md row once all its tries passed.
 */
class BadInputFuzzTest {

  private static final Ingestor INGESTOR = new Ingestor(TestInputs.CLOCK);
  private static final AtomicInteger MIXED = new AtomicInteger();
  private static final AtomicInteger LINES = new AtomicInteger();
  private static final AtomicInteger DATES = new AtomicInteger();
  private static final int TRIES = 400;

  @Property(tries = TRIES)
  void ingest_mixedEncodingsAndJunk_oneOutcomeCleanTextOneLineReason(
      @ForAll("mixed") byte[] content, @ForAll("extensions") String extension) {
    IngestResult r = INGESTOR.ingest("fuzz" + extension, content);
    assertThat(r.documents().size() + r.quarantined().size()).isPositive();
    for (Document d : r.documents()) {
      assertThat(d.text()).isNotBlank().doesNotContain("\0", "\r");
      assertThat(d.text().chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
      assertThat(TextNormaliser.normalise(d.text())).isEqualTo(d.text());
    }
    for (Quarantined q : r.quarantined()) {
      assertThat(q.reason()).isNotBlank().doesNotContain("\n");
      assertThat(q.stage()).isEqualTo("ingest");
    }
    if (!r.quarantined().isEmpty() && r.documents().isEmpty() && !extension.equals(".jsonl")) {
      assertThat(r.quarantined().get(0).content()).isEqualTo(content);
    }
    MIXED.incrementAndGet();
  }

  @Property(tries = TRIES)
  void ingest_jsonLinesWithBrokenLines_eachLineReadOrQuarantinedAlone(@ForAll("jsonLines") List<String> lines) {
    byte[] content = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    IngestResult r = INGESTOR.ingest("feed.jsonl", content);
    long good = lines.stream().filter(l -> l.startsWith("{\"date\":\"2023-08-01\",\"text\":\"ok")).count();
    long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
    if (nonBlank == 0) {
      assertThat(r.quarantined()).singleElement().satisfies(q -> assertThat(q.reason()).containsAnyOf("only white", "empty file"));
    } else {
      assertThat(r.documents()).hasSize((int) good);
      assertThat(r.documents().size() + r.quarantined().size()).isEqualTo((int) nonBlank);
      assertThat(r.quarantined()).allSatisfy(q -> assertThat(q.source()).matches("feed\\.jsonl:\\d+"));
    }
    LINES.incrementAndGet();
  }

  @Property(tries = TRIES)
  void ingest_seedHeaderWithAnyDate_acceptedOnlyInsideTheWindow(@ForAll("dateTokens") String token) {
    IngestResult r = INGESTOR.ingest("s.txt", ("date " + token + "\n\nA text.").getBytes(StandardCharsets.UTF_8));
    if (r.documents().isEmpty()) {
      assertThat(r.quarantined()).singleElement().satisfies(q -> assertThat(q.reason())
          .containsAnyOf("date", "text"));
    } else {
      Document d = r.documents().get(0);
      if (d.published() == null) { // not a header: a text that starts with the word "date"
        assertThat(token).doesNotMatch("\\d.*");
        assertThat(d.text()).startsWith("date ");
        DATES.incrementAndGet();
        return;
      }
      assertThat(TestInputs.WINDOW.problem(d.published())).isEmpty();
      assertThat(d.published().toString()).isEqualTo(token);
    }
    DATES.incrementAndGet();
  }

  @AfterContainer
  static void table() {
    if (MIXED.get() == TRIES) {
      ReliabilityRows.record(BadInputFuzzTest.class, "ingest: fuzz",
          TRIES + " files spliced from UTF-8, windows-1252, windows-1251, UTF-16, U+FFFD, NUL and random bytes,"
              + " under every extension", "a document with clean normalised text, or a one-line reason; never"
              + " an exception", "as expected");
    }
    if (LINES.get() == TRIES) {
      ReliabilityRows.record(BadInputFuzzTest.class, "ingest: fuzz",
          TRIES + " JSON Lines files with random lines broken (truncated, not JSON, wrong types, deep, blank)",
          "every good line read, every bad line quarantined alone with its line number", "as expected");
    }
    if (DATES.get() == TRIES) {
      ReliabilityRows.record(BadInputFuzzTest.class, "ingest: fuzz",
          TRIES + " seed headers with random date tokens (any year, month, day, junk)",
          "read with that date only when a calendar day from 1900-01-01 to tomorrow; junk not starting with a digit is no header (plain text); else quarantined", "as expected");
    }
    ReliabilityRows.check(BadInputFuzzTest.class);
  }

  @Provide
  Arbitrary<byte[]> mixed() {
    Arbitrary<byte[]> fragment = Arbitraries.oneOf(
        Arbitraries.of("date 2023-08-01\n\n", "Mosque ", "caf\u00E9 ", "\u201Cquoted\u201D ", "\uFFFD", "\n", "\r\n",
            "\u0645\u0633\u062C\u062F ", "\uD83D\uDE00").map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of("L\u00F8kke ", "\u20AC5 ").map(s -> s.getBytes(Charset.forName("windows-1252"))),
        Arbitraries.of("\u041C\u0435\u0447\u0435\u0442\u044C ").map(s -> s.getBytes(Charset.forName("windows-1251"))),
        Arbitraries.of("text ").map(s -> s.getBytes(StandardCharsets.UTF_16LE)),
        Arbitraries.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {0}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0}),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(20));
    return fragment.list().ofMinSize(1).ofMaxSize(30).map(parts -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      parts.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of("", ".txt", ".html", ".jsonl", ".gz");
  }

  @Provide
  Arbitrary<List<String>> jsonLines() {
    Arbitrary<String> good = Arbitraries.integers().between(0, 999)
        .map(i -> "{\"date\":\"2023-08-01\",\"text\":\"ok " + i + "\"}");
    Arbitrary<String> bad = Arbitraries.oneOf(
        Arbitraries.of("{\"date\":\"2023-08-01\",\"text\":\"trunc", "not json", "[]", "{}", "null", "\"s\"",
            "{\"date\":\"2023-08-01\",\"text\":7}", "{\"date\":\"1066-10-14\",\"text\":\"x\"}",
            "{\"date\":\"2999-01-01\",\"text\":\"x\"}", "{\"date\":\"yesterday\",\"text\":\"x\"}",
            "{\"date\":\"2023-08-01\",\"text\":\"  \"}", "[".repeat(500), "{\"date\":\"2023-08-01\"} trailing"),
        // no control characters: a file with a NUL, or over 10% of them, is refused whole as binary (a row of
        // BadInputCorpusTest), and ingest turns the C1 ones (U+0080-U+009F) into spaces (TextNormaliser), so a
        // line of them is blank; no byte-order mark either, which ingest drops at the start of a file
        Arbitraries.strings().ofMaxLength(40).filter(s -> s.chars().noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)
            || c == 0xFEFF)
            && !s.isBlank() && !s.startsWith("{\"date\":\"2023-08-01\",\"text\":\"ok")));
    Arbitrary<String> blank = Arbitraries.of("", " ", "\t");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, good), net.jqwik.api.Tuple.of(4, bad), net.jqwik.api.Tuple.of(1, blank))
        .list().ofMinSize(1).ofMaxSize(25);
  }

  @Provide
  Arbitrary<String> dateTokens() {
    Arbitrary<String> shaped = net.jqwik.api.Combinators.combine(
            Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13),
            Arbitraries.integers().between(0, 32))
        .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> junk = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(15)
        .filter(s -> !s.contains("("));
    return Arbitraries.oneOf(shaped, shaped, junk);
  }
}
