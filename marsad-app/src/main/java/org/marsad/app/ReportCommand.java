package org.marsad.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.report.Period;
import org.marsad.app.report.Reports;
import org.marsad.app.report.Snapshot;
import org.marsad.app.report.SnapshotFiles;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code marsad report}: the Observatory's annual report, monthly bulletin or report of any range
 * of days, as HTML or PDF, built from a frozen snapshot of the events ({@code <home>/snapshots/ID.json},
 * its id a hash of its content): unchanged data give the same snapshot, and the same snapshot the
 * same document. {@code --snapshot ID} rebuilds from a kept snapshot without reading the store.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the Observatory's report of a period (annual report, monthly bulletin) as HTML or PDF, from a frozen snapshot of the events.")
final class ReportCommand implements Callable<Integer> {

  @Mixin HomeOptions home;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--period", paramLabel = "YYYY|YYYY-MM|FROM..TO",
      description = "The period: a year (annual report), a month (bulletin) or FROM..TO (ISO dates). Required unless --snapshot is given.")
  String period;

  @Option(names = "--format", paramLabel = "html|pdf", description = "Output format (default: from --out's extension, else html).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: <home>/reports/report-PERIOD-SNAPSHOT.FORMAT).")
  Path out;

  @Option(names = "--status", paramLabel = "verified|all", defaultValue = "verified",
      description = "Count verified events only (default), or all but rejected ones.")
  String status;

  @Option(names = "--snapshot", paramLabel = "ID", description = "Rebuild from the kept snapshot ID instead of taking one.")
  String snapshotId;

  @Override
  public Integer call() throws Exception {
    String fmt = format(format, out);
    boolean verifiedOnly = switch (status) {
      case "verified" -> true;
      case "all" -> false;
      default -> throw new ParameterException(spec.commandLine(), "--status must be verified or all: " + status);
    };
    SnapshotFiles files = new SnapshotFiles(home.home().resolve("snapshots"), Clock.systemUTC());
    Snapshot snapshot;
    if (snapshotId != null) {
      try {
        snapshot = files.read(snapshotId);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    } else {
      if (period == null) {
        throw new ParameterException(spec.commandLine(), "--period is required (YYYY, YYYY-MM or FROM..TO)");
      }
      Period p;
      try {
        p = Period.parse(period);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      try (Store store = home.openStore()) {
        snapshot = files.take(store.reportEvents(), p, verifiedOnly);
      }
    }
    Path target = out != null ? out : defaultOut(home.home(), snapshot, fmt);
    write(snapshot, fmt, target);
    System.out.printf("snapshot %s taken %s (%d events)%n", snapshot.id(), snapshot.takenAt(), snapshot.events().size());
    System.out.println("report: " + target.toAbsolutePath());
    return Main.OK;
  }

  static Path defaultOut(Path home, Snapshot snapshot, String fmt) {
    return home.resolve("reports").resolve("report-" + snapshot.period().label().replace("..", "_") + "-"
        + snapshot.id() + "." + fmt);
  }

  /** Writes the report of {@code snapshot} as {@code fmt} (html or pdf) to {@code target}. */
  static void write(Snapshot snapshot, String fmt, Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (fmt.equals("pdf")) {
      try (OutputStream o = Files.newOutputStream(target)) {
        Reports.pdf(snapshot, o);
      }
    } else {
      Files.writeString(target, Reports.html(snapshot), StandardCharsets.UTF_8);
    }
  }

  private String format(String given, Path file) {
    String f = given;
    if (f == null && file != null) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      f = name.endsWith(".pdf") ? "pdf" : "html";
    }
    f = f == null ? "html" : f.toLowerCase(Locale.ROOT);
    if (!f.equals("html") && !f.equals("pdf")) {
      throw new ParameterException(spec.commandLine(), "--format must be html or pdf: " + given);
    }
    return f;
  }
}
