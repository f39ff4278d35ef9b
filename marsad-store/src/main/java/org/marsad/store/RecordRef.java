package org.marsad.store;

import java.util.Objects;

/**
 * Names one stored record by its document and its position among that document's records (the
 * order given to {@link RecordRepository#replaceForDocument}), which stays stable when the document
 * is processed again with the same result.
 *
 * @param documentId the document the record was read from
 * @param ordinal its position, from 0
 */
public record RecordRef(String documentId, int ordinal) {

  public RecordRef {
    Objects.requireNonNull(documentId, "documentId");
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must not be negative: ordinal=" + ordinal);
    }
  }
}
