package org.marsad.core.ingest;

import java.util.List;
import java.util.Objects;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;

/**
 * What ingest made of its input: the documents read and the items quarantined, each in input order.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param documents the documents read
 * @param quarantined the inputs (files, lines) refused, each with its reason and raw bytes
 */
public record IngestResult(List<Document> documents, List<Quarantined> quarantined) {

  public IngestResult {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(quarantined, "quarantined");
    documents = List.copyOf(documents);
    quarantined = List.copyOf(quarantined);
  }

  static IngestResult of(Document document) {
    return new IngestResult(List.of(document), List.of());
  }

  static IngestResult of(Quarantined item) {
    return new IngestResult(List.of(), List.of(item));
  }
}
