package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;

class SeedFormatReaderTest {

  private final SeedFormatReader reader = new SeedFormatReader(TestInputs.WINDOW);

  private Document document(String text) {
    IngestResult result = reader.read(SourceText.of("a.txt", text));
    assertThat(result.quarantined()).isEmpty();
    assertThat(result.documents()).hasSize(1);
    return result.documents().get(0);
  }

  private String refusal(String text) {
    IngestResult result = reader.read(SourceText.of("a.txt", text));
    assertThat(result.documents()).isEmpty();
    assertThat(result.quarantined()).hasSize(1);
    Quarantined q = result.quarantined().get(0);
    assertThat(q.stage()).isEqualTo("ingest");
    assertThat(q.source()).isEqualTo("a.txt");
    assertThat(q.content()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    return q.reason();
  }

  private static SourceText seedFile(Path file) throws IOException {
    byte[] raw = Files.readAllBytes(file);
    return new SourceText(file.getFileName().toString(), raw,
        TextNormaliser.normalise(new String(raw, StandardCharsets.UTF_8)));
  }

  @Test
  void read_firstSeed_leadingSpaceHeaderWithAuthorAndReplacementCharacterKept() throws IOException {
    IngestResult result = reader.read(seedFile(TestInputs.seeds().resolve("000_712beae123183450.txt")));

    assertThat(result.quarantined()).isEmpty();
    Document doc = result.documents().get(0);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2020, 11, 27));
    assertThat(doc.author()).isEqualTo("FahadShabbir");
    assertThat(doc.text()).startsWith("Foreign Minister Makhdoom Shah Mahmood Qureshi on Thursday met");
    assertThat(doc.text()).contains("47th\uFFFDSession of the OIC Council");
    assertThat(doc.text()).doesNotContain("date 2020").doesNotContain("\r");
    assertThat(doc.id()).isEqualTo(DocumentId.of(doc.text(), doc.published(), ""));
  }

  @Test
  void read_secondSeed_firstParagraphOnHeaderLineIsKept() throws IOException {
    IngestResult result = reader.read(seedFile(TestInputs.seeds().resolve("003_e4b9f3156e9ffce2.txt")));

    Document doc = result.documents().get(0);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(doc.author()).isEmpty();
    assertThat(doc.text()).startsWith("The 18th Extraordinary Session of the Council of Foreign Ministers");
    assertThat(doc.text()).contains("Islamophobia.\n\nAccording to the Pakistani Foreign Office");
  }

  @Test
  void read_devFiles_allParseWithTheDateInTheirName() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(TestInputs.seeds().resolve("dev"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSize(11);
    for (Path file : files) {
      IngestResult result = reader.read(seedFile(file));
      assertThat(result.quarantined()).as(file.toString()).isEmpty();
      Document doc = result.documents().get(0);
      String name = file.getFileName().toString();
      assertThat(doc.published()).as(name)
          .isEqualTo(LocalDate.parse(name.substring(name.length() - 14, name.length() - 4)));
      assertThat(doc.author()).as(name).isNotEmpty();
      assertThat(doc.text()).as(name).isNotBlank().doesNotStartWith("date");
    }
  }

  @Test
  void read_authorWithSpacesAndBlankLinesBefore_areRead() {
    Document doc = document("\n\n  date 2021-03-08 (@ News Desk )\n\nText.");
    assertThat(doc.author()).isEqualTo("News Desk");
    assertThat(doc.text()).isEqualTo("Text.");
  }

  @Test
  void read_crlfFile_sameIdAsLf() {
    assertThat(document("date 2021-03-08\r\n\r\nOne.\r\n\r\nTwo.\r\n").id())
        .isEqualTo(document("date 2021-03-08\n\nOne.\n\nTwo.\n").id());
  }

  @Test
  void read_impossibleDate_isQuarantined() {
    assertThat(refusal("date 2023-13-45\n\nText."))
        .isEqualTo("invalid date in header: '2023-13-45' is not a calendar day");
  }

  @Test
  void read_otherDateFormat_isQuarantined() {
    assertThat(refusal("date 12/03/2023\n\nText."))
        .isEqualTo("malformed date header: '12/03/2023' (expected 'date YYYY-MM-DD')");
  }

  @Test
  void read_headerWithoutDate_isQuarantined() {
    assertThat(refusal("date\n\nText.")).startsWith("malformed date header: no date after 'date'");
  }

  @Test
  void read_noHeader_isQuarantined() {
    assertThat(refusal("Just text.")).startsWith("missing date header");
  }

  @Test
  void read_futureDate_isQuarantined() {
    assertThat(refusal("date 2999-01-01\n\nText."))
        .isEqualTo("published date 2999-01-01 is in the future (today is 2025-06-15)");
  }

  @Test
  void read_dateBefore1900_isQuarantined() {
    assertThat(refusal("date 1899-12-31\n\nText.")).isEqualTo("published date 1899-12-31 is before 1900-01-01");
  }

  @Test
  void read_headerOnly_isQuarantined() {
    assertThat(refusal("date 2020-01-01 (@x)\n\n   \n")).isEqualTo("no text after the date header");
  }

  @Test
  void read_headerThenOnlyAByteOrderMark_isQuarantined() {
    // a byte-order mark is no text: stripped with the white space, not left in front of an empty article
    assertThat(refusal("date 2023-08-01\n\n\uFEFF")).isEqualTo("no text after the date header");
  }

  @Test
  void claims_headerLikeStarts() {
    assertThat(SeedFormatReader.claims(" date 2020-11-27 (@x)")).isTrue();
    assertThat(SeedFormatReader.claims("date 2023-13-45")).isTrue();
    assertThat(SeedFormatReader.claims("date\ntext")).isTrue();
    assertThat(SeedFormatReader.claims("Date night ideas")).isFalse();
    assertThat(SeedFormatReader.claims("The date 2020-01-01")).isFalse();
  }
}
