package org.marsad.core.extract;

import java.util.List;
import org.marsad.core.domain.ExtractedRecord;

/** The records read from one document, in the order their first evidence appears. */
public record ExtractedRecords(List<ExtractedRecord> records) {

  public ExtractedRecords {
    records = List.copyOf(records);
  }

  public static ExtractedRecords none() {
    return new ExtractedRecords(List.of());
  }
}
