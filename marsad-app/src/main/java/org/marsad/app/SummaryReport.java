package org.marsad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.store.Counts;
import org.marsad.store.DocumentStatus;

/**
 * The demo's HTML summary: counts, then per document its records with their date, place, actors
 * and the sentences that state them. Every text is escaped.
 */
final class SummaryReport {

  record Row(Document document, DocumentStatus status, List<ExtractedRecord> records) {}

  private SummaryReport() {}

  static void write(Path file, List<Row> rows, Counts counts) throws IOException {
    StringBuilder h = new StringBuilder();
    h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Marsad summary</title>")
        .append("<style>body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}")
        .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left;vertical-align:top}")
        .append(".kind-incident{color:#a11}.kind-response{color:#146}blockquote{margin:.2em 0 .6em 1em;color:#555}")
        .append(".muted{color:#888}</style></head><body>");
    h.append("<h1>Marsad summary</h1>");
    h.append("<p>").append(counts.documents()).append(" documents, ").append(counts.incidents())
        .append(" incidents, ").append(counts.responses()).append(" responses, ")
        .append(counts.quarantined()).append(" quarantined.</p>");
    for (Row r : rows) {
      if (r.records().isEmpty()) {
        continue;
      }
      h.append("<h2>").append(esc(Articles.shortName(r.document()))).append("</h2><p class=\"muted\">published ")
          .append(r.document().published() == null ? "unknown" : r.document().published()).append("</p><table>")
          .append("<tr><th>kind</th><th>type</th><th>date</th><th>place</th><th>who</th></tr>");
      for (ExtractedRecord x : r.records()) {
        h.append("<tr><td class=\"kind-").append(x.kind().id()).append("\">").append(x.kind().id()).append("</td><td>")
            .append(esc(x.type())).append("</td><td>").append(x.date() == null ? "" : x.date())
            .append(x.dateEnd() == null ? "" : " to " + x.dateEnd()).append("</td><td>")
            .append(x.place() == null ? "" : esc(x.place().name() + ", " + x.place().country())).append("</td><td>")
            .append(esc(x.actors().stream().map(SummaryReport::actor).collect(Collectors.joining("; "))))
            .append("</td></tr><tr><td></td><td colspan=\"4\">");
        for (Evidence e : x.evidence()) {
          h.append("<blockquote>").append(esc(e.quote())).append("</blockquote>");
        }
        h.append("</td></tr>");
      }
      h.append("</table>");
    }
    long passed = rows.stream().filter(r -> r.records().isEmpty()).count();
    h.append("<h2>Passed over</h2><p>").append(passed).append(" documents yielded no record:</p><ul>");
    for (Row r : rows) {
      if (r.records().isEmpty()) {
        h.append("<li>").append(esc(Articles.shortName(r.document()))).append(" <span class=\"muted\">(")
            .append(r.status().id()).append(")</span></li>");
      }
    }
    h.append("</ul></body></html>\n");
    Files.createDirectories(file.getParent());
    Files.writeString(file, h);
  }

  private static String actor(Actor a) {
    StringBuilder s = new StringBuilder(a.name());
    if (!a.title().isEmpty() && !a.title().equals(a.name())) {
      s.append(", ").append(a.title());
    }
    if (!a.country().isEmpty()) {
      s.append(" (").append(a.country()).append(")");
    }
    return s.append(" [").append(a.role()).append("]").toString();
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }
}
