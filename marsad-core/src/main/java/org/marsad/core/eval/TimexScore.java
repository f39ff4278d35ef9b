package org.marsad.core.eval;

/**
 * Counts and figures of TempEval-3 timex scoring. Strict and relaxed precision, recall and F1
 * count matched timexes; an attribute (value, type) counts as found only when its timex matched
 * (relaxed) and the attribute is equal, so attribute F1 is relaxed F1 times the attribute's
 * accuracy on matched timexes.
 *
 * @param gold gold timexes
 * @param system system timexes
 * @param strict matched pairs with identical extent
 * @param relaxed matched pairs (overlapping extent)
 * @param value matched pairs with equal value
 * @param type matched pairs with equal type
 */
public record TimexScore(int gold, int system, int strict, int relaxed, int value, int type) {

  public TimexScore {
    if (gold < 0 || system < 0) {
      throw new IllegalArgumentException("counts must be >= 0: gold=" + gold + ", system=" + system);
    }
    if (relaxed > Math.min(gold, system) || strict > relaxed || value > relaxed || type > relaxed
        || strict < 0 || value < 0 || type < 0) {
      throw new IllegalArgumentException("inconsistent matches: relaxed=" + relaxed + ", strict=" + strict
          + ", value=" + value + ", type=" + type + " of gold=" + gold + ", system=" + system);
    }
  }

  /** The sum of two scores (of two documents, say). */
  public TimexScore plus(TimexScore o) {
    return new TimexScore(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
        value + o.value, type + o.type);
  }

  public double strictPrecision() {
    return ratio(strict, system);
  }

  public double strictRecall() {
    return ratio(strict, gold);
  }

  public double strictF1() {
    return f1(strict);
  }

  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  public double relaxedF1() {
    return f1(relaxed);
  }

  public double valuePrecision() {
    return ratio(value, system);
  }

  public double valueRecall() {
    return ratio(value, gold);
  }

  public double valueF1() {
    return f1(value);
  }

  /** Share of matched timexes with the right value. */
  public double valueAccuracy() {
    return ratio(value, relaxed);
  }

  public double typeF1() {
    return f1(type);
  }

  public double typeAccuracy() {
    return ratio(type, relaxed);
  }

  private double f1(int correct) {
    return gold + system == 0 ? 0.0 : 2.0 * correct / (gold + system);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
