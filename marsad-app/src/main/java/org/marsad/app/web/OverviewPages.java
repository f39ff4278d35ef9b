package org.marsad.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.app.map.MapPoint;
import org.marsad.app.map.WorldMap;
import org.marsad.store.EventQueries;
import org.marsad.store.EventQuery;
import org.marsad.store.Workspace;

/**
 * The overview pages: a world map (countries shaded by the number of events, circles for cities;
 * offline, from Natural Earth shapes) and a timeline of events per month. Both take the list
 * filters. Thread-safe.
 */
final class OverviewPages {

  private final Workspace workspace;

  OverviewPages(Workspace workspace) {
    this.workspace = workspace;
  }

  void map(Context ctx) {
    EventQuery f = Filters.read(ctx, kind(ctx));
    Map<String, Long> counts = workspace.events().countsBy(f, "country");
    List<MapPoint> points = new ArrayList<>();
    for (EventQueries.PlaceCount pc : workspace.events().places(f)) {
      points.add(new MapPoint(pc.lat(), pc.lon(), pc.name() + ", " + pc.country(), pc.count()));
    }
    String title = ListPages.cap(f.kind()) + "s by country";
    StringBuilder b = new StringBuilder();
    b.append("<h1>Map <small>").append(Html.esc(f.kind())).append("s")
        .append(f.status() == null ? "" : ", " + Html.esc(f.status())).append("</small></h1>");
    kindSwitch(b, ctx, "/map");
    b.append("<div class=\"map\" id=\"map\">").append(WorldMap.shared().svg(counts, points, title))
        .append("</div><table class=\"counts\"><tr><th>Country</th><th>")
        .append(Html.esc(f.kind())).append("s</th></tr>");
    for (var e : counts.entrySet()) {
      b.append("<tr data-country=\"").append(Html.esc(e.getKey())).append("\"><td><a href=\"")
          .append(f.kind().equals("incident") ? "/" : "/responses").append("?country=")
          .append(Html.url(e.getKey())).append("\">").append(Html.esc(e.getKey()))
          .append("</a></td><td>").append(e.getValue()).append("</td></tr>");
    }
    b.append("</table>");
    ctx.html(Layout.page("Map", Principal.of(ctx), "/map", b.toString()));
  }

  void timeline(Context ctx) {
    EventQuery f = Filters.read(ctx, kind(ctx));
    Map<String, Long> months = workspace.events().countsBy(f, "month");
    long max = months.values().stream().mapToLong(Long::longValue).max().orElse(1);
    StringBuilder b = new StringBuilder();
    b.append("<h1>Timeline <small>").append(Html.esc(f.kind())).append("s per month</small></h1>");
    kindSwitch(b, ctx, "/timeline");
    b.append("<table class=\"timeline\">");
    for (var e : months.entrySet()) {
      String[] ym = e.getKey().split("-");
      java.time.YearMonth m = java.time.YearMonth.of(Integer.parseInt(ym[0]), Integer.parseInt(ym[1]));
      b.append("<tr><td><a href=\"").append(f.kind().equals("incident") ? "/" : "/responses")
          .append("?from=").append(m.atDay(1)).append("&amp;to=").append(m.atEndOfMonth()).append("\">")
          .append(Html.esc(e.getKey())).append("</a></td><td class=\"bar\"><span style=\"width:")
          .append(Math.max(1, 100 * e.getValue() / max)).append("%\"></span></td><td>")
          .append(e.getValue()).append("</td></tr>");
    }
    if (months.isEmpty()) {
      b.append("<tr><td>No dated events.</td></tr>");
    }
    b.append("</table>");
    ctx.html(Layout.page("Timeline", Principal.of(ctx), "/timeline", b.toString()));
  }

  private static String kind(Context ctx) {
    return "response".equals(ctx.queryParam("kind")) ? "response" : "incident";
  }

  private static void kindSwitch(StringBuilder b, Context ctx, String path) {
    b.append("<p><a href=\"").append(path).append("?kind=incident\">Incidents</a> · <a href=\"")
        .append(path).append("?kind=response\">Responses</a> · <a href=\"").append(path)
        .append("?kind=").append(kind(ctx)).append("&amp;status=verified\">verified only</a></p>");
  }
}
