package org.marsad.store;

import org.marsad.core.alert.Spike;

/**
 * The spike alerts sent to webhooks, or held back at a webhook's first use (schema V9, V12): one
 * entry per spike (day, country, type) and destination, so that a spike reaches each webhook once,
 * also across restarts. A destination is a key that names a webhook without holding its URL (the
 * caller hashes the URL, which may hold a secret). Thread-safe.
 */
public interface AlertLog {

  /** What the log holds for a spike and a destination. */
  enum Entry {
    /** Neither sent nor skipped. */
    NONE,
    /** Posted, and the webhook answered 2xx. */
    SENT,
    /** Held back at the webhook's first use, never posted. */
    SKIPPED
  }

  /** The entry for {@code spike} and {@code destination}. */
  Entry entry(String destination, Spike spike);

  /**
   * Whether the log holds any entry, sent or skipped, for {@code destination}: false until the
   * webhook's first use has been recorded.
   */
  boolean knows(String destination);

  /**
   * Records that {@code spike} was sent to {@code destination} (on {@code host}, for people);
   * recording it again changes nothing, and a skipped entry becomes a sent one.
   */
  void markSent(String destination, String host, Spike spike);

  /**
   * Records that {@code spike} was held back from {@code destination} without being posted; changes
   * nothing when the log already holds an entry for it.
   */
  void markSkipped(String destination, String host, Spike spike);
}
