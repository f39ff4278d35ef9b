package org.marsad.core.nlp;

import java.util.regex.Pattern;

/**
 * Whether a sentence may hold a timex, cheaply, so that the cascade runs SUTime only where it can
 * find one. Two lists, each made on every timex the NLP finds in TempEval-3's test set and MEANTIME
 * (TimeCuesTest keeps them so):
 * <ul>
 * <li>{@link #mayNameDay}: a timex the NLP resolves to a day ("on Thursday", "Dec. 5", "two days
 * ago", "last night", "at 3 p.m.", "2024-12-05", and "now", "currently" or "a year later", which
 * resolve to the publication day or a day before) holds a weekday, a month, a word for a span of
 * time (hour to decade), a time of day, "now" or "current", or a numeric date. The document's main
 * date is its first day, so a sentence with none need not be timed for it. On TempEval-3's training
 * documents, held out, with MEANTIME (1,241 days) it missed 2 ("an hour later", "the past several
 * quarters", since added).</li>
 * <li>{@link #mayNameTime}: any timex at all, a year, a season, a duration, a set or "recently"
 * included (a record's date may be a year; a timex makes a trigger concrete; "that year" counts
 * from the last one named), also holds one of those, or a number of three or four digits, a
 * season, a century, "time", "past", "future", "recent", a unit under the hour, a frequency
 * ("annually", "daily"), or "may" and "fall", which SUTime sometimes reads as dates. On TempEval-3's
 * training documents, held out (1,927 timexes), it missed 7 ("nineteen ninety" or "seventy" 5 times,
 * "summers", "centennial"), since added.</li>
 * </ul>
 * Stateless.
 */
final class TimeCues {

  private static final Pattern CUE = Pattern.compile(
      "(?i)\\b(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?s?\\b"
      + "|\\b(?:yesterday|today|tonight|tomorrow|overnight|ago|midday|noon|midnight|dawn|dusk|morning|afternoon"
      + "|evening|eve|nights?|weekend|christmas|easter|thanksgiving|halloween|hanukk?ah|passover|ramadan|eid"
      + "|diwali|valentine'?s?|new\\s+year'?s?|o'clock|gmt|utc|[ecmp][sd]t"
      + "|now|nowadays|current|currently|present|presently"
      + "|hours?|weeks?|months?|quarters?|years?|decades?)\\b|\\bday\\w*|\\w*day\\b"
      + "|\\b(?:january|february|march|april|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b"
      + "|\\b\\d{1,4}\\s*[-/.]\\s*\\d{1,2}(?:\\s*[-/.]\\s*\\d{1,4})?\\b|\\b(?:19|20)\\d{6}\\b"
      + "|\\b\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{3,4}\\s*(?:hours|hrs|gmt|utc)\\b");
  /** "May" the month, not the verb: capitalised, or next to a number. */
  private static final Pattern MAY = Pattern.compile("\\bMay\\b|(?i)\\bmay\\s+\\d|\\d\\s+may\\b");

  /** What a timex that names no day may hold besides a day cue. */
  private static final Pattern OTHER_TIME = Pattern.compile(
      "(?i)\\b\\d{3,4}s?\\b|'\\d\\ds?\\b"
      + "|\\b(?:time|times|century|centuries|centennial|bicentennial|anniversar\\w*|millenni\\w*|nineteen"
      + "|springs?|summers?|falls?|autumns?|winters?|recent|recently|lately|past|future|minutes?|seconds?|secs?"
      + "|annual|annually|daily|yearly|hourly|nightly|weekly|monthly|quarterly|may)\\b");

  private TimeCues() {}

  /** Whether {@code sentence} names something SUTime could make a day of. */
  static boolean mayNameDay(String sentence) {
    return CUE.matcher(sentence).find() || MAY.matcher(sentence).find();
  }

  /** Whether {@code sentence} names anything SUTime could make a timex of. */
  static boolean mayNameTime(String sentence) {
    return mayNameDay(sentence) || OTHER_TIME.matcher(sentence).find();
  }
}
