package org.marsad.app.report;

import java.util.List;
import org.marsad.store.ReportEvent;

/**
 * Chapter 5, Action plan: for each of the eight points (a)–(h) of UN Human Rights Council
 * resolution 16/18, the state actions of the period that bear on it (responses by states or
 * officials matching the point's types or cue words in report-cues.json). Stateless.
 */
final class ActionPlanChapter {

  static final int LISTED = 12;

  private ActionPlanChapter() {}

  static void write(Html h, ReportData d) {
    ReportText t = d.text;
    h.raw("<section class=\"chapter\" id=\"action-plan\">\n").heading(2, null, t.get("ch5.title"));
    h.p(t.get("ch5.intro"));
    List<ReportEvent> stateActions = d.responses.stream()
        .filter(e -> e.actors().stream().anyMatch(d.cues::isStateActor)).toList();
    for (ReportCues.Group point : d.cues.actionPlan()) {
      List<ReportEvent> in = stateActions.stream().filter(e -> point.matches(e, ReportCues.text(e))).toList();
      h.heading(3, null, "(" + point.id() + ") " + t.get("plan." + point.id()) + " (" + in.size() + ")");
      if (in.isEmpty()) {
        h.note(t.get("ch5.none"));
        continue;
      }
      h.table("list", t.get("col.date"), t.get("col.who"), t.get("col.what"), t.get("col.sources"));
      for (ReportEvent e : ReportData.mostCited(in, LISTED)) {
        String who = e.actors().stream().filter(d.cues::isStateActor).map(ReportData::actor).distinct()
            .reduce((a, b) -> a + "; " + b).orElse("");
        h.row(Html.esc(d.when(e)), Html.esc(who), Html.esc(t.type(e.type()) + ": " + ReportData.shortSummary(e, 200)),
            d.citations.of(e));
      }
      h.endTable();
      if (in.size() > LISTED) {
        h.note(t.get("more_in_annex_b", in.size() - LISTED));
      }
    }
    h.raw("</section>\n");
  }
}
