package org.marsad.core.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decades and centuries are written as TimeML writes them, by their leading digits: "the 1990s"
 * is {@code 199} (SUTime: {@code 199X}, sometimes typed SET), "the 20th century" {@code 19}
 * (SUTime: {@code 19XX}); both are dates. "The past decade" is the last ten years, a duration
 * ({@code P10Y}; SUTime: the decade of the DCT). Stateless and thread-safe.
 */
final class DecadeRule implements TimexRule {

  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

  private static final Pattern PAST_DECADE = Pattern.compile("(?i)(?:the )?past decade");

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    if (PAST_DECADE.matcher(context.words(draft.span())).matches()) {
      return draft.with("DURATION", "P10Y");
    }
    Matcher m = DECADE.matcher(draft.value());
    if (m.matches()) {
      return draft.with("DATE", m.group(1));
    }
    m = CENTURY.matcher(draft.value());
    if (m.matches() && context.words(draft.span()).toLowerCase(java.util.Locale.ROOT).contains("centur")) {
      return draft.with("DATE", m.group(1));
    }
    return draft;
  }
}
