package org.marsad.core.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.marsad.core.time.TimexAnnotation;

/**
 * One TempEval-3 document: its text, its creation date (DCT) and its gold timexes.
 *
 * @param id document id, e.g. {@code APW19980227.0487}
 * @param split the split of the release: {@code train_timebank}, {@code train_aquaint} or {@code test_platinum}
 * @param dct document creation time, the anchor of relative expressions
 * @param text the text between the {@code TEXT} tags
 * @param gold the gold timexes (the DCT excluded), in text order
 */
public record TempEvalDoc(String id, String split, LocalDate dct, String text, List<TimexAnnotation> gold) {

  public TempEvalDoc {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(dct, "dct of " + id);
    Objects.requireNonNull(text, "text of " + id);
    gold = List.copyOf(gold);
    for (TimexAnnotation t : gold) {
      if (t.span().end() > text.length()) {
        throw new IllegalArgumentException("timex " + t + " ends after the text of " + id + " (" + text.length() + " chars)");
      }
    }
  }
}
