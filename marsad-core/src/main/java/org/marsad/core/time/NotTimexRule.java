package org.marsad.core.time;

import java.util.regex.Pattern;

/**
 * Drops what SUTime tags but TimeML annotators leave out, each pattern frequent in TempEval-3's
 * training documents: ages ("6-year-old", "52 years old"), the adverbs "once" and "previously",
 * "annual", "quarterly" or "future" before a noun ("the quarterly dividend", "future earnings"; "the
 * future" stays), and a lone conjunction or preposition SUTime marks between two years ("between
 * 1985 and 1987": the years stay). (Dates of wire datelines, "WASHINGTON, August 11 (Xinhua) --",
 * stay: TempEval-3's annotators marked 12 of 15.) Stateless and thread-safe.
 */
final class NotTimexRule implements TimexRule {

  private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month)s?[- ]old\\b.*");
  private static final Pattern ADVERB = Pattern.compile("(?i)once|previously");
  private static final Pattern ADJECTIVE = Pattern.compile("(?i)annual|quarterly|yearly|monthly|weekly|future");
  private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)and|or|to|through|till|until|-|–");
  private static final Pattern NOUN_AFTER = Pattern.compile("\\s+[a-z][a-z-]*\\b.*", Pattern.DOTALL);
  private static final Pattern NOT_A_NOUN = Pattern.compile(
      "\\s+(and|or|to|in|of|for|from|on|at|by|with|since|through|until|as|than|but|the|a|an|is|are|was|were|be|been)\\b.*",
      Pattern.DOTALL);

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    String words = context.words(draft.span());
    if (AGE.matcher(words).matches() || ADVERB.matcher(words).matches() || FUNCTION_WORD.matcher(words).matches()) {
      return null;
    }
    String after = context.after(draft.span());
    if (ADJECTIVE.matcher(words).matches() && NOUN_AFTER.matcher(after).matches()
        && !NOT_A_NOUN.matcher(after).matches()) {
      return null;
    }
    return draft;
  }
}
