package org.marsad.app;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.marsad.app.report.Period;
import org.marsad.app.report.Reports;
import org.marsad.app.report.Snapshot;
import org.marsad.app.report.SnapshotFiles;
import org.marsad.app.report.SyntheticEvents;
import org.marsad.store.ReportEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench report}: how long the annual report over N synthetic incidents (and about
 * half as many responses, linked to them) takes to build from their events: snapshot (frozen to its
 * file) and HTML ({@code report_html_s}), then its printing to PDF ({@code pdf_s}), in wall-clock
 * seconds and in CPU seconds of this process (the machine may be shared: {@code load_average}). The
 * store is not involved (reading the events is four queries); the last line is one JSON object.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Time the annual report over N synthetic incidents (snapshot, HTML, PDF); the last line is JSON.")
final class BenchReportCommand implements Callable<Integer> {

  @Option(names = {"-n", "--incidents"}, defaultValue = "10000", description = "Synthetic incidents (default: ${DEFAULT-VALUE}).")
  int incidents;

  @Option(names = "--home", paramLabel = "DIR", description = "Folder for the snapshot and the PDF (default: a new temporary folder, deleted after).")
  Path home;

  @Option(names = "--seed", defaultValue = "16", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    int year = 2023;
    Path dir = home != null ? home : Files.createTempDirectory("marsad-bench-report");
    try {
      List<ReportEvent> events = new SyntheticEvents(seed).generate(incidents, year);
      var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long start = System.nanoTime();
      Snapshot snapshot = new SnapshotFiles(dir.resolve("snapshots"), Clock.systemUTC())
          .freeze(events, Period.parse(Integer.toString(year)), true);
      double snapshotS = seconds(start);
      long h0 = System.nanoTime();
      String html = Reports.html(snapshot);
      double htmlS = seconds(h0);
      double reportHtmlS = seconds(start);
      double cpuHtmlS = (os.getProcessCpuTime() - cpu0) / 1e9;
      long p0 = System.nanoTime();
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      Reports.pdf(snapshot, pdf);
      double pdfS = seconds(p0);
      double cpuPdfS = (os.getProcessCpuTime() - cpu0) / 1e9 - cpuHtmlS;
      int pages;
      try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
        pages = doc.getNumberOfPages();
      }
      Path file = dir.resolve("bench-report.pdf");
      Files.write(file, pdf.toByteArray());
      System.out.println("report: " + file.toAbsolutePath() + (home == null ? " (deleted)" : ""));
      System.out.printf(Locale.ROOT,
          "{\"incidents\": %d, \"events\": %d, \"snapshot_s\": %.2f, \"html_s\": %.2f, \"report_html_s\": %.2f,"
              + " \"pdf_s\": %.2f, \"cpu_html_s\": %.2f, \"cpu_pdf_s\": %.2f, \"pdf_pages\": %d, \"pdf_bytes\": %d,"
              + " \"html_bytes\": %d, \"load_average\": %.1f, \"cores\": %d}%n",
          incidents, snapshot.events().size(), snapshotS, htmlS, reportHtmlS, pdfS, cpuHtmlS, cpuPdfS, pages,
          pdf.size(), html.length(), os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
      return Main.OK;
    } finally {
      if (home == null) {
        deleteTree(dir);
      }
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
