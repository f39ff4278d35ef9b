package org.marsad.core.nlp;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.domain.Span;
import org.marsad.core.time.DateRange;

/**
 * Finds ranges of days that SUTime splits in two: "27-28 November 2020", "November 27-28, 2020".
 * A missing year is the publication year. Stateless and thread-safe.
 */
final class DayRanges {

  private static final String MONTHS = monthAlternatives();
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+(" + MONTHS + ")\\.?(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b");

  private DayRanges() {}

  static List<Timex> find(Sentence sentence, String text, LocalDate published) {
    List<Timex> out = new ArrayList<>();
    String sentenceText = text.substring(sentence.span().start(), sentence.span().end());
    Matcher m = DAY_FIRST.matcher(sentenceText);
    while (m.find()) {
      add(out, sentence, m, m.group(1), m.group(2), m.group(3), m.group(4), published);
    }
    m = MONTH_FIRST.matcher(sentenceText);
    while (m.find()) {
      add(out, sentence, m, m.group(2), m.group(3), m.group(1), m.group(4), published);
    }
    return out;
  }

  private static void add(List<Timex> out, Sentence sentence, Matcher m, String d1, String d2,
      String monthName, String year, LocalDate published) {
    if (year == null && published == null) {
      return;
    }
    try {
      Month month = month(monthName);
      int y = year != null ? Integer.parseInt(year) : published.getYear();
      LocalDate start = LocalDate.of(y, month, Integer.parseInt(d1));
      LocalDate end = LocalDate.of(y, month, Integer.parseInt(d2));
      if (end.isBefore(start)) {
        return;
      }
      int offset = sentence.span().start();
      Span span = new Span(offset + m.start(), offset + m.end());
      int first = tokenAt(sentence, span.start());
      int last = tokenAt(sentence, span.end() - 1);
      out.add(new Timex(sentence.index(), first, Math.max(first, last), span, m.group(), "DATE",
          start + "/" + end, new DateRange(start, end, DateRange.Precision.DAY)));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      // not a real date range ("31-32 May"): leave it to SUTime
    }
  }

  private static int tokenAt(Sentence sentence, int charOffset) {
    for (Token t : sentence.tokens()) {
      if (t.span().start() <= charOffset && charOffset < Math.max(t.span().end(), t.span().start() + 1)) {
        return t.index();
      }
    }
    return 0;
  }

  private static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.startsWith(n)) {
        return month;
      }
    }
    throw new java.time.DateTimeException("not a month: " + name);
  }

  private static String monthAlternatives() {
    List<String> names = new ArrayList<>();
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      names.add(full);
      names.add(full.substring(0, 3));
    }
    return String.join("|", names);
  }
}
