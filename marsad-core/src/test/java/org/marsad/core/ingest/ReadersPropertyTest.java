package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.marsad.core.domain.Document;

class ReadersPropertyTest {

  private static final List<DocumentReader> READERS = List.of(
      new SeedFormatReader(TestInputs.WINDOW), new PlainTextReader(),
      new HtmlReader(TestInputs.WINDOW, 1 << 20), new JsonLinesReader(TestInputs.WINDOW));
  private static final Ingestor INGESTOR = new Ingestor(TestInputs.CLOCK);

  @Property(tries = 300)
  void read_anyString_documentOrQuarantineNeverThrow(@ForAll("texty") String text) {
    SourceText input = SourceText.of("x", text);
    for (DocumentReader reader : READERS) {
      assertWellFormed(reader.read(input));
    }
  }

  @Property(tries = 300)
  void ingest_anyBytesAnyExtension_documentOrQuarantineNeverThrow(
      @ForAll @Size(max = 600) byte[] bytes,
      @ForAll("extensions") String extension) {
    assertWellFormed(INGESTOR.ingest("input" + extension, bytes));
  }

  @Property(tries = 300)
  void ingest_anyStringAnyExtension_documentOrQuarantineNeverThrow(
      @ForAll("texty") String text, @ForAll("extensions") String extension) {
    assertWellFormed(INGESTOR.ingest("input" + extension, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Property(tries = 200)
  void read_validSeedHeader_givesItsDateAuthorAndText(
      @ForAll("days") LocalDate day,
      @ForAll("handles") String author,
      @ForAll("bodies") String body,
      @ForAll("spaces") String lead,
      @ForAll boolean firstParagraphOnHeaderLine) {
    String header = lead + "date " + day + (author.isEmpty() ? "" : " (@" + author + ")");
    String text = header + (firstParagraphOnHeaderLine ? " " : "\n\n") + body;
    IngestResult result = new SeedFormatReader(TestInputs.WINDOW).read(SourceText.of("s.txt", text));
    assertThat(result.quarantined()).isEmpty();
    Document doc = result.documents().get(0);
    assertThat(doc.published()).isEqualTo(day);
    assertThat(doc.author()).isEqualTo(author);
    assertThat(doc.text()).isEqualTo(TextNormaliser.normalise(body).strip());
  }

  @Property(tries = 300)
  void normalise_anyString_isIdempotentNfcWithoutCr(@ForAll("texty") String text) {
    String once = TextNormaliser.normalise(text);
    assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
    assertThat(once).doesNotContain("\r");
    assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).isTrue();
  }

  @Property(tries = 300)
  void decode_anyBytes_neverThrows(@ForAll @Size(max = 600) byte[] bytes) {
    assertThat(TextDecoder.decode(bytes)).isNotNull();
  }

  private static void assertWellFormed(IngestResult result) {
    assertThat(result.documents().size() + result.quarantined().size()).isPositive();
    for (Document doc : result.documents()) {
      assertThat(doc.text()).isNotBlank().doesNotContain("\r");
      assertThat(doc.id()).isEqualTo(DocumentId.of(doc.text(), doc.published(), doc.title()));
    }
    result.quarantined().forEach(q -> assertThat(q.reason()).isNotBlank().doesNotContain("\n"));
  }

  @Provide
  Arbitrary<String> texty() {
    Arbitrary<String> fragments = Arbitraries.of(
        "date ", "2023-08-01", "2023-13-45", "(@", ")", "\n", "\r\n", "\r", " ", "\uFEFF", "\uFFFD", "\u0000",
        "<", ">", "</", "<p>", "<article>", "<script>", "</script>", "<!--", "-->", "<meta name=date content=",
        "\"", "{", "}", "[", "]", ":", ",", "\"text\"", "\"date\"", "\"2999-01-01\"", "&amp;", "&#",
        "o\u0308", "\uD800", "\uDC00", "\uD83D\uDE00", "Quran", "\t");
    Arbitrary<String> structured = fragments.list().ofMaxSize(60).map(parts -> String.join("", parts));
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200);
    return Arbitraries.oneOf(structured, any);
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of("", ".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".csv");
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 45_000).map(n -> LocalDate.of(1900, 1, 1).plusDays(n))
        .filter(d -> !d.isAfter(LocalDate.of(2025, 6, 15)));
  }

  @Provide
  Arbitrary<String> handles() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('_', '0', '9').ofMaxLength(15);
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.of("", " ", "  ", "\n", " \n\t ");
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> word = Arbitraries.strings().alpha().numeric().withChars('\uFFFD', 'é', '.', ',')
        .ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> paragraph = word.list().ofMinSize(1).ofMaxSize(12).map(ws -> String.join(" ", ws));
    return Combinators.combine(paragraph, paragraph.list().ofMaxSize(3))
        .as((first, rest) -> first + (rest.isEmpty() ? "" : "\n\n" + String.join("\n\n", rest)));
  }
}
