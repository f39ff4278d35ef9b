package org.marsad.core.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters as earnings reports use them. The report's quarter is the last one completed before the
 * DCT's quarter (reports of late October speak of the third quarter): "the quarter", "the latest
 * quarter" and "this quarter" are that quarter; "the third quarter" without a year is the latest
 * third quarter up to the DCT's quarter; "the 1988 quarter" is that year's report quarter; and in
 * a document about quarters, a comparison with "a year ago", "a year earlier" or the "year-ago"
 * quarter, period or figure is the report's quarter a year before. "The fiscal year ended March 31"
 * is a period, a one-year duration. Stateless and thread-safe.
 */
final class FiscalQuarterRule implements TimexRule {

  private static final Pattern THE_QUARTER = Pattern.compile(
      "(?i)(?:the |this )?(?:latest |most recent |current |recent )?(?:fiscal )?(?:quarter|period)");
  private static final Pattern ORDINAL = Pattern.compile(
      "(?i)(?:the |a |its )?(?:\\w+ )?(?:fiscal[- ])?(first|second|third|fourth)[- ](?:fiscal[- ])?quarter");
  private static final Pattern YEAR_QUARTER = Pattern.compile("(?i)the (\\d{4}) (?:quarter|period)");
  private static final Pattern YEAR_BACK = Pattern.compile(
      "(?i)(?:a|one) year (?:ago|earlier)|(?:the )?(?:comparable )?year-(?:ago|earlier)(?:\\s.*)?");
  private static final Pattern THE_YEAR = Pattern.compile("(?i)the (?:fiscal )?year");
  private static final Pattern ENDED_AFTER = Pattern.compile("(?is)^\\s+(?:ended|ending)\\b.*");
  private static final Pattern QUARTER_DOCUMENT = Pattern.compile("(?i)\\bquarter");
  private static final Pattern FIGURES = Pattern.compile("(?i)[$%#]|\\bcents?\\b|\\bshares?\\b|\\bbillion\\b|\\bmillion\\b");

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    LocalDate dct = context.dct();
    if (dct == null) {
      return draft;
    }
    String words = context.words(draft.span());
    int dctQuarter = quarterOf(dct);
    int reportYear = dctQuarter == 1 ? dct.getYear() - 1 : dct.getYear();
    int reportQuarter = dctQuarter == 1 ? 4 : dctQuarter - 1;
    Matcher m;
    if (THE_YEAR.matcher(words).matches() && ENDED_AFTER.matcher(context.after(draft.span())).matches()) {
      return draft.with("DURATION", "P1Y");
    }
    if (THE_QUARTER.matcher(words).matches() && words.toLowerCase(Locale.ROOT).contains("quarter")) {
      return draft.with("DATE", reportYear + "-Q" + reportQuarter);
    }
    if ((m = ORDINAL.matcher(words)).matches()) {
      int q = ordinal(m.group(1));
      int year = q <= dctQuarter ? dct.getYear() : dct.getYear() - 1;
      return draft.with("DATE", year + "-Q" + q);
    }
    if ((m = YEAR_QUARTER.matcher(words)).matches()) {
      return draft.with("DATE", m.group(1) + "-Q" + reportQuarter);
    }
    if (YEAR_BACK.matcher(words).matches() && QUARTER_DOCUMENT.matcher(context.text()).find()
        && FIGURES.matcher(context.sentenceText()).find()) {
      return draft.with("DATE", (reportYear - 1) + "-Q" + reportQuarter);
    }
    return draft;
  }

  private static int quarterOf(LocalDate day) {
    return (day.getMonthValue() - 1) / 3 + 1;
  }

  private static int ordinal(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "first" -> 1;
      case "second" -> 2;
      case "third" -> 3;
      default -> 4;
    };
  }
}
