package org.marsad.flink;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Document;
import org.marsad.core.ingest.Ingestor;

/** The articles the tests send: the two seeds from ../shared and fixtures about other things. */
final class Articles {

  static final List<String> OTHERS = List.of("business.txt", "football.txt", "weather.txt", "marche.txt");
  private static final Ingestor INGESTOR =
      new Ingestor(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

  private Articles() {}

  /** The two seed articles; skips the test when ../shared is absent. */
  static List<Document> seeds() {
    String shared = System.getenv().getOrDefault("MARSAD_SHARED", "../../shared");
    Path dir = Path.of(shared, "seeds");
    assumeTrue(Files.isDirectory(dir), "no seeds at " + dir.toAbsolutePath());
    List<Document> out = new ArrayList<>();
    for (String name : List.of("000_712beae123183450.txt", "003_e4b9f3156e9ffce2.txt")) {
      out.addAll(INGESTOR.ingest(dir.resolve(name)).documents());
    }
    return out;
  }

  /** Articles about business, football, the weather, and one in French. */
  static List<Document> others() {
    List<Document> out = new ArrayList<>();
    for (String name : OTHERS) {
      out.addAll(INGESTOR.ingest(name, resource("articles/" + name)).documents());
    }
    return out;
  }

  static byte[] resource(String name) {
    try (InputStream in = Articles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
