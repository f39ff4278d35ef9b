package org.marsad.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.marsad.store.ReportActor;
import org.marsad.store.ReportEvent;
import org.marsad.store.ReportEvents;
import org.marsad.store.ReportSource;

/**
 * Takes and keeps report snapshots as JSON files {@code <dir>/<id>.json} (format {@code
 * marsad-report-snapshot/1}). Taking reads the events from the store, writes them in a fixed
 * order and hashes that content; its time is the clock's, to the second. When a file with that id
 * exists already, its time is kept, so
 * re-running a report on unchanged data gives the same document. Needs the folder and a clock.
 * Thread-safe for distinct folders; two processes taking the same snapshot write equal content.
 */
public final class SnapshotFiles {

  static final String FORMAT = "marsad-report-snapshot/1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Clock clock;

  public SnapshotFiles(Path dir, Clock clock) {
    this.dir = Objects.requireNonNull(dir, "dir");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Reads the events of {@code period} and the period before it, and freezes them. */
  public Snapshot take(ReportEvents events, Period period, boolean verifiedOnly) throws IOException {
    return freeze(events.between(period.previous().from(), period.to(), verifiedOnly), period, verifiedOnly);
  }

  /**
   * Freezes events already read (those of {@code period} and the period before it, by date): writes
   * the snapshot file unless one with the same content exists, whose time is then kept.
   */
  public Snapshot freeze(List<ReportEvent> read, Period period, boolean verifiedOnly) throws IOException {
    ObjectNode content = content(period, verifiedOnly, read);
    byte[] bytes = JSON.writeValueAsBytes(content);
    String id = hash(bytes);
    Path file = file(id);
    if (Files.exists(file)) {
      return read(id);
    }
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT).put("id", id).put("taken_at", now.toString());
    root.set("content", content);
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, id, ".tmp");
    Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return new Snapshot(id, now, period, verifiedOnly, read);
  }

  /** Reads snapshot {@code id} back. */
  public Snapshot read(String id) throws IOException {
    if (!id.matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("snapshot id must be 16 hex digits: " + id);
    }
    Path file = file(id);
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("no snapshot " + id + " in " + dir);
    }
    JsonNode root = JSON.readTree(file.toFile());
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new IOException("not a " + FORMAT + " file: " + file + " (format=" + root.path("format").asText() + ")");
    }
    JsonNode c = root.get("content");
    Period period = new Period(LocalDate.parse(c.get("from").asText()), LocalDate.parse(c.get("to").asText()),
        Period.Kind.valueOf(c.get("kind").asText()), c.get("period").asText());
    List<ReportEvent> events = new ArrayList<>();
    for (JsonNode e : c.get("events")) {
      events.add(event(e));
    }
    return new Snapshot(id, Instant.parse(root.get("taken_at").asText()), period,
        c.get("verified_only").asBoolean(), events);
  }

  Path file(String id) {
    return dir.resolve(id + ".json");
  }

  private static ObjectNode content(Period period, boolean verifiedOnly, List<ReportEvent> events) {
    ObjectNode c = JSON.createObjectNode();
    c.put("period", period.label()).put("kind", period.kind().name())
        .put("from", period.from().toString()).put("to", period.to().toString())
        .put("verified_only", verifiedOnly);
    ArrayNode list = c.putArray("events");
    for (ReportEvent e : events) {
      ObjectNode o = list.addObject();
      o.put("id", e.id()).put("kind", e.kind()).put("type", e.type()).put("date", e.date().toString())
          .put("date_end", e.dateEnd() == null ? null : e.dateEnd().toString())
          .put("place", e.placeName()).put("country", e.country()).put("lat", e.lat()).put("lon", e.lon())
          .put("summary", e.summary()).put("status", e.status());
      ArrayNode actors = o.putArray("actors");
      for (ReportActor a : e.actors()) {
        actors.addObject().put("name", a.name()).put("type", a.type()).put("role", a.role())
            .put("title", a.title()).put("country", a.country());
      }
      ArrayNode sources = o.putArray("sources");
      for (ReportSource s : e.sources()) {
        sources.addObject().put("document", s.documentId()).put("title", s.title()).put("source", s.source())
            .put("url", s.url()).put("published", s.published() == null ? null : s.published().toString())
            .put("quote", s.quote());
      }
      ArrayNode incidents = o.putArray("incidents");
      e.incidents().forEach(incidents::add);
    }
    return c;
  }

  private static ReportEvent event(JsonNode o) {
    List<ReportActor> actors = new ArrayList<>();
    for (JsonNode a : o.get("actors")) {
      actors.add(new ReportActor(a.get("name").asText(), a.get("type").asText(), a.get("role").asText(),
          a.get("title").asText(), a.get("country").asText()));
    }
    List<ReportSource> sources = new ArrayList<>();
    for (JsonNode s : o.get("sources")) {
      sources.add(new ReportSource(s.get("document").asText(), s.get("title").asText(), s.get("source").asText(),
          s.get("url").asText(), date(s.get("published")), s.get("quote").asText()));
    }
    List<String> incidents = new ArrayList<>();
    o.get("incidents").forEach(i -> incidents.add(i.asText()));
    return new ReportEvent(o.get("id").asText(), o.get("kind").asText(), o.get("type").asText(),
        date(o.get("date")), date(o.get("date_end")), o.get("place").asText(), o.get("country").asText(),
        number(o.get("lat")), number(o.get("lon")), o.get("summary").asText(), o.get("status").asText(),
        actors, sources, incidents);
  }

  private static LocalDate date(JsonNode n) {
    return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
  }

  private static Double number(JsonNode n) {
    return n == null || n.isNull() ? null : n.asDouble();
  }

  static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
