package org.marsad.core.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.domain.Span;

/**
 * "year-ago" and "year-earlier", which the tokenizer splits and SUTime reads as "the year" (this
 * year) or "year" (a duration): the extent takes in the compound and the noun it qualifies when
 * that is a quarter or a period ("the year-ago quarter"), and the value is the year before the
 * DCT ({@link FiscalQuarterRule}, after this rule, makes it a quarter in an earnings report).
 * Stateless and thread-safe.
 */
final class YearAgoCompoundRule implements TimexRule {

  private static final Pattern YEAR = Pattern.compile("(?i)(?:the |a )?(?:comparable )?year");
  private static final Pattern COMPOUND = Pattern.compile(
      "(?i)^-(?:ago|earlier)(?:\\s+(?:(?:first|second|third|fourth|fiscal)\\s+)*(?:quarter|period)\\b)?");

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    if (context.dct() == null || !YEAR.matcher(context.words(draft.span())).matches()) {
      return draft;
    }
    Matcher m = COMPOUND.matcher(context.after(draft.span()));
    if (!m.find()) {
      return draft;
    }
    Span span = new Span(draft.span().start(), draft.span().end() + m.end());
    return new TimexAnnotation(span, "DATE", String.valueOf(context.dct().getYear() - 1));
  }
}
