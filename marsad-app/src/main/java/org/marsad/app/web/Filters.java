package org.marsad.app.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.marsad.store.EventQuery;

/**
 * Reads an {@link EventQuery} from query parameters ({@code type}, {@code country}, {@code from},
 * {@code to}, {@code status}, {@code q}, {@code limit}, {@code offset}); malformed values are a 400
 * with the reason. Stateless.
 */
final class Filters {

  private Filters() {}

  static EventQuery read(Context ctx, String kind) {
    for (String name : new String[] {"type", "country", "status", "q"}) {
      String v = ctx.queryParam(name);
      if (v != null && v.indexOf('\u0000') >= 0) { // PostgreSQL text cannot hold it; refused before an export starts
        throw new BadRequestResponse(name + " must not contain a NUL character");
      }
    }
    try {
      return new EventQuery(
          kind,
          ctx.queryParam("type"),
          upper(ctx.queryParam("country")),
          date(ctx.queryParam("from"), "from"),
          date(ctx.queryParam("to"), "to"),
          ctx.queryParam("status"),
          ctx.queryParam("q"),
          integer(ctx.queryParam("limit"), 50, "limit"),
          integer(ctx.queryParam("offset"), 0, "offset"));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  private static String upper(String s) {
    return s == null ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
  }

  static LocalDate date(String s, String name) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse(name + " must be a date YYYY-MM-DD: " + s);
    }
  }

  static int integer(String s, int otherwise, String name) {
    if (s == null || s.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a whole number: " + s);
    }
  }
}
