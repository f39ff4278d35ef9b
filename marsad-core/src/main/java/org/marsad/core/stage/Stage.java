package org.marsad.core.stage;

import java.util.Set;

/**
 * One step of the pipeline over immutable values. A stage declares the keys it requires and the
 * keys it provides, so that a {@link Pipeline} can check its wiring when it is built. Stages are
 * cheap and thread-safe; heavy models are loaded once per JVM and shared.
 */
public interface Stage {

  /** A short stable name, used in errors, quarantine reasons and timings. */
  String name();

  Set<Key<?>> requires();

  Set<Key<?>> provides();

  /**
   * Runs the stage on one document.
   *
   * @throws StageFailure when this document cannot be handled; the caller quarantines it
   */
  Analysis apply(Analysis in);
}
