package org.marsad.store;

import java.util.List;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.RecordKind;

/** Incidents and responses read from documents, each field with its evidence. Thread-safe. */
public interface RecordRepository {

  /**
   * Replaces, in one transaction, the records of document {@code documentId} with {@code records},
   * so that processing a document again leaves no duplicates. Each new record takes the event of
   * the old record of the same kind, type and date ({@link EventCarryOver}), so events keep their
   * ids, links and reviews; the old records that found no successor leave their events: an event
   * left without sources is deleted at commit unless an analyst reviewed it, the others are
   * recomputed from what remains. Calls for the same document are serialised.
   *
   * @throws IllegalArgumentException when the document is not stored, or a record belongs to
   *     another document
   */
  void replaceForDocument(String documentId, List<ExtractedRecord> records);

  long count(RecordKind kind);

  /** The records of document {@code documentId}, in the order they were given. */
  List<ExtractedRecord> forDocument(String documentId);
}
