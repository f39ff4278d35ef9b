package org.marsad.core.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.nlp.ParsedText;
import org.marsad.core.nlp.Sentence;
import org.marsad.core.nlp.Timex;
import org.marsad.core.nlp.Token;
import org.marsad.core.time.DateRange;

/**
 * Finds the date of a record: a timex in the trigger's own clause ("met on Thursday"), else the
 * main date of the document (its first day-precise date not after publication), else the
 * publication date. Stateless and thread-safe.
 */
final class DateReader {

  private static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile(
      "(?i)(this |the |in the |late |early )?(morning|afternoon|evening|night|tonight|noon|midnight|dawn|dusk)");
  private static final Set<String> OTHER_CLAUSE = Set.of("ccomp", "parataxis", "acl:relcl", "advcl", "csubj");

  /** A timex attached to the trigger at {@code i}, nearest first. */
  Optional<Timex> attached(ParsedText parse, Sentence s, int i) {
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex t : parse.timexesIn(s.index())) {
      if (t.range() == null || t.text().equalsIgnoreCase("present") || TIME_OF_DAY.matcher(t.text()).matches()) {
        continue;
      }
      int head = headOf(s, t);
      int d = s.treeDistance(head, i);
      if (d > 4 || d >= bestDistance) {
        continue;
      }
      int lca = lowestCommonAncestor(s, head, i);
      if (s.pathCrosses(head, lca, OTHER_CLAUSE) || s.pathCrosses(i, lca, OTHER_CLAUSE)) {
        continue;
      }
      best = t;
      bestDistance = d;
    }
    return Optional.ofNullable(best);
  }

  /** The document's main date: its first stated day not after publication, else publication. */
  Optional<DateRange> mainDate(ParsedText parse, LocalDate published) {
    for (Timex t : parse.timexes()) {
      DateRange r = t.range();
      if (r != null && r.isDayPrecise() && !t.text().equalsIgnoreCase("present") && !TIME_OF_DAY.matcher(t.text()).matches()
          && (published == null || !r.start().isAfter(published))
          && (published == null || r.start().isAfter(published.minusDays(62)))) {
        return Optional.of(new DateRange(r.start(), r.start(), DateRange.Precision.DAY));
      }
    }
    return Optional.ofNullable(published).map(DateRange::day);
  }

  private static int headOf(Sentence s, Timex t) {
    for (int k = t.first(); k <= t.last(); k++) {
      Token tok = s.token(k);
      if (tok.head() < t.first() || tok.head() > t.last()) {
        return k;
      }
    }
    return t.last();
  }

  static int lowestCommonAncestor(Sentence s, int a, int b) {
    List<Token> up = s.ancestry(a);
    List<Token> other = s.ancestry(b);
    for (Token t : up) {
      if (other.contains(t)) {
        return t.index();
      }
    }
    return a;
  }
}
