package org.marsad.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.ingest.IngestResult;
import org.marsad.core.ingest.Ingestor;

/** Reads files and folders of articles into documents, collecting what had to be quarantined. */
final class Articles {

  record Read(List<Document> documents, List<Quarantined> quarantined) {}

  private Articles() {}

  static Read read(List<Path> paths, Clock clock) {
    Ingestor ingestor = new Ingestor(clock);
    List<Document> docs = new ArrayList<>();
    List<Quarantined> bad = new ArrayList<>();
    for (Path p : paths) {
      IngestResult r = ingestor.ingest(p);
      docs.addAll(r.documents());
      bad.addAll(r.quarantined());
    }
    return new Read(docs, bad);
  }

  /** The short name a document is reported under: its file name (with a line number for JSON Lines). */
  static String shortName(Document d) {
    String s = d.source();
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    return slash >= 0 ? s.substring(slash + 1) : s;
  }
}
