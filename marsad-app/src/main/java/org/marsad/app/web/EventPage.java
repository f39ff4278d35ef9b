package org.marsad.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.store.AuditEntry;
import org.marsad.store.EventDetail;
import org.marsad.store.EventRow;
import org.marsad.store.ReviewAction;
import org.marsad.store.Role;
import org.marsad.store.Workspace;

/**
 * One incident or response: its fields, every source with its actors and the article text with the
 * evidence highlighted, linked events, the review form for analysts, and its history from the audit
 * log. Thread-safe.
 */
final class EventPage {

  private final Workspace workspace;

  EventPage(Workspace workspace) {
    this.workspace = workspace;
  }

  void show(Context ctx, String kind) {
    Principal p = Principal.of(ctx);
    long id = ApiRoutes.longParam(ctx.pathParam("id"));
    EventDetail d = workspace.events().detail(id)
        .filter(x -> x.event().kind().equals(kind))
        .orElseThrow(() -> MissingEvents.answer(workspace, ctx, kind, id, "/" + kind + "s"));
    EventRow e = d.event();
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(Html.esc(e.type())).append(" <span class=\"status ").append(Html.esc(e.status()))
        .append("\" id=\"status\">").append(Html.esc(e.status())).append("</span></h1>")
        .append("<p class=\"summary\">").append(Html.esc(e.summary())).append("</p><dl class=\"fields\">")
        .append("<dt>Date</dt><dd>").append(Html.esc(ListPages.dates(e))).append("</dd>")
        .append("<dt>Place</dt><dd>").append(Html.esc(ListPages.place(e))).append("</dd>")
        .append("<dt>Sources</dt><dd>").append(d.sources().size()).append("</dd>")
        .append("<dt>Reviewed by</dt><dd>").append(Html.esc(e.reviewedBy() == null ? "nobody yet" : e.reviewedBy()))
        .append("</dd></dl>");
    if (p.can(Role.ANALYST)) {
      reviewForms(b, p, d);
    }
    if (!d.links().isEmpty()) {
      b.append("<h2>").append(kind.equals("incident") ? "Responses to it" : "Incidents it concerns").append("</h2>");
      for (EventRow l : d.links()) {
        b.append("<p><a href=\"/").append(l.kind()).append("s/").append(l.id()).append("\">")
            .append(Html.esc(l.type())).append(" · ").append(Html.esc(ListPages.dates(l))).append(" · ")
            .append(Html.esc(ListPages.trim(l.summary(), 120))).append("</a></p>");
      }
    }
    b.append("<h2>Sources</h2>");
    java.util.Map<String, String> texts = workspace.documents().texts(
        d.sources().stream().map(EventDetail.Source::documentId).distinct().toList());
    for (EventDetail.Source s : d.sources()) {
      source(b, s, texts.get(s.documentId()));
    }
    history(b, d.history());
    ctx.html(Layout.page(e.type() + " " + id, p, kind.equals("incident") ? "/" : "/responses", b.toString()));
  }

  private static void source(StringBuilder b, EventDetail.Source s, String text) {
    b.append("<article class=\"source\" id=\"record-").append(s.recordId()).append("\"><h3>")
        .append(Html.externalLink(s.url(), s.title() == null || s.title().isBlank() ? s.documentId() : s.title()))
        .append(" <small>").append(Html.esc(s.published())).append(" · record ").append(s.recordId())
        .append(" · ").append(Html.esc(s.signal())).append(s.score() == null ? "" : String.format(" %.2f", s.score()))
        .append(" by ").append(Html.esc(s.decidedBy())).append("</small></h3>");
    b.append("<p class=\"recfields\">").append(Html.esc(s.type())).append(" · ").append(Html.esc(s.date()))
        .append(" · ").append(Html.esc(s.placeName())).append("</p>");
    if (!s.actors().isEmpty()) {
      b.append("<ul class=\"actors\">");
      for (EventDetail.Actor a : s.actors()) {
        b.append("<li><b>").append(Html.esc(a.name())).append("</b> ").append(Html.esc(a.role()))
            .append(a.title().isBlank() ? "" : ", " + Html.esc(a.title()))
            .append(a.country().isBlank() ? "" : " (" + Html.esc(a.country()) + ")").append("</li>");
      }
      b.append("</ul>");
    }
    if (text != null) {
      b.append("<div class=\"text\">").append(highlight(text, s.evidence())).append("</div>");
    }
    b.append("</article>");
  }

  /**
   * The text, escaped, with each evidence span in a {@code mark} (overlapping spans merged; spans
   * outside the text ignored). Offsets are UTF-16 units, as stored.
   */
  static String highlight(String text, List<EventDetail.Quote> quotes) {
    List<int[]> spans = new ArrayList<>();
    for (EventDetail.Quote q : quotes) {
      if (q.start() >= 0 && q.end() <= text.length() && q.start() < q.end()) {
        spans.add(new int[] {q.start(), q.end()});
      }
    }
    spans.sort(Comparator.comparingInt((int[] x) -> x[0]));
    StringBuilder b = new StringBuilder(text.length() + 64);
    int at = 0;
    int i = 0;
    while (i < spans.size()) {
      int start = Math.max(spans.get(i)[0], at);
      int end = spans.get(i)[1];
      while (++i < spans.size() && spans.get(i)[0] <= end) {
        end = Math.max(end, spans.get(i)[1]);
      }
      if (end <= start) {
        continue;
      }
      b.append(Html.esc(text.substring(at, start))).append("<mark>")
          .append(Html.esc(text.substring(start, end))).append("</mark>");
      at = end;
    }
    b.append(Html.esc(text.substring(at)));
    return b.toString();
  }

  private static void reviewForms(StringBuilder b, Principal p, EventDetail d) {
    long id = d.event().id();
    String action = "/events/" + id + "/review";
    b.append("<section class=\"review\"><h2>Review</h2><form method=\"post\" action=\"").append(action)
        .append("\" class=\"inline\">").append(Layout.csrf(p))
        .append("<button name=\"action\" value=\"verify\" id=\"verify\">Verify</button>")
        .append("<button name=\"action\" value=\"reject\" id=\"reject\">Reject</button>")
        .append("<button name=\"action\" value=\"unverify\">Back to queue</button></form>");
    EventRow e = d.event();
    b.append("<details><summary>Edit fields</summary><form method=\"post\" action=\"").append(action)
        .append("\">").append(Layout.csrf(p)).append("<input type=\"hidden\" name=\"action\" value=\"edit\">");
    editField(b, "type", e.type());
    editField(b, "date", e.date());
    editField(b, "date_end", e.dateEnd());
    editField(b, "place_name", e.placeName());
    editField(b, "country", e.country());
    editField(b, "summary", e.summary());
    b.append("<button>Save</button></form></details>");
    b.append("<details><summary>Merge into another event</summary><form method=\"post\" action=\"")
        .append(action).append("\">").append(Layout.csrf(p))
        .append("<input type=\"hidden\" name=\"action\" value=\"merge\"><label>Event id <input name=\"into\""
            + " inputmode=\"numeric\" required></label><button>Merge</button></form></details>");
    if (d.sources().size() > 1) {
      b.append("<details><summary>Split sources into a new event</summary><form method=\"post\" action=\"")
          .append(action).append("\">").append(Layout.csrf(p))
          .append("<input type=\"hidden\" name=\"action\" value=\"split\">");
      for (EventDetail.Source s : d.sources()) {
        b.append("<label><input type=\"checkbox\" name=\"records\" value=\"").append(s.recordId())
            .append("\"> record ").append(s.recordId()).append(": ")
            .append(Html.esc(ListPages.trim(s.title(), 80))).append("</label><br>");
      }
      b.append("<button>Split</button></form></details>");
    }
    b.append("</section>");
  }

  private static void editField(StringBuilder b, String name, String value) {
    b.append("<label>").append(name).append(" <input name=\"").append(name).append("\" value=\"")
        .append(Html.esc(value)).append("\"></label> ");
  }

  private static void history(StringBuilder b, List<AuditEntry> history) {
    b.append("<h2>History</h2>");
    if (history.isEmpty()) {
      b.append("<p>No changes by analysts yet.</p>");
      return;
    }
    b.append("<table class=\"history\"><tr><th>When</th><th>Who</th><th>What</th><th>Before</th><th>After</th></tr>");
    for (AuditEntry a : history) {
      b.append("<tr><td>").append(Html.esc(a.at())).append("</td><td>").append(Html.esc(a.actor()))
          .append("</td><td>").append(Html.esc(a.action())).append("</td><td><code>")
          .append(Html.esc(ListPages.trim(a.before(), 400))).append("</code></td><td><code>")
          .append(Html.esc(ListPages.trim(a.after(), 400))).append("</code></td></tr>");
    }
    b.append("</table>");
  }

  /** The review action a form posted; the edit form sends only the fields that changed. */
  static ReviewAction fromForm(Context ctx, EventRow current) {
    String action = ctx.formParam("action");
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    if ("edit".equals(action)) {
      java.util.Map<String, String> now = new java.util.HashMap<>();
      now.put("type", current.type());
      now.put("date", current.date());
      now.put("date_end", current.dateEnd());
      now.put("place_name", current.placeName());
      now.put("country", current.country());
      now.put("summary", current.summary());
      for (String k : ReviewAction.Edit.KEYS) {
        String v = ctx.formParam(k);
        String old = now.get(k) == null ? "" : now.get(k);
        if (v != null && !v.strip().equals(old)) {
          fields.put(k, v.strip());
        }
      }
    }
    Long into = null;
    if (ctx.formParam("into") != null) {
      into = ApiRoutes.longParam(ctx.formParam("into").strip());
    }
    List<Long> records = ctx.formParams("records").stream().map(ApiRoutes::longParam).toList();
    return ReviewRequests.of(action == null ? "" : action, fields, into, records);
  }
}
