package org.marsad.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marsad.store.ReportEvent;

/**
 * Chapter 4, Responses: sessions, resolutions, statements and condemnations, calls and meetings,
 * and other responses of the period; which incidents drew which responses, from whom and how fast
 * (days from incident to first response); and the incidents that drew none. Stateless.
 */
final class ResponsesChapter {

  static final int UNANSWERED_LISTED = 40;
  static final int LISTED = 25;
  static final int ANSWERED_LISTED = 40;

  private ResponsesChapter() {}

  static void write(Html h, ReportData d) {
    ReportText t = d.text;
    h.raw("<section class=\"chapter\" id=\"responses\">\n").heading(2, null, t.get("ch4.title"));
    Map<String, List<ReportEvent>> groups = new LinkedHashMap<>();
    d.cues.responseGroups().forEach(g -> groups.put(g.id(), new ArrayList<>()));
    for (ReportEvent e : d.responses) {
      d.cues.responseGroup(e).ifPresent(g -> groups.get(g.id()).add(e));
    }
    h.p(t.get("ch4.intro", groups.values().stream().mapToLong(List::size).sum(), d.name(d.period)));
    h.table("figures", t.get("col.response_group"), t.get("col.count"));
    groups.forEach((g, list) -> h.row(Html.esc(t.get("responses." + g)), Long.toString(list.size())));
    h.endTable();
    for (Map.Entry<String, List<ReportEvent>> g : groups.entrySet()) {
      if (g.getValue().isEmpty()) {
        continue;
      }
      h.heading(3, null, t.get("responses." + g.getKey()));
      h.table("list", t.get("col.date"), t.get("col.type"), t.get("col.who"), t.get("col.what"), t.get("col.sources"));
      for (ReportEvent e : ReportData.mostCited(g.getValue(), LISTED)) {
        h.row(Html.esc(d.when(e)), Html.esc(t.type(e.type())), Html.esc(ReportData.who(e, List.of("agent", "participant"))),
            Html.esc(ReportData.shortSummary(e, 200)), d.citations.of(e));
      }
      h.endTable();
      if (g.getValue().size() > LISTED) {
        h.note(t.get("more_in_annex_b", g.getValue().size() - LISTED));
      }
    }
    answered(h, d);
    h.raw("</section>\n");
  }

  private static void answered(Html h, ReportData d) {
    ReportText t = d.text;
    List<ReportEvent> answered = new ArrayList<>();
    List<ReportEvent> unanswered = new ArrayList<>();
    for (ReportEvent i : d.incidents) {
      (d.daysToFirstResponse(i) >= 0 ? answered : unanswered).add(i);
    }
    h.heading(3, null, t.get("ch4.drew"));
    if (answered.isEmpty()) {
      h.note(t.get("ch4.drew_none"));
    } else {
      long[] days = answered.stream().mapToLong(d::daysToFirstResponse).sorted().toArray();
      long median = days[(days.length - 1) / 2];
      h.p(t.get("ch4.speed", answered.size(), d.incidents.size(), median, days[0], days[days.length - 1]));
      h.table("list", t.get("col.incident"), t.get("col.responses"), t.get("col.days"), t.get("col.sources"));
      List<ReportEvent> listed = new ArrayList<>(answered);
      listed.sort(java.util.Comparator.<ReportEvent>comparingInt(i -> -d.responsesTo.get(i.id()).size())
          .thenComparing(ReportEvent::date).thenComparing(ReportEvent::id));
      for (ReportEvent i : listed.subList(0, Math.min(ANSWERED_LISTED, listed.size())).stream()
          .sorted(java.util.Comparator.comparing(ReportEvent::date).thenComparing(ReportEvent::id)).toList()) {
        String rs = d.responsesTo.get(i.id()).stream()
            .map(r -> t.type(r.type()) + " — " + who(r) + " (" + d.day(r.date()) + ")")
            .distinct().map(Html::esc).collect(Collectors.joining("<br/>"));
        h.row(Html.esc(d.when(i) + ", " + d.where(i) + ": " + t.type(i.type())), rs,
            Long.toString(d.daysToFirstResponse(i)), d.citations.of(i));
      }
      h.endTable();
      if (answered.size() > ANSWERED_LISTED) {
        h.note(t.get("ch4.drew_more", answered.size() - ANSWERED_LISTED));
      }
    }
    h.heading(3, null, t.get("ch4.unanswered") + " (" + unanswered.size() + ")");
    if (unanswered.isEmpty()) {
      h.note(t.get("none.recorded"));
      return;
    }
    h.raw("<ul class=\"compact\">\n");
    for (ReportEvent i : unanswered.subList(0, Math.min(UNANSWERED_LISTED, unanswered.size()))) {
      h.raw("<li>").text(d.when(i) + ", " + d.where(i) + ": " + t.type(i.type())).raw(" ").raw(d.citations.of(i)).raw("</li>\n");
    }
    h.raw("</ul>\n");
    if (unanswered.size() > UNANSWERED_LISTED) {
      h.note(t.get("ch4.unanswered_more", unanswered.size() - UNANSWERED_LISTED));
    }
  }

  private static String who(ReportEvent r) {
    String w = ReportData.who(r, List.of("agent"));
    return w.isEmpty() ? ReportData.who(r, List.of()) : w;
  }
}
