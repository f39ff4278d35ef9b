package org.marsad.app.web;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What an error response says: one line of at most {@link #MAX} characters, never a stack trace, and which
 * database errors are the client's fault (SQLSTATE class 22, a data exception: a value PostgreSQL cannot take,
 * such as a NUL character or a number out of range). Stateless.
 */
final class ErrorText {

  /** The longest message an error response carries. */
  static final int MAX = 300;

  private ErrorText() {}

  /** {@code message} on one line (runs of white space, line breaks included, become one space), cut to {@link #MAX}. */
  static String oneLine(String message, String fallback) {
    String m = message == null ? "" : message.replaceAll("\\s+", " ").strip();
    if (m.isEmpty()) {
      m = fallback;
    }
    return m.length() <= MAX ? m : m.substring(0, MAX - 1) + "…";
  }

  /** The data exception (SQLSTATE class 22) among the causes of {@code e}, if any. */
  static Optional<SQLException> dataException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("22")) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The reason PostgreSQL gave for a data exception, without its "ERROR:" prefix and detail lines. */
  static String reason(SQLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return "bad input value: " + m.replaceFirst("^ERROR:\\s*", "");
  }
}
