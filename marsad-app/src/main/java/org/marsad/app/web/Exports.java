package org.marsad.app.web;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.marsad.store.EventQuery;
import org.marsad.store.EventQueries;
import org.marsad.store.EventRow;

/**
 * Streams the events a filter selects as CSV, JSON or GeoJSON, row by row from a database cursor
 * straight to the response: memory does not grow with the number of rows. Thread-safe.
 */
final class Exports {

  static final String[] CSV_COLUMNS = {"id", "kind", "type", "date", "date_end", "place_name",
      "country", "lat", "lon", "status", "sources", "reviewed_by", "summary"};

  private final EventQueries events;

  Exports(EventQueries events) {
    this.events = events;
  }

  void csv(Context ctx, EventQuery f) throws IOException {
    start(ctx, "text/csv; charset=utf-8", "csv", f);
    try (Writer w = writer(ctx)) {
      w.write(String.join(",", CSV_COLUMNS));
      w.write("\r\n");
      events.stream(f, e -> {
        try {
          Object[] v = {e.id(), e.kind(), e.type(), e.date(), e.dateEnd(), e.placeName(),
              e.country(), e.lat(), e.lon(), e.status(), e.sources(), e.reviewedBy(), e.summary()};
          for (int i = 0; i < v.length; i++) {
            if (i > 0) {
              w.write(',');
            }
            w.write(csvField(v[i]));
          }
          w.write("\r\n");
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
    }
  }

  /** RFC 4180 quoting, and a leading quote on text a spreadsheet would run as a formula. */
  static String csvField(Object o) {
    if (o == null) {
      return "";
    }
    String s = o.toString();
    if (o instanceof String && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  void json(Context ctx, EventQuery f) throws IOException {
    start(ctx, "application/json; charset=utf-8", "json", f);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(ctx.res().getOutputStream())) {
      g.writeStartArray();
      events.stream(f, e -> write(g, () -> Json.MAPPER.writeValue(g, e)));
      g.writeEndArray();
    }
  }

  void geojson(Context ctx, EventQuery f) throws IOException {
    start(ctx, "application/geo+json; charset=utf-8", "geojson", f);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(ctx.res().getOutputStream())) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      events.stream(f, e -> {
        if (e.lat() != null && e.lon() != null) {
          write(g, () -> feature(g, e));
        }
      });
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void feature(JsonGenerator g, EventRow e) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(e.lon());
    g.writeNumber(e.lat());
    g.writeEndArray();
    g.writeEndObject();
    g.writeFieldName("properties");
    Json.MAPPER.writeValue(g, e);
    g.writeEndObject();
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void write(JsonGenerator g, IoAction a) {
    try {
      a.run();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static void start(Context ctx, String type, String ext, EventQuery f) {
    ctx.res().setContentType(type);
    ctx.res().setHeader("Content-Disposition",
        "attachment; filename=\"marsad-" + (f.kind() == null ? "events" : f.kind() + "s") + "." + ext + "\"");
    ctx.status(200);
  }

  private static Writer writer(Context ctx) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
  }
}
