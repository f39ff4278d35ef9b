package org.marsad.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.RecordKind;
import org.marsad.store.Counts;
import org.marsad.store.DocumentStatus;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad demo}: the main job on the embedded default. Ingests the bundled samples (the two
 * seed articles and Wikinews texts that must be passed over), processes them, writes an HTML
 * summary report and the annual report of the sample data as PDF ({@code reports/annual-report.pdf})
 * under the home folder, and prints a summary table.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest and process the bundled sample articles, write a summary report and the annual report (PDF), print a summary table.")
final class DemoCommand implements Callable<Integer> {

  static final String SAMPLES = "/org/marsad/app/samples/";

  @Mixin HomeOptions home;

  @Option(names = "--exit", description = "Accepted for scripts: demo always stops after its reports; `marsad serve` then opens the workspace.")
  boolean exit;

  @Override
  public Integer call() throws Exception {
    Path homeDir = home.home();
    Path samples = copySamples(homeDir.resolve("samples"));
    System.out.println("Marsad demo: home " + homeDir);
    try (Store store = home.openStore()) {
      Articles.Read read = Articles.read(List.of(samples), Clock.systemUTC());
      IngestCommand.IngestSummary ingested = IngestCommand.ingest(store, List.of(samples));
      System.out.printf("ingested %d sample(s) (%d new)%n", read.documents().size(), ingested.added());
      Processor.Summary processed = new Processor(store, 2).run();
      System.out.printf("processed %d document(s); %d record(s)%n", processed.processed() + processed.skipped(), processed.records());
      List<SummaryReport.Row> rows = new ArrayList<>();
      for (Document d : read.documents()) {
        List<ExtractedRecord> records = store.records().forDocument(d.id());
        DocumentStatus status = store.documents().status(d.id()).orElse(DocumentStatus.INGESTED);
        rows.add(new SummaryReport.Row(d, status, records));
      }
      Counts counts = store.counts();
      Path report = homeDir.resolve("reports").resolve("summary.html");
      SummaryReport.write(report, rows, counts);
      printTable(rows, counts);
      System.out.println("report: " + report.toUri());
      Path annual = annualReport(store, homeDir);
      if (annual != null) {
        System.out.println("annual report: " + annual.toUri());
      }
      return Main.OK;
    }
  }

  /**
   * Writes the annual report of the sample data as PDF: the whole years its events span, all
   * events but rejected ones (the samples are not reviewed). Returns where, or null when the samples
   * yielded no dated event.
   */
  static Path annualReport(Store store, Path homeDir) throws IOException {
    List<org.marsad.store.ReportEvent> all =
        store.reportEvents().between(java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(2999, 12, 31), false);
    if (all.isEmpty()) {
      return null;
    }
    org.marsad.app.report.Period period =
        org.marsad.app.report.Period.years(all.getFirst().date(), all.getLast().date());
    org.marsad.app.report.Snapshot snapshot =
        new org.marsad.app.report.SnapshotFiles(homeDir.resolve("snapshots"), Clock.systemUTC())
            .take(store.reportEvents(), period, false);
    Path pdf = homeDir.resolve("reports").resolve("annual-report.pdf");
    ReportCommand.write(snapshot, "pdf", pdf);
    return pdf;
  }

  private static void printTable(List<SummaryReport.Row> rows, Counts counts) {
    System.out.println();
    System.out.printf("%-62s %-10s %9s %9s%n", "document", "status", "incidents", "responses");
    for (SummaryReport.Row r : rows) {
      long incidents = r.records().stream().filter(x -> x.kind() == RecordKind.INCIDENT).count();
      long responses = r.records().size() - incidents;
      String name = Articles.shortName(r.document());
      System.out.printf("%-62s %-10s %9d %9d%n", name.length() > 62 ? name.substring(0, 59) + "..." : name,
          r.status().id(), incidents, responses);
    }
    long relevant = rows.stream().filter(r -> !r.records().isEmpty()).count();
    System.out.printf("%n%d of %d documents yielded records; stored: %d documents, %d incidents, %d responses, %d quarantined%n",
        relevant, rows.size(), counts.documents(), counts.incidents(), counts.responses(), counts.quarantined());
  }

  /** Copies the bundled samples to {@code dir} (listed in samples/INDEX) and returns it. */
  static Path copySamples(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (InputStream index = DemoCommand.class.getResourceAsStream(SAMPLES + "INDEX")) {
      if (index == null) {
        throw new IllegalStateException("the jar has no samples index " + SAMPLES + "INDEX");
      }
      for (String name : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (name.isBlank()) {
          continue;
        }
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name.trim())) {
          if (in == null) {
            throw new UncheckedIOException(new IOException("sample missing from the jar: " + name));
          }
          Files.write(dir.resolve(name.trim()), in.readAllBytes());
        }
      }
    }
    return dir;
  }
}
