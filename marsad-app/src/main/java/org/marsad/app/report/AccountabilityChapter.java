package org.marsad.app.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.store.ReportActor;
import org.marsad.store.ReportEvent;

/**
 * Chapter 6, Accountability: the incidents of the period with a known perpetrator and their legal
 * follow-up (arrest, charge, trial, verdict: the furthest stage named by the legal actions linked to
 * the incident or naming its perpetrator), those still open, and legal actions tied to no incident.
 * Stateless.
 */
final class AccountabilityChapter {

  static final int OPEN_LISTED = 40;
  static final int FOLLOWED_LISTED = 60;
  static final int OTHER_LISTED = 25;

  private AccountabilityChapter() {}

  static void write(Html h, ReportData d) {
    ReportText t = d.text;
    h.raw("<section class=\"chapter\" id=\"accountability\">\n").heading(2, null, t.get("ch6.title"));
    List<ReportEvent> legal = d.snapshot.events().stream()
        .filter(e -> !e.isIncident() && "legal_action".equals(e.type())).toList();
    Map<String, List<ReportEvent>> byName = new HashMap<>();
    for (ReportEvent l : legal) {
      for (ReportActor a : l.actors()) {
        byName.computeIfAbsent(a.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(l);
      }
    }
    List<ReportEvent> known = d.incidents.stream().filter(e -> !d.cues.perpetrators(e).isEmpty()).toList();
    List<ReportEvent> open = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    h.p(t.get("ch6.intro", known.size(), d.incidents.size()));
    h.heading(3, null, t.get("ch6.followed"));
    Html table = new Html();
    table.table("list", t.get("col.incident"), t.get("col.perpetrators"), t.get("col.stage"), t.get("col.legal_action"),
        t.get("col.sources"));
    int followed = 0;
    for (ReportEvent i : known) {
      Set<ReportEvent> actions = new LinkedHashSet<>();
      d.responsesTo.getOrDefault(i.id(), List.of()).stream().filter(r -> "legal_action".equals(r.type())).forEach(actions::add);
      for (ReportActor p : d.cues.perpetrators(i)) {
        byName.getOrDefault(p.name().toLowerCase(Locale.ROOT), List.of()).stream()
            .filter(l -> !l.date().isBefore(i.date())).forEach(actions::add);
      }
      if (actions.isEmpty()) {
        open.add(i);
        continue;
      }
      followed++;
      actions.forEach(a -> used.add(a.id()));
      if (followed > FOLLOWED_LISTED) {
        continue;
      }
      List<ReportEvent> sorted = actions.stream()
          .sorted(java.util.Comparator.comparing(ReportEvent::date).thenComparing(ReportEvent::id)).toList();
      String stage = furthest(d, sorted);
      ReportEvent last = sorted.getLast();
      table.row(Html.esc(d.when(i) + ", " + d.where(i) + ": " + t.type(i.type())),
          Html.esc(perpetrators(d, i)), Html.esc(t.get("stage." + stage)),
          Html.esc(d.day(last.date()) + ": " + ReportData.shortSummary(last, 160)),
          d.citations.of(i) + " " + sorted.stream().map(d.citations::of).distinct().collect(Collectors.joining(" ")));
    }
    table.endTable();
    if (followed > FOLLOWED_LISTED) {
      table.note(t.get("ch6.followed_more", followed - FOLLOWED_LISTED));
    }
    if (followed == 0) {
      h.note(t.get("none.recorded"));
    } else {
      h.raw(table.toString());
    }
    h.heading(3, null, t.get("ch6.open") + " (" + open.size() + ")");
    if (open.isEmpty()) {
      h.note(t.get("none.recorded"));
    } else {
      h.raw("<ul class=\"compact\">\n");
      for (ReportEvent i : open.subList(0, Math.min(OPEN_LISTED, open.size()))) {
        h.raw("<li>").text(d.when(i) + ", " + d.where(i) + ": " + t.type(i.type()) + " — " + perpetrators(d, i))
            .raw(" ").raw(d.citations.of(i)).raw("</li>\n");
      }
      h.raw("</ul>\n");
      if (open.size() > OPEN_LISTED) {
        h.note(t.get("more_in_annex", open.size() - OPEN_LISTED));
      }
    }
    List<ReportEvent> unlinked = d.responses.stream()
        .filter(e -> "legal_action".equals(e.type()) && !used.contains(e.id())).toList();
    h.heading(3, null, t.get("ch6.other_legal") + " (" + unlinked.size() + ")");
    if (unlinked.isEmpty()) {
      h.note(t.get("none.recorded"));
    } else {
      h.table("list", t.get("col.date"), t.get("col.stage"), t.get("col.who"), t.get("col.what"), t.get("col.sources"));
      for (ReportEvent l : ReportData.mostCited(unlinked, OTHER_LISTED)) {
        h.row(Html.esc(d.when(l)), Html.esc(t.get("stage." + d.cues.legalStage(l))),
            Html.esc(ReportData.who(l, List.of())), Html.esc(ReportData.shortSummary(l, 200)), d.citations.of(l));
      }
      h.endTable();
      if (unlinked.size() > OTHER_LISTED) {
        h.note(t.get("more_in_annex_b", unlinked.size() - OTHER_LISTED));
      }
    }
    h.raw("</section>\n");
  }

  private static String furthest(ReportData d, List<ReportEvent> actions) {
    List<String> order = d.cues.legalStages().stream().map(ReportCues.Group::id).toList();
    return actions.stream().map(d.cues::legalStage).min(java.util.Comparator.comparingInt(order::indexOf)).orElse("arrest");
  }

  private static String perpetrators(ReportData d, ReportEvent i) {
    return d.cues.perpetrators(i).stream().map(ReportData::actor).distinct().collect(Collectors.joining("; "));
  }
}
