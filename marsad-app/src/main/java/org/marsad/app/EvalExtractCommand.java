package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.eval.EmittedRecord;
import org.marsad.core.eval.GoldFile;
import org.marsad.core.eval.GoldScorer;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.json.RecordJson;
import org.marsad.core.pipeline.StandardPipeline;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval extract --data DIR}: extraction scored against {@code DIR/gold.json}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Run extraction over the articles of DIR and score it against DIR/gold.json.")
final class EvalExtractCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder with gold.json and the articles it names.")
  Path data;

  @Override
  public Integer call() throws IOException {
    Path goldFile = data.resolve("gold.json");
    if (!Files.isRegularFile(goldFile)) {
      throw new IllegalArgumentException("no gold.json in " + data);
    }
    Map<String, GoldScorer.FileGold> gold = GoldFile.read(goldFile);
    List<Path> files = gold.keySet().stream().map(data::resolve).toList();
    Articles.Read read = Articles.read(files, Clock.systemUTC());
    Pipeline pipeline = StandardPipeline.create();
    Map<String, List<EmittedRecord>> emitted = new LinkedHashMap<>();
    for (Document doc : read.documents()) {
      List<EmittedRecord> records = new ArrayList<>();
      for (ExtractedRecord r : pipeline.apply(Analysis.of(doc)).get(ExtractStage.RECORDS).records()) {
        records.add(GoldFile.emitted(RecordJson.toJson(Articles.shortName(doc), r)));
      }
      emitted.put(Articles.shortName(doc), records);
    }
    read.quarantined().forEach(q -> System.out.println("quarantined " + q.source() + ": " + q.reason()));
    GoldScorer.Score score = GoldScorer.score(gold, emitted);
    for (GoldScorer.FileScore f : score.files()) {
      System.out.printf("%-40s required %d matched %d emitted %d correct %d%n",
          f.file(), f.required(), f.matched(), f.emitted(), f.correct());
      f.missed().forEach(m -> System.out.println("  MISS  " + m));
      f.extra().forEach(x -> System.out.println("  EXTRA " + x));
    }
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("recall", round(score.recall()));
    line.put("precision", round(score.precision()));
    line.put("negatives_clean", score.negativesClean());
    line.put("required", score.required());
    line.put("matched", score.matched());
    line.put("emitted", score.emitted());
    line.put("correct", score.correct());
    line.put("files", score.files().size());
    System.out.println(line);
    return Main.OK;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
