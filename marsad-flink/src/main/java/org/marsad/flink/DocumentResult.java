package org.marsad.flink;

import java.util.List;
import java.util.Objects;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.store.DocumentStatus;

/**
 * What the pipeline made of one document: its status and its records, or the stage that failed and
 * why. The unit the sink stores in one go, so that a document's records are replaced together.
 * Immutable.
 *
 * @param document the document, with the language found for it
 * @param status {@code PROCESSED}, {@code SKIPPED_LANGUAGE} or {@code FAILED}, never {@code
 *     INGESTED}
 * @param records the records read from it; empty unless processed
 * @param failedStage the stage that failed, empty unless failed
 * @param failure the reason it failed, empty unless failed
 */
public record DocumentResult(
    Document document, DocumentStatus status, List<ExtractedRecord> records, String failedStage,
    String failure) {

  public DocumentResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(status, "status");
    records = List.copyOf(records);
    failedStage = failedStage == null ? "" : failedStage;
    failure = failure == null ? "" : failure;
    if (status == DocumentStatus.INGESTED) {
      throw new IllegalArgumentException("a result needs a status after processing: status=" + status
          + ", document=" + document.id());
    }
    if ((status == DocumentStatus.FAILED) == failedStage.isEmpty()) {
      throw new IllegalArgumentException("a failed stage is given exactly when the status is failed:"
          + " status=" + status + ", failedStage=" + failedStage + ", document=" + document.id());
    }
    if (!records.isEmpty() && status != DocumentStatus.PROCESSED) {
      throw new IllegalArgumentException("only a processed document has records: status=" + status
          + ", records=" + records.size() + ", document=" + document.id());
    }
    for (ExtractedRecord r : records) {
      if (!r.documentId().equals(document.id())) {
        throw new IllegalArgumentException("record of another document: record.documentId="
            + r.documentId() + ", document=" + document.id());
      }
    }
  }

  /** A document processed (or skipped for its language) with the records found. */
  public static DocumentResult of(Document document, DocumentStatus status, List<ExtractedRecord> records) {
    return new DocumentResult(document, status, records, "", "");
  }

  /** A document that stage {@code stage} could not handle, for {@code reason}. */
  public static DocumentResult failed(Document document, String stage, String reason) {
    return new DocumentResult(document, DocumentStatus.FAILED, List.of(), stage, reason);
  }
}
