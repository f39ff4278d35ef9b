package org.marsad.app.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.marsad.store.Accounts;
import org.marsad.store.User;

/**
 * Who is asking and may they: reads the session cookie or the {@code Authorization: Bearer} token,
 * refuses cross-site form posts (CSRF tokens: the session's for signed-in forms, a double-submit
 * cookie for the sign-in form) and browser writes whose {@code Origin} is another site, keeps private workspaces
 * closed, signs in with a rate limit, and
 * sets the response headers that keep injected markup inert. Thread-safe.
 */
final class Security {

  static final String SESSION_COOKIE = "marsad_session";
  static final String LOGIN_CSRF_COOKIE = "marsad_login_csrf";

  private final Accounts accounts;
  private final ServerConfig config;
  /** Five failures per account name and thirty per client address in a quarter of an hour. */
  private final LoginLimiter nameLimiter;
  private final LoginLimiter addressLimiter;
  private final SecureRandom random = new SecureRandom();

  Security(Accounts accounts, ServerConfig config, Clock clock) {
    this.accounts = accounts;
    this.config = config;
    this.nameLimiter = new LoginLimiter(clock, 5, Duration.ofMinutes(15));
    this.addressLimiter = new LoginLimiter(clock, 30, Duration.ofMinutes(15));
  }

  /** Before every request: identify, check CSRF on writes, keep private workspaces closed. */
  void before(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'"
        + " 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
    Principal p = identify(ctx);
    ctx.attribute(Principal.KEY, p);
    boolean write = OriginCheck.isWrite(ctx.method());
    String path = ctx.path();
    if (!p.viaToken() && OriginCheck.refused(ctx.method(), ctx.header("Origin"), ctx.header("Host"))) {
      throw new ForbiddenResponse("cross-origin write refused: Origin " + ctx.header("Origin") + " is not this site");
    }
    if (write && p.signedIn() && !p.viaToken() && !path.equals("/login")) {
      String sent = Optional.ofNullable(ctx.header("X-CSRF-Token")).orElse(ctx.formParam("_csrf"));
      if (!equal(sent, p.csrf())) {
        throw new ForbiddenResponse("missing or wrong CSRF token");
      }
    }
    if (config.privateReads() && !p.signedIn() && !open(path)) {
      if (path.startsWith("/api/")) {
        throw new UnauthorizedResponse("this workspace is private: sign in or send a token");
      }
      ctx.redirect("/login?next=" + Html.url(path), HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
    }
  }

  private static boolean open(String path) {
    return path.equals("/login") || path.equals("/health") || path.startsWith("/static/")
        || path.startsWith("/webjars/");
  }

  private Principal identify(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null) {
      if (!auth.startsWith("Bearer ")) {
        throw new UnauthorizedResponse("Authorization must be Bearer TOKEN");
      }
      User u = accounts.byToken(auth.substring(7).strip())
          .orElseThrow(() -> new UnauthorizedResponse("unknown or revoked token"));
      return new Principal(u, null, true);
    }
    String cookie = ctx.cookie(SESSION_COOKIE);
    if (cookie != null) {
      Optional<Accounts.Session> s = accounts.session(cookie);
      if (s.isPresent()) {
        return new Principal(s.get().user(), s.get().csrf(), false);
      }
    }
    return Principal.ANONYMOUS;
  }

  /** A fresh token for the sign-in form, also set as a SameSite cookie to compare on post. */
  String loginCsrf(Context ctx) {
    byte[] b = new byte[24];
    random.nextBytes(b);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    setCookie(ctx, LOGIN_CSRF_COOKIE, token, 600);
    return token;
  }

  /**
   * Signs in from the form fields {@code name}, {@code password}, {@code _csrf}. A session the client presented
   * (its own from before, or one planted on it) is closed first, and the new session has a new id.
   *
   * @return the user, or empty with the reason in {@code ctx}'s status (401, 403 or 429)
   */
  Optional<User> signIn(Context ctx) {
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    if (!equal(ctx.formParam("_csrf"), ctx.cookie(LOGIN_CSRF_COOKIE))) {
      ctx.status(HttpStatus.FORBIDDEN);
      return Optional.empty();
    }
    String ipKey = "ip:" + ctx.ip();
    String nameKey = "name:" + name;
    if (!addressLimiter.allowed(ipKey) || !nameLimiter.allowed(nameKey)) {
      ctx.status(HttpStatus.TOO_MANY_REQUESTS);
      return Optional.empty();
    }
    Optional<User> user = accounts.authenticate(name, password.toCharArray());
    if (user.isEmpty()) {
      addressLimiter.failed(ipKey);
      nameLimiter.failed(nameKey);
      ctx.status(HttpStatus.UNAUTHORIZED);
      return user;
    }
    nameLimiter.succeeded(nameKey);
    // no session fixation: whatever session the client presented ends here, and signing in gives a new id
    String presented = ctx.cookie(SESSION_COOKIE);
    if (presented != null && !presented.isEmpty()) {
      accounts.closeSession(presented);
    }
    Accounts.OpenedSession s = accounts.openSession(user.get());
    setCookie(ctx, SESSION_COOKIE, s.token(), (int) Accounts.SESSION_LIFE.toSeconds());
    setCookie(ctx, LOGIN_CSRF_COOKIE, "", 0); // the sign-in form's token is spent
    return user;
  }

  void signOut(Context ctx) {
    String cookie = ctx.cookie(SESSION_COOKIE);
    if (cookie != null) {
      accounts.closeSession(cookie);
    }
    setCookie(ctx, SESSION_COOKIE, "", 0);
  }

  private void setCookie(Context ctx, String name, String value, int maxAge) {
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAge
        + "; HttpOnly; SameSite=Strict" + (config.secureCookies() ? "; Secure" : ""));
  }

  private static boolean equal(String a, String b) {
    return a != null && b != null && !a.isEmpty()
        && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
