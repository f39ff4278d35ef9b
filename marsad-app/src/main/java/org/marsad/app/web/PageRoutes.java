package org.marsad.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.marsad.app.search.SearchIndex;
import org.marsad.store.DocumentQueries;
import org.marsad.store.EventDetail;
import org.marsad.store.ReviewAction;
import org.marsad.store.Role;
import org.marsad.store.User;
import org.marsad.store.Workspace;

/**
 * The server-rendered pages and the forms they post (sign in and out, review, bulk review). Forms
 * answer with a redirect (post/redirect/get). Thread-safe.
 */
final class PageRoutes {

  private final Workspace workspace;
  private final Security security;
  private final ListPages lists;
  private final EventPage events;
  private final OverviewPages overview;
  private final SearchPage search;

  PageRoutes(Workspace workspace, SearchIndex index, Security security) {
    this.workspace = workspace;
    this.security = security;
    this.lists = new ListPages(workspace);
    this.events = new EventPage(workspace);
    this.overview = new OverviewPages(workspace);
    this.search = new SearchPage(index);
  }

  private List<RouteTable.Route> routes = List.of();

  List<RouteTable.Route> routes() {
    return routes;
  }

  void register(RoutesConfig config) {
    RouteTable r = new RouteTable(config);
    r.get("/", ctx -> lists.list(ctx, "incident"));
    r.get("/incidents", ctx -> ctx.redirect("/"));
    r.get("/responses", ctx -> lists.list(ctx, "response"));
    r.get("/incidents/{id}", ctx -> events.show(ctx, "incident"));
    r.get("/responses/{id}", ctx -> events.show(ctx, "response"));
    r.get("/documents/{id}", this::document);
    r.get("/map", overview::map);
    r.get("/timeline", overview::timeline);
    r.get("/review", lists::reviewQueue);
    r.get("/search", search::show);
    r.get("/login", this::loginPage);
    r.post("/login", this::login);
    r.post("/logout", ctx -> {
      security.signOut(ctx);
      ctx.redirect("/", HttpStatus.SEE_OTHER);
    });
    r.post("/events/{id}/review", this::review);
    r.post("/review/bulk", this::bulk);
    routes = r.routes();
  }

  private void loginPage(Context ctx) {
    loginForm(ctx, null);
  }

  private void loginForm(Context ctx, String error) {
    String next = safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
    String body = "<h1>Sign in</h1>" + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + Html.esc(error) + "</p>")
        + "<form method=\"post\" action=\"/login\" class=\"login\"><input type=\"hidden\" name=\"_csrf\" value=\""
        + Html.esc(security.loginCsrf(ctx)) + "\"><input type=\"hidden\" name=\"next\" value=\"" + Html.esc(next)
        + "\"><label>Name <input name=\"name\" id=\"name\" autocomplete=\"username\" required></label>"
        + "<label>Password <input type=\"password\" name=\"password\" id=\"password\""
        + " autocomplete=\"current-password\" required></label><button id=\"signin\">Sign in</button></form>";
    ctx.html(Layout.page("Sign in", Principal.ANONYMOUS, "/login", body));
  }

  private void login(Context ctx) {
    if (security.signIn(ctx).isPresent()) {
      ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
      return;
    }
    HttpStatus status = ctx.status();
    String why = switch (status) {
      case TOO_MANY_REQUESTS -> "Too many failed attempts; wait a quarter of an hour.";
      case FORBIDDEN -> "The form expired; try again.";
      default -> "Wrong name or password.";
    };
    loginForm(ctx, why);
    ctx.status(status);
  }

  /** Only local paths: never redirect to another site after signing in. */
  static String safeNext(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
        && !next.contains("\r") && !next.contains("\n") ? next : "/";
  }

  private void document(Context ctx) {
    DocumentQueries.DocumentView d = workspace.documents().find(ctx.pathParam("id"))
        .orElseThrow(() -> new NotFoundResponse("no such document"));
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(Html.esc(d.title() == null || d.title().isBlank() ? d.id() : d.title()))
        .append("</h1><p><small>").append(Html.esc(d.published())).append(" · ").append(Html.esc(d.source()))
        .append(" · ").append(Html.externalLink(d.url(), d.url())).append(" · ").append(Html.esc(d.status()))
        .append("</small></p>");
    if (!d.events().isEmpty()) {
      b.append("<p>Events: ");
      for (long id : d.events()) {
        workspace.events().detail(id).ifPresent(e -> b.append("<a href=\"/").append(e.event().kind())
            .append("s/").append(id).append("\">").append(Html.esc(e.event().type())).append(" ")
            .append(id).append("</a> "));
      }
      b.append("</p>");
    }
    b.append("<div class=\"text\">").append(EventPage.highlight(d.text(), d.evidence())).append("</div>");
    ctx.html(Layout.page(d.title(), Principal.of(ctx), "/search", b.toString()));
  }

  private void review(Context ctx) {
    User u = Principal.of(ctx).require(Role.ANALYST);
    long id = ApiRoutes.longParam(ctx.pathParam("id"));
    EventDetail d = workspace.events().detail(id).orElseThrow(() -> new NotFoundResponse("no event " + id));
    ReviewAction action = EventPage.fromForm(ctx, d.event());
    if (action instanceof ReviewAction.Edit e && e.fields().isEmpty()) {
      throw new BadRequestResponse("nothing changed");
    }
    long result = workspace.reviews().apply(id, action, u.name());
    ctx.redirect("/" + d.event().kind() + "s/" + result, HttpStatus.SEE_OTHER);
  }

  private void bulk(Context ctx) {
    User u = Principal.of(ctx).require(Role.ANALYST);
    List<Long> ids = ctx.formParams("ids").stream().map(ApiRoutes::longParam).toList();
    String action = ctx.formParam("action");
    if (!"verify".equals(action) && !"reject".equals(action)) {
      throw new BadRequestResponse("bulk action must be verify or reject: " + action);
    }
    if (!ids.isEmpty()) {
      workspace.reviews().applyAll(ids, ReviewRequests.of(action, java.util.Map.of(), null, List.of()), u.name());
    }
    String kind = "response".equals(ctx.formParam("kind")) ? "response" : "incident";
    ctx.redirect("/review?kind=" + kind, HttpStatus.SEE_OTHER);
  }
}
