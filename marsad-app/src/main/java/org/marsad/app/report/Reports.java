package org.marsad.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The report of a snapshot: the Observatory's seven chapters as HTML, and as PDF. The public door
 * of this package; the chapters, charts and renderers behind it are package-private. Thread-safe.
 *
 * <pre>{@code
 * Snapshot s = new SnapshotFiles(home.resolve("snapshots"), clock).take(store.reportEvents(), period, false);
 * String html = Reports.html(s);
 * try (OutputStream out = Files.newOutputStream(pdf)) { Reports.pdf(s, out); }
 * }</pre>
 */
public final class Reports {

  private Reports() {}

  /** The report as HTML5 text; equal snapshots give equal text. */
  public static String html(Snapshot snapshot) {
    return ReportHtml.render(data(snapshot));
  }

  /** The report printed to PDF into {@code out} (not closed). */
  public static void pdf(Snapshot snapshot, OutputStream out) throws IOException {
    ReportData d = data(snapshot);
    PdfRenderer.render(ReportHtml.render(d), ReportHtml.title(d), snapshot.takenAt(), out);
  }

  /** The title of the report, e.g. "Annual report on Islamophobia 2023". */
  public static String title(Snapshot snapshot) {
    return ReportHtml.title(data(snapshot));
  }

  private static ReportData data(Snapshot snapshot) {
    return new ReportData(snapshot, new ReportText(Locale.ENGLISH), Atlas.shared(), ReportCues.shared());
  }
}
