package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ReportEvent;
import org.marsad.store.ReportSource;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * {@code marsad demo} end to end: it writes the annual report of its samples as PDF, which poppler
 * (Debian poppler-utils: pdftotext, pdftoppm) must read back with every chapter heading, the
 * numbers of incidents and responses the store holds, and every seed event with its type and
 * sources; its pages render to PNG. Loads CoreNLP and a real embedded PostgreSQL. Fails, never
 * skips, when poppler is missing: CI must install it.
 */
class DemoReportIT {

  @TempDir Path home;

  @Test
  void demo_samples_writeAnAnnualReportPdfWithEveryChapterAndTheSeedEvents() throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      code = Main.run("demo", "--home", home.toString(), "--exit");
    } finally {
      System.setOut(out);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isZero();
    Path pdf = home.resolve("reports").resolve("annual-report.pdf");
    assertThat(printed).contains("annual report: " + pdf.toUri());
    assertThat(pdf).exists();
    Files.copy(pdf, Path.of("target", "demo-annual-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    // NFKC: the PDF's text keeps the font's ligatures (U+FB00 for "ff"), as copying from a viewer does
    String text = java.text.Normalizer.normalize(run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"),
        java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    ResourceBundle words = ResourceBundle.getBundle("org.marsad.app.report.ReportText", Locale.ENGLISH);
    for (int chapter = 1; chapter <= 7; chapter++) {
      assertThat(text).contains(words.getString("ch" + chapter + ".title"));
    }
    List<ReportEvent> events;
    try (Store store = Store.open(StoreConfig.embedded(home), Clock.systemUTC())) {
      events = store.reportEvents().between(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31), false);
    }
    List<ReportEvent> seedEvents = new ArrayList<>();
    for (ReportEvent e : events) {
      if (e.sources().stream().anyMatch(s -> s.source().contains("seed-"))) {
        seedEvents.add(e);
      }
    }
    assertThat(seedEvents).as("the seed articles yield events").isNotEmpty();
    long incidents = events.stream().filter(ReportEvent::isIncident).count();
    assertThat(text).contains("A. Incidents (" + incidents + ")").contains("B. Responses (" + (events.size() - incidents) + ")");
    for (ReportEvent e : seedEvents) {
      assertThat(text).as(e.type()).contains(words.getString("type." + e.type()));
      for (ReportSource s : e.sources()) {
        assertThat(text).contains(Path.of(s.source()).getFileName().toString());
      }
    }
    assertThat(text).contains("Niamey");

    Path png = home.resolve("page");
    run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "3", pdf.toString(), png.toString());
    try (var pages = Files.list(home)) {
      List<Path> images = pages.filter(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".png")).sorted().toList();
      assertThat(images).hasSize(3);
      for (Path image : images) {
        assertThat(Files.size(image)).as(image + " has content").isGreaterThan(5_000);
      }
    }
  }

  /** Runs a poppler tool and returns what it printed; fails saying how to install it when absent. */
  static String run(String... command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError(command[0] + " is missing: install Debian poppler-utils (apt-get install -y poppler-utils)", e);
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    return output;
  }
}
