package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.core.eval.TempEvalCorpus;
import org.marsad.core.eval.TempEvalDoc;
import org.marsad.core.eval.TimexPair;
import org.marsad.core.eval.TimexScore;
import org.marsad.core.eval.TimexScorer;
import org.marsad.core.nlp.Timex;
import org.marsad.core.nlp.TimexOptions;
import org.marsad.core.nlp.TimexTagger;
import org.marsad.core.time.TimexAnnotation;
import org.marsad.core.time.TimexConvention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval dates --data DIR [--split dev|test]}: Marsad's timexes (the code of the NLP
 * stage over a pipeline without the parse) scored against TempEval-3 as its
 * {@code evaluation-entities} scores them. Deterministic: no sampling, documents in file order.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
    description = "Find and normalise the timexes of TempEval-3 (DIR/tempeval3.jsonl) and score them: "
        + "strict and relaxed extent, value and type.")
final class EvalDatesCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder with tempeval3.jsonl.")
  Path data;

  @Option(names = "--split", defaultValue = "test", paramLabel = "dev|test",
      description = "test: the 20 platinum documents; dev: the 256 TimeBank and AQUAINT training documents, "
          + "for tuning (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--without", split = ",", paramLabel = "CONVENTION",
      description = "Leave out these normalisation conventions (of ${COMPLETION-CANDIDATES}).")
  List<TimexConvention> without = List.of();

  @Option(names = "--ablation", description = "Also score without each convention in turn, on the same parse.")
  boolean ablation;

  @Option(names = "--errors", description = "List every miss, extra, extent and attribute error.")
  boolean errors;

  @Option(names = "--all", description = "With --errors, list the timexes found right too (OK).")
  boolean all;

  @Option(names = "--limit", defaultValue = "100000", description = "At most this many documents, in file order.")
  int limit;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    TempEvalCorpus.Split which;
    try {
      which = TempEvalCorpus.Split.named(split);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path file = data.resolve("tempeval3.jsonl");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no tempeval3.jsonl in " + data);
    }
    List<TempEvalDoc> docs = TempEvalCorpus.read(file, which).stream().limit(limit).toList();
    TimexOptions options = TimexOptions.NEWS;
    for (TimexConvention c : without) {
      options = options.without(c);
    }
    Map<TimexConvention, TimexOptions> ablated = new EnumMap<>(TimexConvention.class);
    if (ablation) {
      for (TimexConvention c : options.conventions()) {
        ablated.put(c, options.without(c));
      }
    }
    TimexTagger tagger = TimexTagger.load();
    Map<String, TimexScore> bySplit = new LinkedHashMap<>();
    Map<TimexConvention, TimexScore> withoutEach = new EnumMap<>(TimexConvention.class);
    TimexScore total = EMPTY;
    long start = System.nanoTime();
    for (TempEvalDoc doc : docs) {
      TimexTagger.Parsed parsed = tagger.parse(doc.text(), doc.dct());
      List<TimexPair> pairs = TimexScorer.align(doc.gold(), tags(tagger.read(parsed, options)));
      TimexScore score = TimexScorer.score(pairs);
      total = total.plus(score);
      bySplit.merge(doc.split(), score, TimexScore::plus);
      ablated.forEach((c, o) -> withoutEach.merge(c, TimexScorer.score(doc.gold(), tags(tagger.read(parsed, o))), TimexScore::plus));
      if (errors) {
        DatesErrors.print(doc, pairs, all, System.out);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    DatesTable.print(which, docs.size(), total, bySplit, options.conventions(), seconds, System.out);
    DatesTable.printAblation(total, withoutEach, System.out);
    System.out.println(json(which, docs.size(), total));
    return Main.OK;
  }

  private static final TimexScore EMPTY = new TimexScore(0, 0, 0, 0, 0, 0);

  private static List<TimexAnnotation> tags(List<Timex> timexes) {
    List<TimexAnnotation> out = new ArrayList<>();
    for (Timex t : timexes) {
      out.add(new TimexAnnotation(t.span(), t.type(), t.value()));
    }
    return out;
  }

  private static String json(TempEvalCorpus.Split split, int docs, TimexScore s) {
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("split", split.name().toLowerCase(java.util.Locale.ROOT));
    line.put("strict_f1", round(s.strictF1()));
    line.put("relaxed_f1", round(s.relaxedF1()));
    line.put("value_f1", round(s.valueF1()));
    line.put("type_f1", round(s.typeF1()));
    line.put("strict_precision", round(s.strictPrecision()));
    line.put("strict_recall", round(s.strictRecall()));
    line.put("relaxed_precision", round(s.relaxedPrecision()));
    line.put("relaxed_recall", round(s.relaxedRecall()));
    line.put("value_precision", round(s.valuePrecision()));
    line.put("value_recall", round(s.valueRecall()));
    line.put("value_accuracy", round(s.valueAccuracy()));
    line.put("documents", docs);
    line.put("gold", s.gold());
    line.put("system", s.system());
    line.put("strict", s.strict());
    line.put("relaxed", s.relaxed());
    line.put("value", s.value());
    line.put("type", s.type());
    return line.toString();
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
