package org.marsad.store;

import java.time.Instant;
import java.util.Objects;
import org.marsad.core.domain.ExtractedRecord;

/**
 * One source of an event: a record with all its evidence, the document it was read from, and the
 * decision that attached it.
 *
 * @param ref which record
 * @param record the record, with its actors and evidence
 * @param document the document it was read from
 * @param decision why it joined the event
 * @param decidedAt when
 */
public record EventSource(
    RecordRef ref,
    ExtractedRecord record,
    SourceDocument document,
    Decision decision,
    Instant decidedAt) {

  public EventSource {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }
}
