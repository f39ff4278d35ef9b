package org.marsad.app;

import java.io.PrintStream;
import java.util.List;
import org.marsad.core.eval.TempEvalDoc;
import org.marsad.core.eval.TimexPair;
import org.marsad.core.time.TimexAnnotation;

/**
 * Lists the timex errors of one document, a line each, tab-separated for reading or for a script:
 * {@code MISS} (gold not found), {@code EXTRA} (no gold), {@code SPAN} (overlap, other extent),
 * {@code VALUE} and {@code TYPE} (matched, other attribute); each with the document, the gold and
 * the system timex as {@code "text" TYPE value}, and the sentence-sized context; on request also
 * {@code OK} for a pair right in extent, value and type. Stateless.
 */
final class DatesErrors {

  private DatesErrors() {}

  static void print(TempEvalDoc doc, List<TimexPair> pairs, boolean withCorrect, PrintStream out) {
    for (TimexPair p : pairs) {
      if (!p.matched()) {
        out.println(String.join("\t", p.gold() != null ? "MISS" : "EXTRA", doc.id(), describe(doc, p.gold()),
            describe(doc, p.system()), context(doc, p.gold() != null ? p.gold() : p.system())));
        continue;
      }
      String line = "\t" + doc.id() + "\t" + describe(doc, p.gold()) + "\t" + describe(doc, p.system()) + "\t"
          + context(doc, p.gold());
      if (!p.strict()) {
        out.println("SPAN" + line);
      }
      if (!p.sameValue()) {
        out.println("VALUE" + line);
      }
      if (!p.sameType()) {
        out.println("TYPE" + line);
      }
      if (withCorrect && p.strict() && p.sameValue() && p.sameType()) {
        out.println("OK" + line);
      }
    }
  }

  private static String describe(TempEvalDoc doc, TimexAnnotation t) {
    if (t == null) {
      return "-";
    }
    return "\"" + flat(t.span().of(doc.text())) + "\" " + t.type() + " " + t.value();
  }

  private static String context(TempEvalDoc doc, TimexAnnotation t) {
    int from = Math.max(0, t.span().start() - 60);
    int to = Math.min(doc.text().length(), t.span().end() + 60);
    return "dct=" + doc.dct() + " ..." + flat(doc.text().substring(from, t.span().start())) + "["
        + flat(t.span().of(doc.text())) + "]" + flat(doc.text().substring(t.span().end(), to)) + "...";
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
