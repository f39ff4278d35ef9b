package org.marsad.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Two years ago" names a year, not the day two years before the DCT: TimeML gives a past
 * expression counted in years, months or weeks the granularity of its unit ({@code 1996},
 * {@code 1997-10}, {@code 1998-W02}) where SUTime gives a day. Stateless and thread-safe.
 */
final class AgoGranularityRule implements TimexRule {

  private static final Pattern AGO = Pattern.compile("(?i).*\\b(year|month|week)s? (?:ago|earlier)\\b.*");
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    Matcher unit = AGO.matcher(context.words(draft.span()));
    if (!unit.matches() || !DAY.matcher(draft.value()).matches()) {
      return draft;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(draft.value());
    } catch (DateTimeParseException e) {
      return draft;
    }
    String value = switch (unit.group(1).toLowerCase(Locale.ROOT)) {
      case "year" -> String.valueOf(day.getYear());
      case "month" -> draft.value().substring(0, 7);
      default -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    };
    return draft.with("DATE", value);
  }
}
