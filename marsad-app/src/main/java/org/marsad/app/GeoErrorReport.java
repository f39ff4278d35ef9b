package org.marsad.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.core.domain.Place;
import org.marsad.core.eval.geo.ErrorStats;
import org.marsad.core.eval.geo.GoldToponym;
import org.marsad.core.geo.Gazetteer;
import org.marsad.core.geo.GreatCircle;
import org.marsad.core.geo.Resolution;

/**
 * Collects the errors of toponym resolution by kind (no candidate in the gazetteer, no plausible
 * candidate, a near miss of 161 to 1,000 km, a far miss) with examples, accuracy by the corpus's
 * toponym type, and how the metonymy test fares against a corpus that marks metonymy. Not
 * thread-safe.
 */
final class GeoErrorReport {

  private final Gazetteer gazetteer;
  private final int examples;
  private final List<Double> errors = new ArrayList<>();
  private final Map<String, List<String>> byKind = new LinkedHashMap<>();
  private final Map<String, int[]> byType = new TreeMap<>();
  private int metonymicFlagged;
  private int guessed;
  private int guessedRight;
  private int metonymicGold;
  private int metonymicBoth;

  GeoErrorReport(Gazetteer gazetteer, int examples) {
    this.gazetteer = gazetteer;
    this.examples = examples;
    for (String kind : List.of("no candidate", "no plausible candidate", "161-1000 km", "over 1000 km")) {
      byKind.put(kind, new ArrayList<>());
    }
  }

  void add(GoldToponym gold, Resolution r) {
    if (r.metonymic()) {
      metonymicFlagged++;
    }
    if (!gold.located()) {
      return;
    }
    boolean goldMetonymic = gold.type().equals("Metonymic");
    if (goldMetonymic) {
      metonymicGold++;
      if (r.metonymic()) {
        metonymicBoth++;
      }
    }
    double km = ErrorStats.MAX_KM;
    if (r.guessed()) {
      guessed++;
    }
    String kind;
    if (r.place().isEmpty()) {
      kind = gazetteer.knows(gold.phrase()) ? "no plausible candidate" : "no candidate";
      byKind.get(kind).add("'" + gold.phrase() + "'");
    } else {
      Place p = r.place().get();
      km = Math.min(ErrorStats.MAX_KM, GreatCircle.km(p.lat(), p.lon(), gold.lat(), gold.lon()));
      kind = km < ErrorStats.RADIUS_KM ? null : km < 1000 ? "161-1000 km" : "over 1000 km";
      if (r.guessed() && kind == null) {
        guessedRight++;
      }
      if (kind != null) {
        byKind.get(kind).add(String.format("'%s' -> %s (%s, %s) %.0f km", gold.phrase(), p.name(),
            p.country(), p.kind().name().toLowerCase(java.util.Locale.ROOT), km));
      }
    }
    errors.add(km);
    if (!gold.type().isEmpty()) {
      int[] counts = byType.computeIfAbsent(gold.type(), t -> new int[2]);
      counts[0]++;
      if (km < ErrorStats.RADIUS_KM) {
        counts[1]++;
      }
    }
  }

  ErrorStats stats() {
    return ErrorStats.of(errors.stream().mapToDouble(Double::doubleValue).toArray());
  }

  int metonymicFlagged() {
    return metonymicFlagged;
  }

  void print(PrintStream out) {
    out.println("errors by kind (of " + errors.size() + " toponyms):");
    for (Map.Entry<String, List<String>> e : byKind.entrySet()) {
      List<String> list = e.getValue();
      Map<String, Integer> counts = new LinkedHashMap<>();
      list.forEach(x -> counts.merge(x, 1, Integer::sum));
      List<String> top = counts.entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .limit(examples)
          .map(x -> x.getValue() > 1 ? x.getKey() + " x" + x.getValue() : x.getKey())
          .toList();
      out.printf("  %-24s %5d  %s%n", e.getKey(), list.size(), String.join("; ", top));
    }
    if (!byType.isEmpty()) {
      out.println("accuracy within 161 km by the corpus's toponym type:");
      byType.forEach((type, c) -> out.printf("  %-24s %5d  %.3f%n", type, c[0], c[1] / (double) c[0]));
    }
    out.printf("focus guesses for toponyms with no plausible candidate: %d, of which within 161 km: %d%n",
        guessed, guessedRight);
    out.printf("metonymy: %d mentions marked as standing for a government", metonymicFlagged);
    if (metonymicGold > 0) {
      out.printf("; of the corpus's %d metonymic toponyms with a point, %d marked (recall %.3f)",
          metonymicGold, metonymicBoth, metonymicBoth / (double) metonymicGold);
    }
    out.println();
  }
}
