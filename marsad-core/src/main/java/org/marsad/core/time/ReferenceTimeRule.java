package org.marsad.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.domain.Span;

/**
 * "The following day", "the previous week", "that year", "later that month" are counted from the
 * time the text last named, not from the DCT ("next year", without "the", stays the DCT's next): the latest earlier timex precise enough (a day for a
 * day, a month for a month...) is the reference; "the following month" after "March" is April.
 * SUTime often tags only "day" of "that day" as a one-day duration: the extent takes in the words
 * before it. A clock time alone ("at 10:35 a.m.") is on the day last named (SUTime: the DCT). Without
 * a reference the timex is left as it is. Stateless and thread-safe.
 */
final class ReferenceTimeRule implements TimexRule {

  private static final Pattern WHOLE = Pattern.compile(
      "(?i)(?:(?:later|earlier) )?(?:the (next|following|previous|preceding|same)|(that)) (day|week|month|year)");
  private static final Pattern UNIT = Pattern.compile("(?i)(?:the )?(day|week|month|year)");
  private static final Pattern LEADING = Pattern.compile(
      "(?i)\\b(?:(?:later|earlier) )?(?:the (?:next|following|previous|preceding|same)|that) $");
  private static final Pattern CLOCK = Pattern.compile("(?i)(?:about |around |at )?(?:\\d{1,2}(?::\\d{2})?\\s*"
      + "(?:a\\.?m\\.?|p\\.?m\\.?)(?:\\s+[A-Z]{3})?|noon|midnight|\\d{1,2} in the (?:morning|afternoon|evening))");
  private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.+)");
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4}-\\d{2})(?:-.*)?");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-.*)?");

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    Span span = draft.span();
    String words = context.words(span);
    Matcher clock = CLOCK_VALUE.matcher(draft.value());
    if (CLOCK.matcher(words).matches() && clock.matches()) {
      String day = resolve("day", 0, context.earlier());
      return day == null ? draft : draft.withValue(day + clock.group(1));
    }
    if (!WHOLE.matcher(words).matches()) {
      Matcher lead = LEADING.matcher(tail(context.before(span)));
      if (!UNIT.matcher(words).matches() || !lead.find()) {
        return draft;
      }
      span = new Span(span.start() - (tail(context.before(span)).length() - lead.start()), span.end());
      words = context.words(span);
    }
    Matcher m = WHOLE.matcher(words);
    if (!m.matches()) {
      return draft;
    }
    String direction = m.group(1) == null ? "same" : m.group(1).toLowerCase(Locale.ROOT);
    int step = switch (direction) {
      case "next", "following" -> 1;
      case "previous", "preceding" -> -1;
      default -> 0;
    };
    String value = resolve(m.group(3).toLowerCase(Locale.ROOT), step, context.earlier());
    return value == null ? draft : new TimexAnnotation(span, "DATE", value);
  }

  private static String tail(String before) {
    return before.length() <= 40 ? before : before.substring(before.length() - 40);
  }

  /** The reference moved by {@code step} units, or null when no earlier timex is precise enough. */
  private static String resolve(String unit, int step, List<String> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      String v = earlier.get(i);
      try {
        Matcher m;
        switch (unit) {
          case "day" -> {
            if ((m = DAY.matcher(v)).matches()) {
              return LocalDate.parse(m.group(1)).plusDays(step).toString();
            }
          }
          case "week" -> {
            if ((m = DAY.matcher(v)).matches()) {
              LocalDate d = LocalDate.parse(m.group(1)).plusWeeks(step);
              return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
          }
          case "month" -> {
            if ((m = MONTH.matcher(v)).matches() && !v.contains("W") && !v.contains("Q")) {
              return YearMonth.parse(m.group(1)).plusMonths(step).toString();
            }
          }
          default -> {
            if ((m = YEAR.matcher(v)).matches()) {
              return String.valueOf(Integer.parseInt(m.group(1)) + step);
            }
          }
        }
      } catch (DateTimeParseException e) {
        // not a calendar value: look further back
      }
    }
    return null;
  }
}
