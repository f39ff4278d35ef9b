package org.marsad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;

class RecordAgreementTest {

  private static ExtractedRecord record(String type, int start, LocalDate date) {
    Evidence e = new Evidence("d", new Span(start, start + 10), "0123456789");
    return new ExtractedRecord("d", RecordKind.INCIDENT, type, date, null, null, null, null, List.of(), List.of(e), "");
  }

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @Test
  void of_countsKeptAndIdenticalRecords() {
    List<ExtractedRecord> reference = List.of(record("arson", 0, DAY), record("assault", 20, DAY), record("threat", 40, DAY));
    List<ExtractedRecord> other = List.of(record("arson", 0, DAY), record("assault", 20, DAY.plusDays(1)));
    RecordAgreement a = RecordAgreement.of(reference, other);
    assertThat(a).isEqualTo(new RecordAgreement(3, 2, 1));
    assertThat(a.recall()).isEqualTo(2.0 / 3);
  }

  @Test
  void lost_namesTheReferenceRecordsNotKept() {
    List<ExtractedRecord> reference = List.of(record("arson", 0, DAY), record("assault", 20, DAY), record("arson", 40, DAY));
    List<ExtractedRecord> other = List.of(record("arson", 40, DAY), record("assault", 0, DAY));
    assertThat(RecordAgreement.lost(reference, other)).containsExactly(reference.get(0), reference.get(1));
  }

  @Test
  void lost_oneOtherRecordKeepsOnlyOneReferenceRecord() {
    ExtractedRecord r = record("arson", 0, DAY);
    assertThat(RecordAgreement.lost(List.of(r, r), List.of(r))).containsExactly(r);
    assertThat(RecordAgreement.of(List.of(r, r), List.of(r)).kept()).isEqualTo(1);
  }
}
