package org.marsad.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.ingest.Ingestor;
import org.marsad.core.json.RecordJson;
import org.marsad.core.pipeline.StandardPipeline;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Pipeline;
import org.marsad.core.stage.StageFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad extract}: files in, one JSON record per line out; no database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract incidents and responses from article files; print one JSON object per record per line.")
final class ExtractCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "jsonl", description = "Output format: jsonl (the only one so far).")
  String format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or folders.")
  List<Path> files;

  @Override
  public Integer call() {
    if (!format.equals("jsonl")) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "unknown --format: " + format);
    }
    Ingestor ingestor = new Ingestor(Clock.systemUTC());
    Pipeline pipeline = StandardPipeline.create();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    int[] failed = {0};
    // file by file, so that memory holds one file's documents whatever the number of files
    for (Path path : files) {
      ingestor.ingestEach(path, one -> {
        for (Quarantined q : one.quarantined()) {
          failed[0]++;
          System.err.println("quarantined " + q.source() + ": " + q.reason());
        }
        for (Document doc : one.documents()) {
          try {
            Analysis a = pipeline.apply(Analysis.of(doc));
            for (ExtractedRecord r : a.get(ExtractStage.RECORDS).records()) {
              out.println(RecordJson.toJson(Articles.shortName(doc), r));
            }
          } catch (StageFailure f) {
            failed[0]++;
            System.err.println("quarantined " + doc.source() + ": " + f.getMessage());
          }
        }
      });
    }
    out.flush();
    if (failed[0] > 0) {
      System.err.println("marsad: " + failed[0] + " input(s) quarantined");
      return Main.QUARANTINED;
    }
    return Main.OK;
  }
}
