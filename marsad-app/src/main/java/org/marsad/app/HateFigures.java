package org.marsad.app;

import java.util.List;

/** Reference figures for HateXplain's test split, to print beside ours, and rounding for JSON. */
final class HateFigures {

  /** One reference row; NaN where the figure is not known. */
  record Reference(String system, double accuracy, double macroF1, double auroc, String source) {}

  static final List<Reference> TEST = List.of(
      new Reference("BERT-HateXplain [Attn]", 0.698, 0.687, 0.851,
          "Mathew et al., AAAI 2021, Table 5 (as in SOURCE.md)"),
      new Reference("TF-IDF + logistic regression", 0.676, 0.656, Double.NaN,
          "figure given in the issue; not in SOURCE.md, unverified"),
      new Reference("majority class (normal)", 782 / 1924.0, Double.NaN, 0.5, "computed from the test labels"));

  private HateFigures() {}

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
