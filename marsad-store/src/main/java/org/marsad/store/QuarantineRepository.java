package org.marsad.store;

import java.util.List;
import org.marsad.core.domain.Quarantined;

/**
 * Inputs that could not be taken in or processed, kept with their reason and raw bytes.
 * Thread-safe. An input is identified by its source and the SHA-256 of its content, so re-running a
 * batch adds nothing new.
 */
public interface QuarantineRepository {

  /**
   * Keeps {@code item} unless the same content from the same source is already kept. NUL
   * characters, which PostgreSQL text cannot hold, are replaced by U+FFFD in the source, stage and
   * reason; the content is kept byte for byte.
   *
   * @return whether it was new
   */
  boolean add(Quarantined item);

  long count();

  /** Up to {@code limit} entries in order of arrival, skipping the first {@code offset}. */
  List<QuarantineEntry> list(int offset, int limit);
}
