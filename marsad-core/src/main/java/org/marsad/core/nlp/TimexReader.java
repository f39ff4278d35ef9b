package org.marsad.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.marsad.core.domain.Span;
import org.marsad.core.time.DateRange;
import org.marsad.core.time.TimexAnnotation;
import org.marsad.core.time.TimexContext;
import org.marsad.core.time.TimexNormaliser;
import org.marsad.core.time.TimexValues;

/**
 * Reads the timexes of one CoreNLP sentence annotated by NER with SUTime: day ranges SUTime splits
 * ({@link DayRanges}), then each SUTime expression with the extent SUTime gave it (the tokens that
 * carry the same SUTime timex, even where NER tags them DATE and TIME apart, as in "Thursday
 * night"), then runs of DATE tokens that SUTime did not read, and words such as "mid-November"
 * that it misses ({@link HyphenatedDates}). Each goes through the
 * {@link TimexNormaliser} with the conventions of the options, and its value, resolved against the
 * publication date, gives the days it denotes. Without a publication date only
 * expressions that name a year are kept. Stateless and thread-safe.
 */
final class TimexReader {

  private final TimexNormaliser normaliser;

  TimexReader(TimexOptions options) {
    this.normaliser = TimexNormaliser.of(Objects.requireNonNull(options, "options").conventions());
  }

  /** Whether an entity mention is a timex (and so no named entity). */
  static boolean isTimex(CoreMap mention) {
    return mention.get(TimeAnnotations.TimexAnnotation.class) != null
        || "DATE".equals(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class));
  }

  /**
   * The timexes of sentence {@code cs} (converted as {@code sentence}) in text order; {@code earlier}
   * are the timexes of the document's earlier sentences, the reference of "the following day".
   */
  List<Timex> read(CoreMap cs, Sentence sentence, String text, LocalDate published, List<Timex> earlier) {
    List<Timex> out = new ArrayList<>(DayRanges.find(sentence, text, published));
    List<CoreLabel> tokens = cs.get(CoreAnnotations.TokensAnnotation.class);
    int i = 0;
    while (i < tokens.size()) {
      edu.stanford.nlp.time.Timex tx = tokens.get(i).get(TimeAnnotations.TimexAnnotation.class);
      boolean date = "DATE".equals(tokens.get(i).ner());
      if (tx == null && !date) {
        String hyphenated = HyphenatedDates.value(tokens.get(i).word(), published);
        if (hyphenated != null) {
          add(out, earlier, sentence, text, published, i, i, "DATE", hyphenated);
        }
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < tokens.size() && sameTimex(tokens.get(last + 1), tx)) {
        last++;
      }
      String value = tx != null ? tx.value() : tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      String type = tx != null && tx.timexType() != null ? tx.timexType() : "DATE";
      add(out, earlier, sentence, text, published, i, last, type, value);
      i = last + 1;
    }
    out.sort(Comparator.comparing(Timex::span));
    return out;
  }

  /** Whether {@code token} belongs to the expression of {@code tx} (or, for null, to a run of DATE tokens without one). */
  private static boolean sameTimex(CoreLabel token, edu.stanford.nlp.time.Timex tx) {
    edu.stanford.nlp.time.Timex other = token.get(TimeAnnotations.TimexAnnotation.class);
    if (tx == null) {
      return other == null && "DATE".equals(token.ner());
    }
    return other == tx || (other != null && Objects.equals(other.tid(), tx.tid()) && Objects.equals(other.text(), tx.text()));
  }

  private void add(List<Timex> out, List<Timex> earlier, Sentence sentence, String text, LocalDate published,
      int first, int last, String type, String value) {
    Span found = new Span(sentence.token(first).span().start(), sentence.token(last).span().end());
    if (out.stream().anyMatch(t -> t.span().overlaps(found))
        || (published == null && !found.of(text).matches(".*\\d{4}.*"))) {
      return;
    }
    List<String> before = new ArrayList<>();
    earlier.forEach(t -> before.add(t.value()));
    out.stream().filter(t -> t.span().end() <= found.start()).forEach(t -> before.add(t.value()));
    TimexContext context = new TimexContext(text, sentence.span(), published, before);
    TimexAnnotation draft = normaliser.apply(new TimexAnnotation(found, type, value == null ? "" : value), context).orElse(null);
    if (draft == null) {
      return;
    }
    Span span = draft.span();
    int from = tokenAt(sentence, span.start(), first);
    int to = Math.max(from, tokenAt(sentence, span.end() - 1, last));
    DateRange range = TimexValues.parse(draft.value(), published).orElse(null);
    out.add(new Timex(sentence.index(), from, to, span, span.of(text), draft.type(), draft.value(), range));
  }

  /** The token of {@code sentence} that holds character {@code offset}, else {@code fallback}. */
  private static int tokenAt(Sentence sentence, int offset, int fallback) {
    for (Token t : sentence.tokens()) {
      if (t.span().start() <= offset && offset < t.span().end()) {
        return t.index();
      }
    }
    return fallback;
  }
}
