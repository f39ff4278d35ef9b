package org.marsad.core.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A child-JVM entry point for the memory tests: ingests each path given, part by part as the ingest command does, with the default
 * settings and a fixed clock (2025-06-15), and prints one tab-separated line per path: the path, the number of
 * documents, the number quarantined, and the first quarantine reason (or {@code -}). Runs under whatever
 * {@code -Xmx} the parent chose; an {@link OutOfMemoryError} kills it with a non-zero exit.
 */
public final class IngestProbe {

  private IngestProbe() {}

  public static void main(String[] args) {
    Ingestor ingestor = new Ingestor(Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneOffset.UTC));
    for (String arg : args) {
      long[] counts = new long[2];
      String[] reason = {"-"};
      // as the ingest command does: each part is handed on (there: stored) and dropped
      ingestor.ingestEach(Path.of(arg), part -> {
        counts[0] += part.documents().size();
        counts[1] += part.quarantined().size();
        if (reason[0].equals("-") && !part.quarantined().isEmpty()) {
          reason[0] = part.quarantined().get(0).reason();
        }
      });
      System.out.println(arg + "\t" + counts[0] + "\t" + counts[1] + "\t" + reason[0]);
    }
    System.out.flush();
  }
}
