package org.marsad.app.web;

import org.marsad.store.Role;

/**
 * The frame of every page: head, navigation, who is signed in (with a sign-out form carrying the
 * CSRF token). Stateless; every value it prints is escaped.
 */
final class Layout {

  private Layout() {}

  static String page(String title, Principal p, String active, String body) {
    StringBuilder b = new StringBuilder(body.length() + 2048);
    b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.esc(title)).append(" · Marsad</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\">")
        .append("<script src=\"/static/app.js\" defer></script></head><body><header><nav>")
        .append("<a class=\"brand\" href=\"/\">Marsad</a>");
    nav(b, "/", "Incidents", active);
    nav(b, "/responses", "Responses", active);
    nav(b, "/map", "Map", active);
    nav(b, "/timeline", "Timeline", active);
    if (p.can(Role.ANALYST)) {
      nav(b, "/review", "Review queue", active);
    }
    nav(b, "/search", "Search", active);
    b.append("<span class=\"who\">");
    if (p.signedIn()) {
      b.append(Html.esc(p.user().name())).append(" (").append(p.user().role().id()).append(") ")
          .append("<form class=\"inline\" method=\"post\" action=\"/logout\">")
          .append(csrf(p)).append("<button>Sign out</button></form>");
    } else {
      b.append("<a href=\"/login\">Sign in</a>");
    }
    b.append("</span></nav></header><main>").append(body).append("</main></body></html>");
    return b.toString();
  }

  static String csrf(Principal p) {
    return p.csrf() == null ? ""
        : "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.esc(p.csrf()) + "\">";
  }

  private static void nav(StringBuilder b, String href, String label, String active) {
    b.append("<a href=\"").append(href).append('"')
        .append(href.equals(active) ? " class=\"active\"" : "").append('>')
        .append(label).append("</a>");
  }
}
