package org.marsad.app.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.app.search.SearchIndex;

/** The search page: full-text over documents with facets by type, country and month. Thread-safe. */
final class SearchPage {

  private final SearchIndex index;

  SearchPage(SearchIndex index) {
    this.index = index;
  }

  void show(Context ctx) {
    String q = ctx.queryParam("q");
    Map<String, String> drill = new LinkedHashMap<>();
    for (String d : SearchIndex.DIMENSIONS) {
      if (ctx.queryParam(d) != null && !ctx.queryParam(d).isBlank()) {
        drill.put(d, ctx.queryParam(d));
      }
    }
    int offset = Math.max(0, Math.min(10_000, Filters.integer(ctx.queryParam("offset"), 0, "offset")));
    SearchIndex.Result r = index.search(q, drill, 20, offset);
    StringBuilder b = new StringBuilder();
    b.append("<h1>Search <small>").append(r.total()).append(" documents</small></h1>")
        .append("<form class=\"filters\" method=\"get\" action=\"/search\"><input type=\"search\" name=\"q\" value=\"")
        .append(Html.esc(q)).append("\" autofocus size=\"50\"><button>Search</button></form>")
        .append("<div class=\"cols\"><section class=\"facets\">");
    for (var dim : r.facets().entrySet()) {
      b.append("<h3>").append(Html.esc(dim.getKey())).append("</h3><ul>");
      for (var e : dim.getValue().entrySet()) {
        b.append("<li><a href=\"/search?").append(Html.esc(ListPages.with(ctx, dim.getKey(), e.getKey())))
            .append("\">").append(Html.esc(e.getKey())).append("</a> <span class=\"n\">")
            .append(e.getValue()).append("</span></li>");
      }
      b.append("</ul>");
    }
    b.append("</section><section class=\"results\">");
    for (SearchIndex.Hit h : r.hits()) {
      b.append("<div class=\"hit\"><a href=\"/documents/").append(Html.url(h.id())).append("\">")
          .append(Html.esc(h.title() == null || h.title().isBlank() ? h.id() : h.title()))
          .append("</a> <small>").append(Html.esc(h.published())).append("</small><p>")
          .append(Html.esc(h.snippet())).append("</p></div>");
    }
    if (offset + 20 < r.total()) {
      b.append("<p class=\"pager\"><a href=\"/search?").append(Html.esc(ListPages.with(ctx, "offset", String.valueOf(offset + 20))))
          .append("\">more →</a></p>");
    }
    b.append("</section></div>");
    ctx.html(Layout.page("Search", Principal.of(ctx), "/search", b.toString()));
  }
}
