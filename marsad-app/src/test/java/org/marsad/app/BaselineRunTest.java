package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;
import org.marsad.core.pipeline.RecordAgreement;

/** The baseline file of {@code bench pipeline --baseline-records}: what is saved is what is read back. */
class BaselineRunTest {

  @TempDir Path dir;

  private static ExtractedRecord record(String type, int start, LocalDate date) {
    Evidence e = new Evidence("d", new Span(start, start + 10), "a \"quote\"!");
    return new ExtractedRecord("d", RecordKind.RESPONSE, type, date, null, e, null, null, List.of(), List.of(e), "x");
  }

  @Test
  void saveThenLoad_givesTheSameRunAndTheSameAgreement() throws Exception {
    List<ExtractedRecord> theirs = List.of(record("condemnation", 0, LocalDate.of(2024, 3, 1)), record("vigil", 30, null));
    BaselineRun run = new BaselineRun(2514, 1700.5, 900.25, 1650.0, 1, List.of("1@lgl", "2@gdelt"),
        Map.of("1@lgl", RecordAgreement.statements(theirs)), Map.of("nlp", 123L));
    Path file = dir.resolve("sub/baseline.json");

    run.save(file);
    BaselineRun back = BaselineRun.load(file);

    assertThat(back).isEqualTo(run);
    assertThat(back.recordCount()).isEqualTo(2);
    assertThat(back.extrapolated()).isTrue();
    List<ExtractedRecord> mine = List.of(record("condemnation", 0, LocalDate.of(2024, 3, 2)));
    assertThat(RecordAgreement.ofStatements(back.records().get("1@lgl"), RecordAgreement.statements(mine)))
        .isEqualTo(new RecordAgreement(2, 1, 0));
  }

  @Test
  void key_ofADocument_findsItInABaselineSavedBeforeTheKeyHadAMethod() throws Exception {
    // as bench pipeline saved it when it built id + "@" + source in place
    Path file = Files.writeString(dir.resolve("old.json"), """
        {"format":"marsad-bench-baseline/1","docs":2,"seconds":10.0,"measured_seconds":5.0,"cpu_seconds":9.0,
         "failed":0,"doc_keys":["9f86d081@lgl/2024-03.jsonl"],
         "records":{"9f86d081@lgl/2024-03.jsonl":[{"kind":"incident","type":"desecration","start":0,"end":5,
         "quote":"Quran","fields":""}]},"stage_ms":{"nlp":1}}
        """);
    Document doc = new Document("9f86d081", "lgl/2024-03.jsonl", "https://example.org/a", "A", null, null, "en",
        "Quran burnt.");

    BaselineRun old = BaselineRun.load(file);

    assertThat(BaselineRun.key(doc)).isEqualTo("9f86d081@lgl/2024-03.jsonl");
    assertThat(old.docKeys()).containsExactly(BaselineRun.key(doc));
    assertThat(old.records().get(BaselineRun.key(doc))).hasSize(1);
  }

  @Test
  void load_ofAnotherFile_failsWithOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("other.json"), "{\"format\":\"something-else\"}");
    assertThatThrownBy(() -> BaselineRun.load(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a baseline");
  }

  @Test
  void load_ofARecordWithoutItsFields_failsWithOneLineNamingTheField() throws Exception {
    BaselineRun run = new BaselineRun(1, 1, 1, 1, 0, List.of("1@lgl"),
        Map.of("1@lgl", RecordAgreement.statements(List.of(record("condemnation", 0, null)))), Map.of());
    Path file = dir.resolve("cut.json");
    run.save(file);
    Files.writeString(file, Files.readString(file).replace("\"quote\"", "\"quotation\""));

    assertThatThrownBy(() -> BaselineRun.load(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no quote");
  }
}
