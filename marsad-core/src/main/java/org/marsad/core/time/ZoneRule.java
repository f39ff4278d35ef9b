package org.marsad.core.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock time keeps its local value without the zone offset SUTime adds ("5 p.m. EST" is
 * {@code T17:00}, not {@code T17:00-0500}), as TIMEX3 values have no zone. Stateless and thread-safe.
 */
final class ZoneRule implements TimexRule {

  private static final Pattern ZONED = Pattern.compile("(.*T\\d{2}(?::\\d{2}){0,2})(?:[-+]\\d{4}|Z)");

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    Matcher m = ZONED.matcher(draft.value());
    return m.matches() ? draft.withValue(m.group(1)) : draft;
  }
}
