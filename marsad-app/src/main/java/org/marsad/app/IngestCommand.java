package org.marsad.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.ingest.Ingestor;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code marsad ingest PATH...}: store articles; the same content twice is stored once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Store article files (seed format, text, HTML, JSON Lines); bad files go to quarantine.")
final class IngestCommand implements Callable<Integer> {

  @Mixin HomeOptions home;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Override
  public Integer call() {
    try (Store store = home.openStore()) {
      IngestSummary s = ingest(store, paths);
      System.out.printf("ingested %d new document(s), %d already stored, %d quarantined%n", s.added(), s.known(), s.quarantined());
      if (s.quarantined() > 0) {
        System.err.println("marsad: " + s.quarantined() + " input(s) quarantined");
        return Main.QUARANTINED;
      }
      return Main.OK;
    }
  }

  record IngestSummary(int added, int known, int quarantined) {}

  /**
   * Ingests {@code paths} file by file: each file's documents (a JSON Lines file's, 10,000 lines at a
   * time) are stored in one transaction, then its quarantined items, before the next file is read. So memory holds one file at a time, and a crash
   * loses at most the file (or the part of 10,000
   * JSON lines) being stored, which the next run stores again (ids are content hashes and
   * quarantine is unique on source and content, so re-running stores nothing twice).
   */
  static IngestSummary ingest(Store store, List<Path> paths) {
    Ingestor ingestor = new Ingestor(Clock.systemUTC());
    int[] counts = new int[3];
    for (Path path : paths) {
      ingestor.ingestEach(path, one -> {
        int added = store.documents().insertAllIfAbsent(one.documents());
        counts[0] += added;
        counts[1] += one.documents().size() - added;
        for (Quarantined q : one.quarantined()) {
          store.quarantine().add(q);
          System.err.println("quarantined " + q.source() + ": " + q.reason());
        }
        counts[2] += one.quarantined().size();
      });
    }
    return new IngestSummary(counts[0], counts[1], counts[2]);
  }
}
