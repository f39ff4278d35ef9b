package org.marsad.store;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.RecordKind;

/**
 * {@link RecordRepository} on the {@code records}, {@code record_actors} and {@code evidence}
 * tables; writing is {@link RecordWriter}'s job, reading {@link RecordReader}'s. Needs a {@link
 * Jdbi} and the clock that stamps {@code created_at}. Thread-safe: holds no state of its own.
 */
final class JdbiRecordRepository implements RecordRepository {

  private final Jdbi jdbi;
  private final Clock clock;

  JdbiRecordRepository(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void replaceForDocument(String documentId, List<ExtractedRecord> records) {
    Objects.requireNonNull(documentId, "documentId");
    List<ExtractedRecord> copy = List.copyOf(records);
    for (ExtractedRecord r : copy) {
      if (!r.documentId().equals(documentId)) {
        throw new IllegalArgumentException(
            "record belongs to another document: documentId="
                + documentId
                + ", record.documentId="
                + r.documentId()
                + ", type="
                + r.type());
      }
    }
    jdbi.useTransaction(
        h -> {
          // the new records go back to the events of their predecessors (same kind, type and
          // date), so events keep their ids, links and reviews; at commit V7's trigger deletes the
          // unreviewed events left without sources; the others get their fields recomputed
          List<Long> events = JdbiEventRepository.eventsOfDocument(h, documentId);
          EventCarryOver carry = EventCarryOver.before(h, documentId);
          var at = Timestamps.now(clock);
          RecordWriter.replace(h, documentId, copy, at);
          carry.reattach(h, documentId);
          EventFields.refresh(h, events, at);
        });
  }

  @Override
  public long count(RecordKind kind) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select count(*) from records where kind = :kind")
                .bind("kind", kind.id())
                .mapTo(Long.class)
                .one());
  }

  @Override
  public List<ExtractedRecord> forDocument(String documentId) {
    // one snapshot for the three queries, so a concurrent replacement cannot tear the result
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ, h -> RecordReader.forDocument(h, documentId));
  }
}
