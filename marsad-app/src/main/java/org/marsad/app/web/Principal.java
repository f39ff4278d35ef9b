package org.marsad.app.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import org.marsad.store.Role;
import org.marsad.store.User;

/**
 * Who made a request: nobody, a browser session (with its CSRF token), or a script with an API
 * token. Immutable.
 */
record Principal(User user, String csrf, boolean viaToken) {

  static final Principal ANONYMOUS = new Principal(null, null, false);
  static final String KEY = "marsad.principal";

  static Principal of(Context ctx) {
    Principal p = ctx.attribute(KEY);
    return p == null ? ANONYMOUS : p;
  }

  boolean signedIn() {
    return user != null;
  }

  boolean can(Role role) {
    return user != null && user.role().atLeast(role);
  }

  /** The user, when signed in with at least {@code role}; else 401 or 403. */
  User require(Role role) {
    if (user == null) {
      throw new UnauthorizedResponse("sign in first");
    }
    if (!user.role().atLeast(role)) {
      throw new ForbiddenResponse("needs the role " + role.id() + "; " + user.name() + " is "
          + user.role().id());
    }
    return user;
  }
}
