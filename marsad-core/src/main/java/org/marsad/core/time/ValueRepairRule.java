package org.marsad.core.time;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timex whose value is no TIMEX3 value (SUTime's {@code 1989 INTERSECT P9M}, none at all, or
 * NER's own words such as {@code ended}) becomes a duration when its words count a unit ("the
 * first nine months" is {@code P9M}), and is dropped otherwise. Stateless and thread-safe.
 */
final class ValueRepairRule implements TimexRule {

  private static final Pattern COUNTED = Pattern.compile(
      "(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})[- ]"
          + "(year|month|week|day|hour|minute|quarter)s?\\b");

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    if (TimexValueForms.isValid(draft.value())) {
      return draft;
    }
    Matcher m = COUNTED.matcher(context.words(draft.span()));
    if (m.find()) {
      OptionalInt n = WordNumbers.parse(m.group(1));
      if (n.isPresent()) {
        return draft.with("DURATION", duration(n.getAsInt(), m.group(2).toLowerCase(Locale.ROOT)));
      }
    }
    return null;
  }

  private static String duration(int n, String unit) {
    return switch (unit) {
      case "year" -> "P" + n + "Y";
      case "month" -> "P" + n + "M";
      case "week" -> "P" + n + "W";
      case "day" -> "P" + n + "D";
      case "quarter" -> "P" + n + "Q";
      case "hour" -> "PT" + n + "H";
      default -> "PT" + n + "M";
    };
  }
}
