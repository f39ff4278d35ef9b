package org.marsad.flink;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Document;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.lang.LanguageStage;
import org.marsad.core.pipeline.StandardPipeline;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Gate;
import org.marsad.core.stage.Pipeline;
import org.marsad.core.stage.Stage;
import org.marsad.core.stage.StageFailure;
import org.marsad.store.DocumentStatus;

/**
 * The standard pipeline cut at its cascade gate, for a host that puts a topic between the two
 * halves: {@link #screen} runs the cheap stages before the gate and says whether the gate admits
 * the document; {@link #understand} runs the whole pipeline (the cheap stages again, a few
 * milliseconds, then the expensive ones) on an admitted document. The verdicts and records are
 * those of the embedded host, which runs the same {@link StandardPipeline}. Thread-safe: the stages
 * are, and CoreNLP is loaded once per JVM, on first use.
 */
final class PipelineSplit {

  /** What the screen made of a document: the result for the sink, or null when admitted. */
  record Screened(Document document, DocumentResult result) {
    boolean admitted() {
      return result == null;
    }
  }

  private final Pipeline full;
  private final Pipeline screen;
  private final Gate gate;

  private PipelineSplit(Pipeline full) {
    this.full = full;
    List<Stage> before = new ArrayList<>();
    Gate found = null;
    for (Stage s : full.stages()) {
      if (s instanceof Gate g) {
        found = g;
        break;
      }
      before.add(s);
    }
    if (found == null) {
      throw new IllegalArgumentException("pipeline \"" + full.name() + "\" has no gate to split at: "
          + full.stages().stream().map(Stage::name).toList());
    }
    this.gate = found;
    this.screen = Pipeline.of(full.name() + ".screen", before);
  }

  static PipelineSplit standard() {
    return of(StandardPipeline.create());
  }

  static PipelineSplit of(Pipeline full) {
    return new PipelineSplit(full);
  }

  Screened screen(Document doc) {
    Analysis a;
    try {
      a = screen.apply(Analysis.of(doc));
    } catch (StageFailure f) {
      return new Screened(doc, DocumentResult.failed(doc, f.stage(), f.getMessage()));
    }
    if (gate.admits(a)) {
      return new Screened(a.document(), null);
    }
    return new Screened(a.document(), DocumentResult.of(a.document(), statusOf(a), List.of()));
  }

  DocumentResult understand(Document doc) {
    try {
      Analysis a = full.apply(Analysis.of(doc));
      return DocumentResult.of(a.document(), statusOf(a), a.get(ExtractStage.RECORDS).records());
    } catch (StageFailure f) {
      return DocumentResult.failed(doc, f.stage(), f.getMessage());
    }
  }

  /** As the embedded host decides: English documents are processed, others skipped. */
  private static DocumentStatus statusOf(Analysis a) {
    return a.get(LanguageStage.LANGUAGE).equals("en")
        ? DocumentStatus.PROCESSED
        : DocumentStatus.SKIPPED_LANGUAGE;
  }
}
