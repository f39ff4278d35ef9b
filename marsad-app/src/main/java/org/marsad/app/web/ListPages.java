package org.marsad.app.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.marsad.store.EventQuery;
import org.marsad.store.EventRow;
import org.marsad.store.Role;
import org.marsad.store.Workspace;

/**
 * The list pages: incidents and responses with filters, counts by type and country and paging, and
 * the review queue with checkboxes, bulk verify and reject, and keyboard shortcuts (app.js).
 * Thread-safe.
 */
final class ListPages {

  private final Workspace workspace;

  ListPages(Workspace workspace) {
    this.workspace = workspace;
  }

  void list(Context ctx, String kind) {
    EventQuery f = Filters.read(ctx, kind);
    Principal p = Principal.of(ctx);
    List<EventRow> rows = workspace.events().list(f);
    long total = workspace.events().count(f);
    StringBuilder b = new StringBuilder();
    String plural = kind + "s";
    b.append("<h1>").append(cap(plural)).append(" <small>").append(total).append(" found</small></h1>");
    filterForm(b, ctx, kind.equals("incident") ? "/" : "/responses");
    b.append("<div class=\"cols\"><section class=\"facets\">");
    facet(b, "Type", workspace.events().countsBy(f, "type"), ctx, "type");
    facet(b, "Country", workspace.events().countsBy(f, "country"), ctx, "country");
    b.append("<p><a href=\"/api/export/").append(plural).append(".csv?").append(Html.esc(query(ctx)))
        .append("\">Export CSV</a> · <a href=\"/api/export/").append(plural).append(".json?")
        .append(Html.esc(query(ctx))).append("\">JSON</a> · <a href=\"/api/export/").append(plural)
        .append(".geojson?").append(Html.esc(query(ctx))).append("\">GeoJSON</a></p>");
    b.append("</section><section class=\"results\">");
    table(b, rows, kind, false, kind.equals("response")
        ? workspace.events().actors(rows.stream().map(EventRow::id).toList()) : null);
    pager(b, ctx, f, total);
    b.append("</section></div>");
    ctx.html(Layout.page(cap(plural), p, kind.equals("incident") ? "/" : "/responses", b.toString()));
  }

  void reviewQueue(Context ctx) {
    Principal p = Principal.of(ctx);
    p.require(Role.ANALYST);
    String kind = "response".equals(ctx.queryParam("kind")) ? "response" : "incident";
    EventQuery f = Filters.read(ctx, kind).withStatus("unverified");
    List<EventRow> rows = workspace.events().list(f);
    long total = workspace.events().count(f);
    StringBuilder b = new StringBuilder();
    b.append("<h1>Review queue <small>").append(total).append(" unverified ").append(kind)
        .append("s</small></h1><p class=\"help\">Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>x</kbd>"
            + " select, <kbd>v</kbd> verify, <kbd>r</kbd> reject, <kbd>o</kbd> open,"
            + " <kbd>V</kbd>/<kbd>R</kbd> verify/reject the selected. <a href=\"/review?kind=")
        .append(kind.equals("incident") ? "response\">Responses" : "incident\">Incidents")
        .append("</a></p>");
    b.append("<form id=\"bulk\" method=\"post\" action=\"/review/bulk\">").append(Layout.csrf(p))
        .append("<input type=\"hidden\" name=\"kind\" value=\"").append(kind).append("\">")
        .append("<div class=\"bar\"><button name=\"action\" value=\"verify\" id=\"bulk-verify\">Verify selected</button>")
        .append("<button name=\"action\" value=\"reject\" id=\"bulk-reject\">Reject selected</button></div>");
    table(b, rows, kind, true, null);
    b.append("</form>");
    pager(b, ctx, f, total);
    ctx.html(Layout.page("Review queue", p, "/review", b.toString()));
  }

  /** The events as a table; with {@code actors}, a column of the actors behind each. */
  static void table(StringBuilder b, List<EventRow> rows, String kind, boolean selectable,
      Map<Long, List<String>> actors) {
    b.append("<table class=\"events").append(selectable ? " queue" : "").append("\"><thead><tr>");
    if (selectable) {
      b.append("<th></th>");
    }
    b.append("<th>Date</th><th>Type</th><th>Place</th>").append(actors == null ? "" : "<th>Actors</th>")
        .append("<th>Summary</th><th>Sources</th><th>Status</th></tr></thead><tbody>");
    for (EventRow e : rows) {
      String href = "/" + kind + "s/" + e.id();
      b.append("<tr class=\"item\" data-id=\"").append(e.id()).append("\" data-href=\"").append(href).append("\">");
      if (selectable) {
        b.append("<td><input type=\"checkbox\" name=\"ids\" value=\"").append(e.id())
            .append("\" aria-label=\"select ").append(e.id()).append("\"></td>");
      }
      b.append("<td>").append(Html.esc(dates(e))).append("</td><td>").append(Html.esc(e.type()))
          .append("</td><td>").append(Html.esc(place(e))).append("</td>");
      if (actors != null) {
        b.append("<td class=\"actors\">").append(Html.esc(String.join(", ", actors.getOrDefault(e.id(), List.of()))))
            .append("</td>");
      }
      b.append("<td><a href=\"").append(href)
          .append("\">").append(Html.esc(trim(e.summary(), 160))).append("</a></td><td>")
          .append(e.sources()).append("</td><td><span class=\"status ").append(Html.esc(e.status()))
          .append("\">").append(Html.esc(e.status())).append("</span></td></tr>");
    }
    if (rows.isEmpty()) {
      b.append("<tr><td colspan=\"8\">Nothing matches.</td></tr>");
    }
    b.append("</tbody></table>");
  }

  private static void filterForm(StringBuilder b, Context ctx, String action) {
    b.append("<form class=\"filters\" method=\"get\" action=\"").append(action).append("\">");
    input(b, ctx, "q", "Text", "search");
    input(b, ctx, "type", "Type", "text");
    input(b, ctx, "country", "Country", "text");
    input(b, ctx, "from", "From", "date");
    input(b, ctx, "to", "To", "date");
    b.append("<label>Status <select name=\"status\"><option value=\"\">any</option>");
    for (String s : List.of("unverified", "verified", "rejected")) {
      b.append("<option").append(s.equals(ctx.queryParam("status")) ? " selected" : "").append('>')
          .append(s).append("</option>");
    }
    b.append("</select></label><button>Filter</button></form>");
  }

  private static void input(StringBuilder b, Context ctx, String name, String label, String type) {
    b.append("<label>").append(label).append(" <input type=\"").append(type).append("\" name=\"")
        .append(name).append("\" value=\"").append(Html.esc(ctx.queryParam(name))).append("\"></label>");
  }

  private static void facet(StringBuilder b, String title, Map<String, Long> counts, Context ctx,
      String param) {
    b.append("<h3>").append(title).append("</h3><ul>");
    int shown = 0;
    for (var e : counts.entrySet()) {
      if (shown++ == 15) {
        break;
      }
      b.append("<li><a href=\"?").append(Html.esc(with(ctx, param, e.getKey()))).append("\">")
          .append(Html.esc(e.getKey())).append("</a> <span class=\"n\">").append(e.getValue())
          .append("</span></li>");
    }
    b.append("</ul>");
  }

  private static void pager(StringBuilder b, Context ctx, EventQuery f, long total) {
    b.append("<p class=\"pager\">");
    if (f.offset() > 0) {
      b.append("<a href=\"?").append(Html.esc(with(ctx, "offset", String.valueOf(Math.max(0, f.offset() - f.limit())))))
          .append("\">← newer</a> ");
    }
    b.append(total == 0 ? 0 : f.offset() + 1).append("–").append(Math.min(total, f.offset() + f.limit()))
        .append(" of ").append(total);
    if (f.offset() + f.limit() < total) {
      b.append(" <a href=\"?").append(Html.esc(with(ctx, "offset", String.valueOf(f.offset() + f.limit()))))
          .append("\">older →</a>");
    }
    b.append("</p>");
  }

  /** The query string of {@code ctx} with {@code name} set to {@code value} (offset reset). */
  static String with(Context ctx, String name, String value) {
    StringBuilder q = new StringBuilder();
    for (var e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().equals(name) || (e.getKey().equals("offset"))) {
        continue;
      }
      for (String v : e.getValue()) {
        q.append(q.isEmpty() ? "" : "&").append(Html.url(e.getKey())).append('=').append(Html.url(v));
      }
    }
    q.append(q.isEmpty() ? "" : "&").append(Html.url(name)).append('=').append(Html.url(value));
    return q.toString();
  }

  private static String query(Context ctx) {
    String q = ctx.queryString();
    return q == null ? "" : q;
  }

  static String dates(EventRow e) {
    if (e.date() == null) {
      return "undated";
    }
    return e.dateEnd() == null || e.dateEnd().equals(e.date()) ? e.date() : e.date() + " – " + e.dateEnd();
  }

  static String place(EventRow e) {
    if (e.placeName() == null) {
      return "";
    }
    return e.country() == null || e.placeName().equals(e.country()) ? e.placeName()
        : e.placeName() + ", " + e.country();
  }

  static String trim(String s, int n) {
    if (s == null) {
      return "";
    }
    return s.length() <= n ? s : s.substring(0, n) + "…";
  }

  static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
