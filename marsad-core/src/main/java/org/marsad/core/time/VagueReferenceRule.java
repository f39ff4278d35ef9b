package org.marsad.core.time;

import java.util.regex.Pattern;

/**
 * "Recent years", "past years" and "several years ago" point at the past as a whole
 * ({@code PAST_REF}, a date), "these days" at the present ({@code PRESENT_REF}), where SUTime gives
 * a vague duration ({@code PXY}) or a made-up date. Stateless and thread-safe.
 */
final class VagueReferenceRule implements TimexRule {

  private static final Pattern PAST = Pattern.compile(
      "(?i)(?:in )?(?:recent|past) years|(?:several|many|some) (?:years|months|weeks|days) (?:ago|earlier)");
  private static final Pattern PRESENT = Pattern.compile("(?i)these days");

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    String words = context.words(draft.span());
    if (PAST.matcher(words).matches()) {
      return draft.with("DATE", "PAST_REF");
    }
    if (PRESENT.matcher(words).matches()) {
      return draft.with("DATE", "PRESENT_REF");
    }
    return draft;
  }
}
