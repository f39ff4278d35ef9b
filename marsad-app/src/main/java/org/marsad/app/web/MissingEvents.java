package org.marsad.app.web;

import io.javalin.http.Context;
import io.javalin.http.GoneResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.RedirectResponse;
import org.marsad.store.EventRedirect;
import org.marsad.store.Workspace;

/**
 * The answer to a request for an event id that is not stored: 301 Moved Permanently, with {@code
 * Location} under {@code base}, when the event was merged into another (404 naming it for a
 * request that changes something); 410 Gone when it was deleted (its sources went and no analyst had reviewed it); else 404. Stateless and thread-safe.
 */
final class MissingEvents {

  private MissingEvents() {}

  /** The exception to throw for event {@code id} of {@code kind}, asked for under {@code base}. */
  static HttpResponseException answer(Workspace workspace, Context ctx, String kind, long id, String base) {
    EventRedirect r = workspace.events().redirect(id).orElse(null);
    if (r == null) {
      return new NotFoundResponse("no " + kind + " " + id);
    }
    if (r.gone()) {
      return new GoneResponse(kind + " " + id + " was deleted: its sources were withdrawn");
    }
    if (!ctx.method().name().equals("GET")) { // a change is never redirected: the analyst must see the target
      return new NotFoundResponse(kind + " " + id + " was merged into " + r.toId());
    }
    ctx.header("Location", base + "/" + r.toId());
    return new RedirectResponse(HttpStatus.MOVED_PERMANENTLY, kind + " " + id + " was merged into " + r.toId());
  }
}
