package org.marsad.store;

import java.time.Instant;
import java.util.Objects;
import org.marsad.core.domain.Quarantined;

/**
 * A quarantined input as stored.
 *
 * @param id the store's id, increasing in the order of arrival
 * @param item the input, its stage and reason
 * @param contentHash SHA-256 of the content, lower-case hex; with the source, what makes it unique
 * @param at when it was quarantined (first time only: adding it again changes nothing)
 */
public record QuarantineEntry(long id, Quarantined item, String contentHash, Instant at) {

  public QuarantineEntry {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(at, "at");
  }
}
