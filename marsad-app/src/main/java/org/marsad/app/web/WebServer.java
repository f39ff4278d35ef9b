package org.marsad.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.marsad.app.search.SearchIndex;
import org.marsad.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysts' workspace over HTTP: the JSON API ({@code /api}, described at {@code
 * /api/openapi.json}), the server-rendered pages and their static files. Needs an open {@link
 * Workspace} and {@link SearchIndex}, which it does not close. One mapper turns failures into
 * statuses: bad input 400 (a value the database refuses as data, SQLSTATE class 22, too), missing 404, others
 * 500 with a logged reason; every error answers one line of JSON (Jetty's own too, {@link JsonErrorHandler}).
 * Thread-safe; stop it once.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final ApiRoutes api;
  private final PageRoutes pages;

  private WebServer(Javalin app, ApiRoutes api, PageRoutes pages) {
    this.app = app;
    this.api = api;
    this.pages = pages;
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
      cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), "bad request"));
      cfg.routes.exception(NoSuchElementException.class, (e, ctx) -> error(ctx, 404, e.getMessage(), "not found"));
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
        String message = ErrorText.oneLine(e.getMessage(), "error");
        if (ctx.path().startsWith("/api/") || !acceptsHtml(ctx.header("Accept"))) {
          error(ctx, e.getStatus(), message, "error");
        } else {
          ctx.status(e.getStatus());
          ctx.html(Layout.page("Error " + e.getStatus(), Principal.of(ctx), "",
              "<h1>" + e.getStatus() + "</h1><p class=\"error\">" + Html.esc(message) + "</p>"
                  + (e.getStatus() == 401 ? "<p><a href=\"/login\">Sign in</a></p>" : "")));
        }
      });
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        Optional<SQLException> data = ErrorText.dataException(e);
        if (data.isPresent()) { // SQLSTATE class 22: a value the database cannot take came from the client
          error(ctx, 400, ErrorText.reason(data.get()), "bad request");
          return;
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error; the server log has the reason", "internal error");
      });
      // Jetty's own errors (bad URI, header too large...) in the same one-line JSON, not an HTML page
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
    });
    app.start(config.host(), config.port());
    return new WebServer(app, api, pages);
  }

  /** Answers {@code {"error": "..."}} with one line of at most {@value ErrorText#MAX} characters. */
  private static void error(Context ctx, int status, String message, String fallback) {
    ctx.status(status);
    Json.send(ctx, Map.of("error", ErrorText.oneLine(message, fallback)));
  }

  private static boolean acceptsHtml(String accept) {
    return accept != null && accept.contains("text/html");
  }

  public int port() {
    return app.port();
  }

  /** The API's routes as method and path, e.g. {@code get /api/incidents/{id}}. */
  public List<String> apiRoutes() {
    return api.routes().stream().map(RouteTable.Route::toString).toList();
  }

  /** Every route, the API's and the pages', as method and path, e.g. {@code post /events/{id}/review}. */
  public List<String> routes() {
    return java.util.stream.Stream.concat(api.routes().stream(), pages.routes().stream())
        .map(RouteTable.Route::toString).toList();
  }

  @Override
  public void close() {
    app.stop();
  }
}
