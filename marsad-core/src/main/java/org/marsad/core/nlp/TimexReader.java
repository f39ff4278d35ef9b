package org.marsad.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.domain.Span;
import org.marsad.core.time.DateRange;
import org.marsad.core.time.NewsWeekdays;
import org.marsad.core.time.TimexValues;

/**
 * Reads the timexes of one CoreNLP sentence annotated by NER with SUTime: day ranges SUTime splits
 * ({@link DayRanges}), then SUTime's date, time, duration and set mentions, each normalised
 * against the publication date into a value and the days it denotes. Without a publication date
 * only expressions that name a year are kept. Needs the sentence's entity mentions. Stateless and
 * thread-safe.
 */
final class TimexReader {

  private final TimexOptions options;

  TimexReader(TimexOptions options) {
    this.options = java.util.Objects.requireNonNull(options, "options");
  }

  /** Whether an entity mention is a timex (and so no named entity). */
  static boolean isTimex(CoreMap mention) {
    return mention.get(TimeAnnotations.TimexAnnotation.class) != null
        || "DATE".equals(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class));
  }

  /** The timexes of sentence {@code cs} (converted as {@code sentence}) in text order. */
  List<Timex> read(CoreMap cs, Sentence sentence, String text, LocalDate published) {
    int s = sentence.index();
    int firstTokenIndex = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
    List<Timex> out = new ArrayList<>(DayRanges.find(sentence, text, published));
    Map<DateRange, DateRange> moved = new HashMap<>();
    for (CoreMap m : cs.get(CoreAnnotations.MentionsAnnotation.class)) {
      if (!isTimex(m)) {
        continue;
      }
      int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstTokenIndex;
      int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - firstTokenIndex - 1;
      Span span = new Span(
          m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      String mentionText = m.get(CoreAnnotations.TextAnnotation.class);
      edu.stanford.nlp.time.Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
      String value = tx != null ? tx.value() : m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      String type = tx != null && tx.timexType() != null ? tx.timexType() : "DATE";
      boolean coveredByRange = out.stream().anyMatch(t -> t.span().overlaps(span));
      if (coveredByRange || (published == null && !mentionText.matches(".*\\d{4}.*"))) {
        continue;
      }
      DateRange resolved = TimexValues.parse(value, published).orElse(null);
      DateRange range = options.newsWeekdays()
          ? NewsWeekdays.anchor(resolved, mentionText, sentence.words(), published)
          : resolved;
      if (resolved != null && range == resolved && moved.containsKey(resolved)) {
        range = moved.get(resolved); // "night" of "Saturday night", resolved like its weekday
      } else if (resolved != null && range != resolved) {
        moved.put(resolved, range);
      }
      out.add(new Timex(s, first, last, span, mentionText, type, value == null ? "" : value, range));
    }
    out.sort(Comparator.comparing(Timex::span));
    return out;
  }
}
