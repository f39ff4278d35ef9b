package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.core.source.GdeltExport;
import org.marsad.core.source.GdeltLeads;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad leads FILE...}: reads GDELT 2.0 events exports (and mentions exports, after the
 * events exports; a mention is a lead when its event was a lead of this run or, in the last seven
 * days, of an earlier run or of watch), plain or zipped, and queues each lead's article
 * URL for {@code watch} to fetch. An event is a lead when an actor has one of the default typology
 * pack's CAMEO religion codes ({@link GdeltLeads#defaults()}: the Muslim ones). A GDELT event is a
 * lead, never a record. A URL queued or fetched before is not queued again; malformed rows are
 * skipped and counted; a file that cannot be read, or none of whose rows is a GDELT 2.0 row, is
 * reported in one line and the next one read. Ends with one JSON line of counts.
 */
@Command(name = "leads", mixinStandardHelpOptions = true,
    description = "Queue the article URLs of GDELT 2.0 events with an actor of the typology pack's CAMEO "
        + "religion codes (default pack: MOS, SUN, SHI, SFI, ALE, the Muslim ones) from events and mentions "
        + "exports (.CSV or .CSV.zip) for watch to fetch.")
final class LeadsCommand implements Callable<Integer> {

  @Mixin HomeOptions home;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "GDELT 2.0 export files.")
  List<Path> files;

  @Option(names = "--max-inflated-mb", defaultValue = "512", paramLabel = "MB",
      description = "A zipped export inflating to more is refused (default: ${DEFAULT-VALUE}).")
  long maxInflatedMb;

  @Override
  public Integer call() {
    if (maxInflatedMb < 1) {
      System.err.println("marsad: --max-inflated-mb must be at least 1: " + maxInflatedMb);
      return Main.USAGE;
    }
    List<Path> ordered = new ArrayList<>(files.stream().filter(f -> !GdeltExport.isMentions(name(f))).toList());
    ordered.addAll(files.stream().filter(f -> GdeltExport.isMentions(name(f))).toList());
    Set<String> leadUrls = new LinkedHashSet<>();
    int rows = 0;
    int skipped = 0;
    int queued = 0;
    int failed = 0;
    try (Store store = home.openStore()) {
      Set<String> leadEvents = new HashSet<>(
          store.leads().eventsSince(Clock.systemUTC().instant().minus(GdeltRound.MENTIONS_WINDOW)));
      for (Path file : ordered) {
        GdeltLeads.Leads leads;
        try (InputStream in = Files.newInputStream(file)) {
          leads = GdeltExport.read(name(file), in, maxInflatedMb * 1024 * 1024, GdeltLeads.defaults(), leadEvents);
        } catch (IOException e) {
          failed++;
          System.err.println("marsad: " + file + ": " + oneLine(e));
          continue;
        }
        rows += leads.rows();
        skipped += leads.skipped();
        if (leads.rows() > 0 && leads.skipped() == leads.rows()) {
          failed++;
          System.err.println("marsad: " + file + ": not a GDELT 2.0 " + (GdeltExport.isMentions(name(file))
              ? "mentions" : "events") + " export: none of its " + leads.rows() + " row(s) has enough tab-separated"
              + " columns");
          continue;
        }
        if (!GdeltExport.isMentions(name(file))) {
          leadEvents.addAll(leads.eventIds());
          store.leads().rememberEvents(leads.eventIds());
        }
        leadUrls.addAll(leads.urls());
        queued += store.leads().queue(leads.urls(), name(file));
      }
    }
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("files", files.size()).put("failed", failed).put("rows", rows).put("skipped", skipped)
        .put("leads", leadUrls.size()).put("queued", queued);
    System.out.println(line);
    return failed > 0 ? Main.FAILURE : Main.OK;
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  /** The reason without the file name GdeltExport puts first (the full path is printed instead). */
  private static String oneLine(IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    int colon = m.indexOf(": ");
    return (colon >= 0 && e.getCause() != null ? m.substring(colon + 2) : m).replaceAll("\\s+", " ").strip();
  }
}
