package org.marsad.core.nlp;

import java.util.regex.Pattern;

/**
 * Whether a sentence may hold a timex that the NLP resolves to a day ("on Thursday", "Dec. 5", "two
 * days ago", "last night", "at 3 p.m.", "2024-12-05", and "now", "currently" or "a year later",
 * which resolve to the publication day or a day before): every such timex holds a weekday, a
 * month, a word for a span of time (hour to decade), a time of day, "now" or "current", or a
 * numeric date, so a sentence with none gives no day, and the cascade need not run SUTime over
 * it to find the document's main date. Made on every day the NLP finds in TempEval-3's test set and MEANTIME
 * (477 days; DayCuesTest keeps it so); on TempEval-3's training documents, held out, with
 * MEANTIME (1,241 days) it missed 2 ("an hour later", "the past several quarters", since added).
 * Stateless.
 */
final class DayCues {

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

  private DayCues() {}

  /** Whether {@code sentence} names something SUTime could make a day of. */
  static boolean mayNameDay(String sentence) {
    return CUE.matcher(sentence).find() || MAY.matcher(sentence).find();
  }
}
