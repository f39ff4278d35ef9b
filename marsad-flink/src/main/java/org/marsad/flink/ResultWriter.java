package org.marsad.flink;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.marsad.core.domain.Quarantined;
import org.marsad.store.DocumentStatus;
import org.marsad.store.Store;

/**
 * Stores one {@link DocumentResult} so that storing it again changes nothing: the document is
 * inserted unless present (its id is the hash of its content), its records are replaced in one
 * transaction, a failure is quarantined once (same source, same content), and the status is set
 * last, so that a crash half-way leaves the document waiting ({@code ingested}) until the replay
 * stores it whole. Needs a {@link Store}. Thread-safe for different documents; the job keys the
 * results by document so that one document is written by one writer at a time.
 */
final class ResultWriter {

  private final Store store;

  ResultWriter(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  void write(DocumentResult r) {
    var doc = r.document();
    store.documents().insertIfAbsent(doc);
    if (r.status() == DocumentStatus.FAILED) {
      store.quarantine().add(new Quarantined(doc.source().isEmpty() ? doc.id() : doc.source(),
          r.failedStage(), r.failure(), doc.text().getBytes(StandardCharsets.UTF_8)));
      store.records().replaceForDocument(doc.id(), java.util.List.of());
      store.documents().markStatus(doc.id(), DocumentStatus.FAILED, emptyToNull(doc.language()));
      return;
    }
    store.records().replaceForDocument(doc.id(), r.records());
    store.documents().markStatus(doc.id(), r.status(), emptyToNull(doc.language()));
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
