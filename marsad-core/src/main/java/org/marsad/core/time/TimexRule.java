package org.marsad.core.time;

/** One convention applied to a timex draft. Implementations are stateless and thread-safe. */
interface TimexRule {

  /** The draft after the convention, the same draft when it does not apply, or null to drop the timex. */
  TimexAnnotation apply(TimexAnnotation draft, TimexContext context);
}
