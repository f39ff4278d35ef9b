package org.marsad.core.source;

import java.time.Duration;

/** Waits; injected so tests need not. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration d) throws InterruptedException;

  /** The real one. */
  static Sleeper system() {
    return d -> Thread.sleep(d.toMillis());
  }
}
