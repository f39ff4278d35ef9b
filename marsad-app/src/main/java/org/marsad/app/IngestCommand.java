package org.marsad.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
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
      return s.quarantined() > 0 ? Main.QUARANTINED : Main.OK;
    }
  }

  record IngestSummary(int added, int known, int quarantined) {}

  static IngestSummary ingest(Store store, List<Path> paths) {
    Articles.Read read = Articles.read(paths, Clock.systemUTC());
    int added = 0;
    for (Document d : read.documents()) {
      if (store.documents().insertIfAbsent(d)) {
        added++;
      }
    }
    for (Quarantined q : read.quarantined()) {
      store.quarantine().add(q);
      System.err.println("quarantined " + q.source() + ": " + q.reason());
    }
    return new IngestSummary(added, read.documents().size() - added, read.quarantined().size());
  }
}
