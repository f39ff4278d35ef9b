package org.marsad.app.report;

import java.util.List;
import org.marsad.store.ReportEvent;
import org.marsad.store.ReportSource;

/**
 * Chapter 7, Annex: the full list of incidents (date, place, type, perpetrators, days to the first
 * response, status, numbered citations), the list of responses, and the numbered list of sources (title, source, date, url).
 * Stateless.
 */
final class AnnexChapter {

  private AnnexChapter() {}

  /** Compact ISO dates for the annex's narrow column: 2023-08-01, or 2023-08-01 – 2023-08-03. */
  static String isoDates(ReportEvent e) {
    return e.dateEnd() == null || e.dateEnd().equals(e.date()) ? e.date().toString() : e.date() + " – " + e.dateEnd();
  }

  /** The source as cited: a feed or site as stored, a local file by its name only. */
  static String source(ReportSource s) {
    String src = s.source();
    int slash = Math.max(src.lastIndexOf('/'), src.lastIndexOf('\\'));
    return src.contains("://") || slash < 0 ? src : src.substring(slash + 1);
  }

  static void write(Html h, ReportData d) {
    ReportText t = d.text;
    h.raw("<section class=\"chapter\" id=\"annex\">\n").heading(2, null, t.get("ch7.title"));
    h.heading(3, "annex-incidents", t.get("ch7.incidents") + " (" + d.incidents.size() + ")");
    if (d.incidents.isEmpty()) {
      h.note(t.get("none.incidents"));
    } else {
      h.table("annex incidents", "#", t.get("col.date"), t.get("col.place"), t.get("col.type"), t.get("col.perpetrators"),
          t.get("col.first_response"), t.get("col.status"), t.get("col.sources"));
      int n = 0;
      for (ReportEvent e : d.incidents) {
        long days = d.daysToFirstResponse(e);
        h.row(Integer.toString(++n), isoDates(e), Html.esc(d.where(e)), Html.esc(t.type(e.type())),
            Html.esc(ReportData.who(e, List.of("perpetrator", "suspect"))), days < 0 ? "–" : Long.toString(days),
            Html.esc(t.get("status." + e.status())), d.citations.of(e));
      }
      h.endTable();
    }
    h.heading(3, "annex-responses", t.get("ch7.responses") + " (" + d.responses.size() + ")");
    if (d.responses.isEmpty()) {
      h.note(t.get("none.recorded"));
    } else {
      h.table("annex responses", "#", t.get("col.date"), t.get("col.place"), t.get("col.type"), t.get("col.who"),
          t.get("col.status"), t.get("col.sources"));
      int n = 0;
      for (ReportEvent e : d.responses) {
        h.row(Integer.toString(++n), isoDates(e), Html.esc(d.where(e)), Html.esc(t.type(e.type())),
            Html.esc(ReportData.who(e, List.of("agent"))), Html.esc(t.get("status." + e.status())), d.citations.of(e));
      }
      h.endTable();
    }
    h.heading(3, "annex-sources", t.get("ch7.sources") + " (" + d.citations.sources().size() + ")");
    h.raw("<ol class=\"sources\">\n");
    int n = 0;
    for (ReportSource s : d.citations.sources()) {
      n++;
      h.raw("<li id=\"src-").raw(Integer.toString(n)).raw("\">");
      h.raw("<span class=\"title\">").text(s.title().isEmpty() ? t.get("source.untitled") : s.title()).raw("</span>");
      if (!s.source().isEmpty()) {
        h.text(". ").text(source(s));
      }
      if (s.published() != null) {
        h.text(", ").text(d.day(s.published()));
      }
      h.text(".");
      if (!s.url().isEmpty()) {
        h.raw(" <span class=\"url\">").text(s.url()).raw("</span>");
      }
      h.raw("</li>\n");
    }
    h.raw("</ol>\n</section>\n");
  }
}
