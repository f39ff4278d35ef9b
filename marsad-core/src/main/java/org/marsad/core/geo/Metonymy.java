package org.marsad.core.geo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a place mention stands for a government or its people rather than the place:
 * "Stockholm said", "Washington has warned", "talks with Beijing". It reads the words right after
 * the mention (a few auxiliaries, adverbs and a weekday may come between) for a verb of speaking or
 * acting that a place cannot do, and the words right before it for a relation only states have.
 * Stateless and thread-safe.
 */
final class Metonymy {

  private static final Set<String> ACTS =
      Set.of(
          "said", "says", "say", "announced", "announces", "condemned", "condemns", "denounced",
          "warned", "warns", "urged", "urges", "accused", "accuses", "denied", "denies", "rejected",
          "rejects", "summoned", "summons", "recalled", "protested", "protests", "expressed",
          "welcomed", "welcomes", "insisted", "insists", "responded", "responds", "demanded",
          "demands", "threatened", "threatens", "imposed", "imposes", "agreed", "agrees", "signed",
          "signs", "refused", "refuses", "decided", "ordered", "approved", "objected", "vowed",
          "vows", "pledged", "pledges", "retaliated", "criticised", "criticized", "criticises",
          "criticizes", "blamed", "blames", "sanctioned", "expelled", "voted", "backed", "backs",
          "opposed", "opposes", "claimed", "claims", "argued", "argues", "asked", "told",
          "wants", "hopes", "believes", "considers", "recognised", "recognized", "recognizes",
          "recognises", "negotiated", "negotiates", "announce", "condemn", "reject", "deny");

  /** Words that may stand between the mention and its verb: "Washington has also said". */
  private static final Set<String> BETWEEN =
      Set.of(
          "has", "have", "had", "will", "would", "also", "already", "officially", "reportedly",
          "publicly", "strongly", "quickly", "later", "then", "now", "again", "repeatedly",
          "yesterday", "today", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "is", "was", "swiftly", "firmly", "formally", "not", "never");

  private static final Pattern WORD = Pattern.compile("\\G\\s*([\\p{L}]+)");

  /** A preposition right before the mention makes it a place: "police in Stockholm said". */
  private static final Pattern LITERAL_BEFORE =
      Pattern.compile("(?i)\\b(?:in|at|near|from|to|into|across|outside|inside|around|of)\\s+(?:the\\s+)?$");

  private static final Pattern BEFORE =
      Pattern.compile(
          "(?i)(?:relations|ties|talks|dialogue|negotiations|deal|agreement|pressure) "
              + "(?:with|on|between|against)\\s+(?:the\\s+)?$");

  private Metonymy() {}

  /** Whether the mention at {@code [start, end)} of {@code text} stands for a government. */
  static boolean isMetonymic(String text, int start, int end) {
    if (start < 0 || end > text.length() || end < start) {
      throw new IllegalArgumentException(
          "span out of the text: start=" + start + ", end=" + end + ", length=" + text.length());
    }
    String before = text.substring(Math.max(0, start - 40), start);
    if (BEFORE.matcher(before).find()) {
      return true;
    }
    if (LITERAL_BEFORE.matcher(before).find()) {
      return false;
    }
    Matcher m = WORD.matcher(text);
    int at = end;
    for (int words = 0; words < 4 && m.find(at); words++) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      if (ACTS.contains(word)) {
        return true;
      }
      if (!BETWEEN.contains(word)) {
        return false;
      }
      at = m.end();
    }
    return false;
  }
}
