package org.marsad.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.app.search.SearchIndex;
import org.marsad.store.EventDetail;
import org.marsad.store.EventQuery;
import org.marsad.store.EventRow;
import org.marsad.store.Role;
import org.marsad.store.User;
import org.marsad.store.Workspace;

/**
 * The JSON API under {@code /api} (and {@code /health}), as {@code openapi.json} describes it.
 * Remembers the routes it registers so a test can hold the document to them. Thread-safe after
 * registration.
 */
final class ApiRoutes {

  private final Workspace workspace;
  private final SearchIndex index;
  private final Exports exports;
  private final byte[] openapi;
  private List<RouteTable.Route> routes = List.of();

  ApiRoutes(Workspace workspace, SearchIndex index) {
    this.workspace = workspace;
    this.index = index;
    this.exports = new Exports(workspace.events());
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      this.openapi = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("openapi.json is missing from the jar", e);
    }
  }

  List<RouteTable.Route> routes() {
    return routes;
  }

  void register(RoutesConfig config) {
    RouteTable r = new RouteTable(config);
    r.get("/health", ctx -> Json.send(ctx, Map.of("status", "ok",
        "database", workspace.jdbi().withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()) == 1,
        "indexed", index.size())));
    r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    r.get("/api/me", ctx -> {
      User u = Principal.of(ctx).user();
      Json.send(ctx, u == null ? Map.of("signed_in", false)
          : Map.of("signed_in", true, "name", u.name(), "role", u.role().id()));
    });
    for (String kind : List.of("incident", "response")) {
      String base = "/api/" + kind + "s";
      r.get(base, ctx -> list(ctx, kind));
      r.get(base + "/{id}", ctx -> detail(ctx, kind));
      r.post(base + "/{id}/review", ctx -> review(ctx, kind));
      r.get("/api/export/" + kind + "s.csv", ctx -> exports.csv(ctx, exportFilter(ctx, kind)));
      r.get("/api/export/" + kind + "s.json", ctx -> exports.json(ctx, exportFilter(ctx, kind)));
      r.get("/api/export/" + kind + "s.geojson", ctx -> exports.geojson(ctx, exportFilter(ctx, kind)));
    }
    r.post("/api/review/bulk", this::bulk);
    r.get("/api/documents/{id}", ctx -> Json.send(ctx, workspace.documents()
        .find(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no such document"))));
    r.get("/api/search", this::search);
    r.get("/api/tokens", ctx -> Json.send(ctx,
        workspace.accounts().tokens(Principal.of(ctx).require(Role.VIEWER))));
    r.post("/api/tokens", this::addToken);
    r.post("/api/tokens/{id}/revoke", ctx -> {
      User u = Principal.of(ctx).require(Role.VIEWER);
      long id = longParam(ctx.pathParam("id"));
      if (!workspace.accounts().revokeToken(u, id)) {
        throw new NotFoundResponse("no live token " + id + " of " + u.name());
      }
      Json.send(ctx, Map.of("revoked", id));
    });
    r.post("/api/users", ctx -> {
      Principal.of(ctx).require(Role.ADMIN);
      JsonNode b = body(ctx);
      User u = workspace.accounts().add(b.path("name").asText(), Role.of(b.path("role").asText()),
          b.path("password").asText().toCharArray());
      ctx.status(201);
      Json.send(ctx, Map.of("id", u.id(), "name", u.name(), "role", u.role().id()));
    });
    routes = r.routes();
  }

  private void list(Context ctx, String kind) {
    EventQuery f = Filters.read(ctx, kind);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", workspace.events().count(f));
    out.put("limit", f.limit());
    out.put("offset", f.offset());
    out.put("items", workspace.events().list(f));
    if ("true".equals(ctx.queryParam("facets"))) {
      Map<String, Object> facets = new LinkedHashMap<>();
      for (String d : List.of("type", "country", "month")) {
        facets.put(d, workspace.events().countsBy(f, d));
      }
      out.put("facets", facets);
    }
    Json.send(ctx, out);
  }

  private void detail(Context ctx, String kind) {
    EventDetail d = event(ctx, kind);
    Json.send(ctx, d);
  }

  private EventDetail event(Context ctx, String kind) {
    long id = longParam(ctx.pathParam("id"));
    EventDetail d = workspace.events().detail(id)
        .orElseThrow(() -> MissingEvents.answer(workspace, ctx, kind, id, "/api/" + kind + "s"));
    if (!d.event().kind().equals(kind)) {
      throw new NotFoundResponse("event " + id + " is not a " + kind);
    }
    return d;
  }

  private void review(Context ctx, String kind) {
    User u = Principal.of(ctx).require(Role.ANALYST);
    EventDetail d = event(ctx, kind);
    long result = workspace.reviews().apply(d.event().id(), ReviewRequests.fromJson(body(ctx)), u.name());
    EventRow after = workspace.events().detail(result).orElseThrow().event();
    Json.send(ctx, after);
  }

  private void bulk(Context ctx) {
    User u = Principal.of(ctx).require(Role.ANALYST);
    JsonNode b = body(ctx);
    List<Long> ids = new ArrayList<>();
    b.path("ids").forEach(n -> ids.add(n.asLong()));
    if (ids.isEmpty() || ids.size() > 1000) {
      throw new BadRequestResponse("ids must list 1..1000 event ids");
    }
    String action = b.path("action").asText();
    if (!List.of("verify", "reject", "unverify").contains(action)) {
      throw new BadRequestResponse("bulk action must be verify, reject or unverify: " + action);
    }
    int n = workspace.reviews().applyAll(ids, ReviewRequests.of(action, Map.of(), null, List.of()), u.name());
    Json.send(ctx, Map.of("updated", n, "action", action));
  }

  private void search(Context ctx) {
    Map<String, String> drill = new LinkedHashMap<>();
    for (String d : SearchIndex.DIMENSIONS) {
      if (ctx.queryParam(d) != null) {
        drill.put(d, ctx.queryParam(d));
      }
    }
    Json.send(ctx, index.search(ctx.queryParam("q"), drill,
        Filters.integer(ctx.queryParam("limit"), 20, "limit"),
        Filters.integer(ctx.queryParam("offset"), 0, "offset")));
  }

  private void addToken(Context ctx) {
    User u = Principal.of(ctx).require(Role.VIEWER);
    String name = body(ctx).path("name").asText("");
    if (name.isBlank() || name.length() > 100) {
      throw new BadRequestResponse("a token needs a name of 1..100 characters");
    }
    ctx.status(201);
    Json.send(ctx, Map.of("name", name, "token", workspace.accounts().addToken(u, name)));
  }

  private static EventQuery exportFilter(Context ctx, String kind) {
    return Filters.read(ctx, kind);
  }

  static JsonNode body(Context ctx) {
    try {
      String b = ctx.body();
      return b.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(b);
    } catch (IOException e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getMessage());
    }
  }

  static long longParam(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("not an id: " + s);
    }
  }
}
