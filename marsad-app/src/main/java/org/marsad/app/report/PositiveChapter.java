package org.marsad.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.ReportEvent;

/**
 * Chapter 3, Positive developments, in the OIC report's categories: court rulings against
 * hatred, protective laws and policies, support for mosques, interfaith initiatives (and others);
 * a legal action counts here when it ends in a conviction. Stateless.
 */
final class PositiveChapter {

  static final int LISTED = 25;

  private PositiveChapter() {}

  static void write(Html h, ReportData d) {
    ReportText t = d.text;
    h.raw("<section class=\"chapter\" id=\"positive\">\n").heading(2, null, t.get("ch3.title"));
    Map<String, List<ReportEvent>> byCategory = new LinkedHashMap<>();
    for (ReportEvent e : d.responses) {
      d.cues.positiveCategory(e).ifPresent(g -> byCategory.computeIfAbsent(g.id(), k -> new ArrayList<>()).add(e));
    }
    long total = byCategory.values().stream().mapToLong(List::size).sum();
    h.p(t.get("ch3.intro", total, d.name(d.period)));
    for (String category : List.of("court_rulings", "protective_laws", "mosque_support", "interfaith", "other_positive")) {
      List<ReportEvent> in = byCategory.getOrDefault(category, List.of());
      h.heading(3, null, t.get("positive." + category) + " (" + in.size() + ")");
      if (in.isEmpty()) {
        h.note(t.get("none.recorded"));
        continue;
      }
      h.table("list", t.get("col.date"), t.get("col.place"), t.get("col.who"), t.get("col.what"), t.get("col.sources"));
      for (ReportEvent e : ReportData.mostCited(in, LISTED)) {
        h.row(Html.esc(d.when(e)), Html.esc(d.where(e)), Html.esc(ReportData.who(e, List.of())),
            Html.esc(ReportData.shortSummary(e, 220)), d.citations.of(e));
      }
      h.endTable();
      if (in.size() > LISTED) {
        h.note(t.get("more_in_annex_b", in.size() - LISTED));
      }
    }
    h.raw("</section>\n");
  }
}
