package org.marsad.app;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.core.eval.TempEvalCorpus;
import org.marsad.core.eval.TimexScore;
import org.marsad.core.time.TimexConvention;

/**
 * Prints the timex figures of {@code eval dates} as a table, beside the published figures of
 * other systems on the same data (percent, as TempEval-3 reports them). Stateless.
 */
final class DatesTable {

  /** A published row: strict P, R, F1; relaxed P, R, F1; value F1; type F1 (NaN where not published). */
  private record Published(String system, double[] figures) {}

  private static final double N = Double.NaN;

  private static final Map<TempEvalCorpus.Split, java.util.List<Published>> PUBLISHED = Map.of(
      TempEvalCorpus.Split.TEST, java.util.List.of(
          new Published("HeidelTime (TE3 platinum, published)",
              new double[] {83.85, 78.99, 81.34, 93.08, 87.68, 90.30, 77.61, 82.09}),
          new Published("SUTime, CoreNLP 4.5.10 out of the box",
              new double[] {N, N, N, N, N, 90.7, 69.3, N})),
      TempEvalCorpus.Split.DEV, java.util.List.of(
          new Published("HeidelTime on TimeBank (published)",
              new double[] {N, N, 84.91, N, N, 91.57, 79.24, 88.81}),
          new Published("HeidelTime on AQUAINT (published)",
              new double[] {N, N, 80.99, N, N, 91.78, 72.95, 83.39})));

  private DatesTable() {}

  static void print(TempEvalCorpus.Split split, int docs, TimexScore total, Map<String, TimexScore> bySplit,
      Set<TimexConvention> conventions, double seconds, PrintStream out) {
    out.printf(Locale.ROOT, "TempEval-3 %s: %d documents, %d gold timexes, DCT given; %.0f s%n",
        split == TempEvalCorpus.Split.TEST ? "platinum test" : "TimeBank + AQUAINT (dev)", docs, total.gold(), seconds);
    out.println("conventions: " + (conventions.isEmpty() ? "none" : new java.util.TreeSet<>(conventions)));
    out.printf(Locale.ROOT, "%-40s %7s %7s %7s | %7s %7s %7s | %8s %7s%n", "system", "strictP", "strictR",
        "strictF", "relaxP", "relaxR", "relaxF", "valueF1", "typeF1");
    row(out, "Marsad (SUTime + Marsad rules)", total);
    if (bySplit.size() > 1) {
      bySplit.forEach((name, s) -> row(out, "  Marsad on " + name, s));
    }
    for (Published p : PUBLISHED.get(split)) {
      double[] f = p.figures();
      out.printf(Locale.ROOT, "%-40s %7s %7s %7s | %7s %7s %7s | %8s %7s%n", p.system(),
          pct(f[0]), pct(f[1]), pct(f[2]), pct(f[3]), pct(f[4]), pct(f[5]), pct(f[6]), pct(f[7]));
    }
    out.printf(Locale.ROOT, "counts: gold %d, system %d, strict %d, relaxed %d, value %d, type %d; "
        + "value accuracy on matched %.2f%%%n", total.gold(), total.system(), total.strict(), total.relaxed(),
        total.value(), total.type(), 100 * total.valueAccuracy());
  }

  /** Figures without each convention, and what the convention adds to value F1 and strict F1. */
  static void printAblation(TimexScore total, Map<TimexConvention, TimexScore> withoutEach, PrintStream out) {
    if (withoutEach.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "%-40s %8s %8s %8s | %9s %9s%n", "without", "strictF", "relaxF", "valueF1", "adds val", "adds str");
    withoutEach.forEach((c, s) -> out.printf(Locale.ROOT, "%-40s %8.2f %8.2f %8.2f | %+9.2f %+9.2f%n", c,
        100 * s.strictF1(), 100 * s.relaxedF1(), 100 * s.valueF1(),
        100 * (total.valueF1() - s.valueF1()), 100 * (total.strictF1() - s.strictF1())));
  }

  private static void row(PrintStream out, String name, TimexScore s) {
    out.printf(Locale.ROOT, "%-40s %7.2f %7.2f %7.2f | %7.2f %7.2f %7.2f | %8.2f %7.2f%n", name,
        100 * s.strictPrecision(), 100 * s.strictRecall(), 100 * s.strictF1(), 100 * s.relaxedPrecision(),
        100 * s.relaxedRecall(), 100 * s.relaxedF1(), 100 * s.valueF1(), 100 * s.typeF1());
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
  }
}
