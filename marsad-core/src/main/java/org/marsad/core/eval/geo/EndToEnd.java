package org.marsad.core.eval.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.core.domain.Span;
import org.marsad.core.geo.GreatCircle;

/**
 * Scores recognition and resolution together: the system's resolved place mentions of a document
 * against its gold toponyms. A prediction matches the gold toponym whose span it overlaps most (each
 * gold toponym matched at most once, predictions in text order); it is correct when that toponym is
 * located and the predicted point lies within 161 km of the gold one. A prediction that overlaps only
 * a gold toponym that is not located is ignored (neither right nor wrong); one that overlaps none is
 * wrong. Precision is correct / predictions counted, recall is correct / located gold toponyms. Not
 * thread-safe: add documents from one thread.
 */
public final class EndToEnd {

  /** A system's resolved place mention. */
  public record Prediction(Span span, double lat, double lon) {
    public Prediction {
      Objects.requireNonNull(span, "span");
    }
  }

  private int predicted;
  private int correct;
  private int gold;

  /** Adds one document's gold toponyms and predictions. */
  public void add(List<GoldToponym> toponyms, List<Prediction> predictions) {
    boolean[] used = new boolean[toponyms.size()];
    gold += (int) toponyms.stream().filter(GoldToponym::located).count();
    List<Prediction> ordered = new ArrayList<>(predictions);
    ordered.sort((a, b) -> a.span().compareTo(b.span()));
    for (Prediction p : ordered) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < toponyms.size(); i++) {
        int overlap = overlap(p.span(), toponyms.get(i).span());
        if (!used[i] && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        predicted++;
        continue;
      }
      used[best] = true;
      GoldToponym t = toponyms.get(best);
      if (!t.located()) {
        continue;
      }
      predicted++;
      if (GreatCircle.km(p.lat(), p.lon(), t.lat(), t.lon()) < ErrorStats.RADIUS_KM) {
        correct++;
      }
    }
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  public double precision() {
    return predicted == 0 ? 0 : correct / (double) predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : correct / (double) gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int predicted() {
    return predicted;
  }

  public int correct() {
    return correct;
  }

  public int gold() {
    return gold;
  }
}
