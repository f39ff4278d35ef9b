package org.marsad.store;

import org.marsad.core.alert.Spike;

/**
 * The spike alerts already sent (schema V9): one entry per spike (day, country, type) and
 * destination, so that a spike reaches each webhook once, also across restarts. A destination is
 * a key that names a webhook without holding its URL (the caller hashes the URL, which may hold a
 * secret). Thread-safe.
 */
public interface AlertLog {

  /** Whether {@code spike} was sent to {@code destination}. */
  boolean wasSent(String destination, Spike spike);

  /**
   * Records that {@code spike} was sent to {@code destination} (on {@code host}, for people);
   * recording it again changes nothing.
   */
  void markSent(String destination, String host, Spike spike);
}
