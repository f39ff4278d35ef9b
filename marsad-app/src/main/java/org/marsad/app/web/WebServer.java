package org.marsad.app.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.marsad.app.search.SearchIndex;
import org.marsad.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysts' workspace over HTTP: the JSON API ({@code /api}, described at {@code
 * /api/openapi.json}), the server-rendered pages and their static files. Needs an open {@link
 * Workspace} and {@link SearchIndex}, which it does not close. One mapper turns failures into
 * statuses: bad input 400, missing 404, others 500 with a logged reason. Thread-safe; stop it once.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final ApiRoutes api;

  private WebServer(Javalin app, ApiRoutes api) {
    this.app = app;
    this.api = api;
  }

  /** Starts the server; {@link #port()} says where it listens. */
  public static WebServer start(ServerConfig config, Workspace workspace, SearchIndex index, Clock clock) {
    Security security = new Security(workspace.accounts(), config, clock);
    ApiRoutes api = new ApiRoutes(workspace, index);
    PageRoutes pages = new PageRoutes(workspace, index, security);
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.http.maxRequestSize = 1_000_000;
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/org/marsad/app/web/static";
        sf.location = Location.CLASSPATH;
      });
      cfg.routes.before(security::before);
      api.register(cfg.routes);
      pages.register(cfg.routes);
      cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> {
        ctx.status(400);
        Json.send(ctx, Map.of("error", e.getMessage() == null ? "bad request" : e.getMessage()));
      });
      cfg.routes.exception(NoSuchElementException.class, (e, ctx) -> {
        ctx.status(404);
        Json.send(ctx, Map.of("error", e.getMessage() == null ? "not found" : e.getMessage()));
      });
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
        ctx.status(e.getStatus());
        if (ctx.path().startsWith("/api/") || !acceptsHtml(ctx.header("Accept"))) {
          Json.send(ctx, Map.of("error", e.getMessage()));
        } else {
          ctx.html(Layout.page("Error " + e.getStatus(), Principal.of(ctx), "",
              "<h1>" + e.getStatus() + "</h1><p class=\"error\">" + Html.esc(e.getMessage()) + "</p>"
                  + (e.getStatus() == 401 ? "<p><a href=\"/login\">Sign in</a></p>" : "")));
        }
      });
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(500);
        Json.send(ctx, Map.of("error", "internal error; the server log has the reason"));
      });
    });
    app.start(config.host(), config.port());
    return new WebServer(app, api);
  }

  private static boolean acceptsHtml(String accept) {
    return accept != null && accept.contains("text/html");
  }

  public int port() {
    return app.port();
  }

  /** The API's routes as method and path, e.g. {@code get /api/incidents/{id}}. */
  public List<String> apiRoutes() {
    return api.routes().stream().map(r -> r.method() + " " + r.path()).toList();
  }

  @Override
  public void close() {
    app.stop();
  }
}
