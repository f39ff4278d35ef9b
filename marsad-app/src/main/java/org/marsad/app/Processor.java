package org.marsad.app;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.core.dedup.RecordMatcher;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.lang.LanguageStage;
import org.marsad.core.pipeline.StandardPipeline;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Pipeline;
import org.marsad.core.stage.StageFailure;
import org.marsad.store.DocumentStatus;
import org.marsad.store.Store;

/**
 * The embedded host: runs the standard pipeline over the stored documents that await it and
 * stores their records, each of which then joins the event it reports or starts one ({@link
 * EventAssigner}). A document that fails is quarantined with its reason and marked failed; the
 * others go on. Re-running replaces a document's records (which leave their events) and assigns
 * them again, so it is idempotent. Its threads run at background priority ({@link
 * BackgroundPriority}): a workspace served by the same JVM answers first.
 */
final class Processor {

  record Summary(int processed, int skipped, int failed, int records) {}

  private static final int BATCH = 32;

  private final Store store;
  private final Pipeline pipeline;
  private final int threads;
  private final EventAssigner events;

  Processor(Store store, int threads) {
    this.store = store;
    this.pipeline = StandardPipeline.create();
    this.threads = threads;
    this.events = new EventAssigner(store, RecordMatcher.standard());
  }

  /** A short article that passes every gate of the cascade: each model the pipeline reads loads for it. */
  private static final Document WARM_UP = new Document("warm-up", "warm-up", "", "", LocalDate.of(2024, 3, 1), "", "",
      "On Friday, two men set fire to a mosque in Lyon, France, and burned copies of the Quran. The Secretary-General"
          + " of the Organisation of Islamic Cooperation condemned the arson attack on the mosque in a statement.");

  /**
   * Loads every model the pipeline reads (CoreNLP, the gazetteer, the registry), which it otherwise does on the
   * first document that needs them, by running it on a short article and storing nothing; then collects the
   * garbage of loading. For measurements of the steady state, as a long-running watch is.
   *
   * @throws IllegalStateException if that article no longer yields a record (then it did not load everything)
   */
  void warmUp() {
    int found = pipeline.apply(Analysis.of(WARM_UP)).get(ExtractStage.RECORDS).records().size();
    if (found == 0) {
      throw new IllegalStateException("the warm-up article yields no record, so the NLP models did not load");
    }
    System.gc();
  }

  Summary run() throws Exception {
    int processed = 0;
    int skipped = 0;
    int failed = 0;
    int records = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(threads, BackgroundPriority.threads("processing"))) {
      List<Document> batch;
      while (!(batch = store.documents().needingProcessing(BATCH)).isEmpty()) {
        List<Future<Outcome>> futures = batch.stream().map(d -> pool.submit(() -> process(d))).toList();
        for (Future<Outcome> f : futures) {
          Outcome o = f.get();
          switch (o.status()) {
            case PROCESSED -> processed++;
            case SKIPPED_LANGUAGE -> skipped++;
            default -> failed++;
          }
          records += o.records();
        }
      }
    }
    return new Summary(processed, skipped, failed, records);
  }

  private record Outcome(DocumentStatus status, int records) {}

  private Outcome process(Document doc) {
    try {
      Analysis a = pipeline.apply(Analysis.of(doc));
      var found = a.get(ExtractStage.RECORDS).records();
      store.records().replaceForDocument(doc.id(), found);
      events.assign(doc, found);
      boolean english = a.get(LanguageStage.LANGUAGE).equals("en");
      DocumentStatus status = english ? DocumentStatus.PROCESSED : DocumentStatus.SKIPPED_LANGUAGE;
      store.documents().markStatus(doc.id(), status, a.get(LanguageStage.LANGUAGE));
      return new Outcome(status, found.size());
    } catch (StageFailure f) {
      store.quarantine().add(new Quarantined(doc.source(), f.stage(), f.getMessage(),
          doc.text().getBytes(StandardCharsets.UTF_8)));
      store.documents().markStatus(doc.id(), DocumentStatus.FAILED);
      return new Outcome(DocumentStatus.FAILED, 0);
    }
  }
}
