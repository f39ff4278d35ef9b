package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;

class JsonLinesReaderTest {

  private final JsonLinesReader reader = new JsonLinesReader(TestInputs.WINDOW);

  private static String line(String date, String text) {
    return "{\"url\":\"https://e.org/" + text.hashCode() + "\",\"title\":\"T\",\"date\":\"" + date
        + "\",\"text\":\"" + text + "\"}";
  }

  @Test
  void read_badLineInTheMiddle_isQuarantinedAndOthersGoOn() {
    String file = String.join("\n",
        line("2023-08-01", "One."),
        "{\"title\": \"broken\", ",
        line("2023-08-02", "Three."),
        "");
    IngestResult result = reader.read(SourceText.of("feed.jsonl", file));

    assertThat(result.documents()).extracting(Document::text).containsExactly("One.", "Three.");
    assertThat(result.documents()).extracting(Document::source).containsExactly("feed.jsonl:1", "feed.jsonl:3");
    Quarantined bad = result.quarantined().get(0);
    assertThat(result.quarantined()).hasSize(1);
    assertThat(bad.source()).isEqualTo("feed.jsonl:2");
    assertThat(bad.reason()).startsWith("line 2: not valid JSON:");
    assertThat(bad.content()).isEqualTo("{\"title\": \"broken\", ".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void read_fields_becomeTheDocument() {
    Document doc = onlyDocument("{\"url\":\"https://e.org/a\",\"title\":\"Ti\\r\\ntle\","
        + "\"date\":\"2023-08-01T10:00:00Z\",\"text\":\"Para 1.\\r\\n\\r\\nPara 2.\",\"author\":\"AP\",\"extra\":[1,2]}");
    assertThat(doc.url()).isEqualTo("https://e.org/a");
    assertThat(doc.title()).isEqualTo("Ti\ntle");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(doc.text()).isEqualTo("Para 1.\n\nPara 2.");
    assertThat(doc.author()).isEqualTo("AP");
    assertThat(doc.id()).isEqualTo(DocumentId.of("Para 1.\n\nPara 2.", LocalDate.of(2023, 8, 1), "Ti\ntle"));
  }

  @Test
  void read_fieldsOfOnlyByteOrderMarksAndSpace_areEmpty() {
    Document doc = onlyDocument("{\"url\":\"https://e.org/bom\",\"title\":\" \\uFEFF \",\"date\":\"2023-08-01\","
        + "\"text\":\"Para.\",\"author\":\"\\uFEFF\\n\"}");
    assertThat(doc.title()).isEmpty();
    assertThat(doc.author()).isEmpty();
  }

  private Document onlyDocument(String jsonLine) {
    IngestResult result = reader.read(SourceText.of("f.jsonl", jsonLine));
    assertThat(result.quarantined()).isEmpty();
    assertThat(result.documents()).hasSize(1);
    return result.documents().get(0);
  }

  @Test
  void read_eachKindOfBadLine_saysWhy() {
    String file = String.join("\n",
        "[1,2]",
        "{\"text\":\"x\"}",
        "{\"date\":\"2023-08-01\"}",
        "{\"date\":\"2023-13-01\",\"text\":\"x\"}",
        "{\"date\":\"2999-01-01\",\"text\":\"x\"}",
        "{\"date\":\"1850-01-01\",\"text\":\"x\"}",
        "{\"date\":\"2023-08-01\",\"text\":\"  \"}",
        "{\"date\":\"2023-08-01\",\"text\":5}",
        "{\"date\":\"2023-08-01\",\"text\":\"x\",\"title\":{}}",
        "{\"date\":\"2023-08-01\",\"text\":\"x\",\"text\":\"y\"}",
        "{\"date\":\"2023-08-01\",\"text\":\"x\"} trailing");
    List<String> reasons = reader.read(SourceText.of("f.jsonl", file)).quarantined().stream()
        .map(Quarantined::reason).toList();
    assertThat(reasons).hasSize(11);
    assertThat(reasons.get(0)).isEqualTo("line 1: expected a JSON object, got array");
    assertThat(reasons.get(1)).isEqualTo("line 2: missing field 'date'");
    assertThat(reasons.get(2)).isEqualTo("line 3: missing field 'text'");
    assertThat(reasons.get(3)).isEqualTo("line 4: field 'date' is not a date: '2023-13-01'");
    assertThat(reasons.get(4)).isEqualTo("line 5: published date 2999-01-01 is in the future (today is 2025-06-15)");
    assertThat(reasons.get(5)).isEqualTo("line 6: published date 1850-01-01 is before 1900-01-01");
    assertThat(reasons.get(6)).isEqualTo("line 7: field 'text' is blank");
    assertThat(reasons.get(7)).isEqualTo("line 8: field 'text' must be a string, got number");
    assertThat(reasons.get(8)).isEqualTo("line 9: field 'title' must be a string, got object");
    assertThat(reasons.get(9)).startsWith("line 10: not valid JSON: Duplicate field 'text'");
    assertThat(reasons.get(10)).startsWith("line 11: not valid JSON:");
  }

  @Test
  void read_blankLines_areSkippedButCounted() {
    IngestResult result = reader.read(SourceText.of("f.jsonl", "\n\n" + line("2023-08-01", "x") + "\n\n"));
    assertThat(result.documents()).extracting(Document::source).containsExactly("f.jsonl:3");
  }

  @Test
  void read_onlyWhiteSpace_isQuarantinedWhole() {
    IngestResult result = reader.read(SourceText.of("f.jsonl", "\n \n"));
    assertThat(result.quarantined()).extracting(Quarantined::source, Quarantined::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("f.jsonl", "no JSON lines (only white space)"));
  }

  @Test
  void read_deeplyNestedLine_isQuarantinedNotThrown() {
    IngestResult result = reader.read(SourceText.of("f.jsonl", "[".repeat(100_000)));
    assertThat(result.quarantined().get(0).reason()).startsWith("line 1: not valid JSON:");
  }
}
