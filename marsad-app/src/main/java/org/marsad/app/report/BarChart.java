package org.marsad.app.report;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts as self-contained SVG: columns (counts over time) and horizontal bars (counts by
 * type or region). Deterministic: equal inputs give equal text. Stateless and thread-safe.
 */
final class BarChart {

  static final String FILL = "#b8323b";
  static final String PREVIOUS = "#c9c9c4";

  private BarChart() {}

  /** Columns for {@code values} labelled {@code labels}; {@code previous} (same length) drawn behind, or null. */
  static String columns(String title, List<String> labels, List<Long> values, List<Long> previous) {
    int n = values.size();
    double width = 640;
    double height = 220;
    double left = 36;
    double bottom = 34;
    double top = 12;
    long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
    if (previous != null) {
      max = Math.max(max, previous.stream().mapToLong(Long::longValue).max().orElse(1));
    }
    double plotH = height - bottom - top;
    double step = (width - left - 8) / Math.max(1, n);
    StringBuilder s = open(title, width, height);
    axis(s, left, top, plotH, width, max);
    boolean sparseLabels = n > 16;
    for (int i = 0; i < n; i++) {
      double x = left + i * step;
      if (previous != null) {
        double ph = plotH * previous.get(i) / max;
        s.append(rect(x + step * 0.1, top + plotH - ph, step * 0.8, ph, PREVIOUS));
      }
      double h = plotH * values.get(i) / max;
      s.append(rect(x + step * 0.22, top + plotH - h, step * 0.56, h, FILL));
      if (values.get(i) > 0 && !sparseLabels) {
        s.append(text(x + step / 2, top + plotH - h - 3, "middle", 9, Long.toString(values.get(i))));
      }
      if (!sparseLabels || i % 5 == 0) {
        s.append(text(x + step / 2, height - bottom + 13, "middle", 9, labels.get(i)));
      }
    }
    return s.append("</svg>").toString();
  }

  /** Horizontal bars, one per label, longest first as given. */
  static String bars(String title, List<String> labels, List<Long> values) {
    int n = values.size();
    double row = 18;
    double labelW = 230;
    double width = 640;
    double height = Math.max(1, n) * row + 8;
    long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
    StringBuilder s = open(title, width, height);
    for (int i = 0; i < n; i++) {
      double y = 4 + i * row;
      double w = (width - labelW - 50) * values.get(i) / max;
      s.append(text(labelW - 6, y + 12, "end", 10, labels.get(i)));
      s.append(rect(labelW, y + 2, w, row - 5, FILL));
      s.append(text(labelW + w + 4, y + 12, "start", 10, Long.toString(values.get(i))));
    }
    return s.append("</svg>").toString();
  }

  private static StringBuilder open(String title, double width, double height) {
    return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"")
        .append(Math.round(width)).append("\" height=\"").append(Math.round(height)).append("\" viewBox=\"0 0 ")
        .append(Math.round(width)).append(' ').append(Math.round(height)).append("\" role=\"img\"><title>")
        .append(Html.esc(title)).append("</title>");
  }

  private static void axis(StringBuilder s, double left, double top, double plotH, double width, long max) {
    s.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(num(top + plotH)).append("\" x2=\"")
        .append(num(width - 4)).append("\" y2=\"").append(num(top + plotH)).append("\" stroke=\"#555\" stroke-width=\"0.8\"/>");
    for (long tick : List.of(0L, max / 2, max)) {
      double y = top + plotH - plotH * tick / max;
      s.append("<line x1=\"").append(num(left - 3)).append("\" y1=\"").append(num(y)).append("\" x2=\"")
          .append(num(width - 4)).append("\" y2=\"").append(num(y)).append("\" stroke=\"#ddd\" stroke-width=\"0.5\"/>");
      s.append(text(left - 5, y + 3, "end", 9, Long.toString(tick)));
    }
  }

  private static String rect(double x, double y, double w, double h, String fill) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
        + "\" fill=\"" + fill + "\"/>";
  }

  private static String text(double x, double y, String anchor, int size, String text) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
        + "\" font-family=\"DejaVu Sans\" fill=\"#333\">" + Html.esc(text) + "</text>";
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
