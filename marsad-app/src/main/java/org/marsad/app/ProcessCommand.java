package org.marsad.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.marsad.app.search.SearchIndex;
import org.marsad.store.Workspace;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad process}: run the pipeline over stored documents that await it. */
@Command(name = "process", mixinStandardHelpOptions = true,
    description = "Run language, NLP, geocoding and extraction over the stored documents that await it.")
final class ProcessCommand implements Callable<Integer> {

  @Mixin HomeOptions home;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--again", description = "Process every stored document again (after a pipeline"
      + " upgrade); records keep their events and analysts' reviews, and running it twice changes nothing.")
  boolean again;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || threads > 256) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threads must be between 1 and 256: " + threads);
    }
    try (Store store = home.openStore()) {
      if (again) {
        System.out.printf("re-queued %d document(s)%n", store.documents().requeueAll());
      }
      Processor.Summary s = new Processor(store, threads).run();
      System.out.printf("processed %d document(s), %d in other languages, %d failed; %d record(s)%n",
          s.processed(), s.skipped(), s.failed(), s.records());
      try (Workspace w = Workspace.over(store, Clock.systemUTC(), 2);
          SearchIndex index = SearchIndex.open(home.home().resolve("index"))) {
        System.out.printf("search index: %d document(s) added, %d in all%n",
            index.sync(w.documents()), index.size());
      }
      if (s.failed() > 0) {
        System.err.println("marsad: " + s.failed() + " document(s) failed and were quarantined");
        return Main.QUARANTINED;
      }
      return Main.OK;
    }
  }
}
