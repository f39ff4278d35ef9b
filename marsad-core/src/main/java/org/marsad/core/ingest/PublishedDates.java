package org.marsad.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates from text.
 *
 * <p>{@link #day} accepts only {@code YYYY-MM-DD} (a real calendar day). {@link #lenient} also accepts an ISO
 * date-time ({@code 2023-08-01T10:00:00+02:00}, {@code 2023-08-01 10:00}, with or without offset: the date as
 * written, i.e. the publisher's local day) and RFC 1123 ({@code Tue, 1 Aug 2023 10:00:00 GMT}), as found in
 * HTML metadata and JSON exports.
 *
 * <p>Needs: nothing. Gives: the day, or empty when the text is not a date. Thread-safety: stateless, safe from
 * any thread.
 */
final class PublishedDates {

  private static final int MAX_LENGTH = 100;
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DAY_THEN_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\S.*)?");
  private static final DateTimeFormatter STRICT_DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private PublishedDates() {}

  /** The day written as exactly {@code YYYY-MM-DD}, or empty. */
  static Optional<LocalDate> day(String text) {
    if (text == null || !DAY.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, STRICT_DAY));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The day of an ISO date, ISO date-time or RFC 1123 date-time, or empty. */
  static Optional<LocalDate> lenient(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher m = DAY_THEN_TIME.matcher(t);
    if (m.matches()) {
      return day(m.group(1));
    }
    try {
      return Optional.of(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(t)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
