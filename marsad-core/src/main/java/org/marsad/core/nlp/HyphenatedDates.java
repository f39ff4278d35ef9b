package org.marsad.core.nlp;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates the tokenizer keeps as one word and SUTime then misses: "mid-November", "mid-1996",
 * "early-2014", "post-1959", "mid-1990s". A month takes the publication year (the conventions then
 * resolve it as any month named alone); a year or a decade is itself. Stateless and thread-safe.
 */
final class HyphenatedDates {

  private static final Pattern WORD = Pattern.compile(
      "(?i)(?:mid|early|late|pre|post)-(?:((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|(\\d{4})|(\\d{3})0s)");

  private HyphenatedDates() {}

  /** The TIMEX3 value of {@code word}, or null when it is no such date (or names a month and the year is unknown). */
  static String value(String word, LocalDate published) {
    Matcher m = WORD.matcher(word);
    if (!m.matches()) {
      return null;
    }
    if (m.group(2) != null) {
      return m.group(2);
    }
    if (m.group(3) != null) {
      return m.group(3);
    }
    Month month = month(m.group(1));
    return month == null || published == null ? null : String.format("%d-%02d", published.getYear(), month.getValue());
  }

  /** The month {@code word} names in full or as its first letters ("Nov", "Sept"), else null. */
  private static Month month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w)) {
        return month;
      }
    }
    return null;
  }
}
