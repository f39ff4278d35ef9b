package org.marsad.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers routes on Javalin and remembers each as method and path, so tests can hold every route to a rule
 * (the OpenAPI document, the authorisation matrix). Not thread-safe while registering; read-only after.
 */
final class RouteTable {

  /** A registered route: method ({@code get}, {@code post}) and path ({@code /api/incidents/{id}}). */
  record Route(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final RoutesConfig routes;
  private final List<Route> registered = new ArrayList<>();

  RouteTable(RoutesConfig routes) {
    this.routes = routes;
  }

  void get(String path, Handler h) {
    registered.add(new Route("get", path));
    routes.get(path, h);
  }

  void post(String path, Handler h) {
    registered.add(new Route("post", path));
    routes.post(path, h);
  }

  List<Route> routes() {
    return List.copyOf(registered);
  }
}
