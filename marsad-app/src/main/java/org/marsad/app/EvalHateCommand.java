package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.core.hate.HateScores;
import org.marsad.core.hate.HateXplainData;
import org.marsad.core.hate.LabelledPost;
import org.marsad.core.hate.PostClassifier;
import org.marsad.core.hate.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval hate --data DIR [--split dev|test]}: the post classifier against HateXplain. */
@Command(name = "hate", mixinStandardHelpOptions = true,
    description = "Score the post classifier on a HateXplain split, beside published figures.")
final class EvalHateCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "HateXplain folder (hatexplain_reconstructed.jsonl, post_id_divisions.json).")
  Path data;

  @Option(names = "--split", defaultValue = "test", description = "dev (the validation split, used for tuning) or test (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--model", paramLabel = "FILE", description = "A model file (default: the committed model).")
  Path modelFile;

  @Option(names = "--embedding-cache", paramLabel = "FILE", description = "Keep the posts' sentence embeddings in FILE between runs.")
  Path embeddingCache;

  @Override
  public Integer call() throws IOException {
    String name = switch (split) {
      case "dev", "val" -> "val";
      case "test" -> "test";
      default -> throw new IllegalArgumentException("--split must be dev or test: " + split);
    };
    List<LabelledPost> posts = HateXplainData.split(HateXplainData.read(data), name);
    PostClassifier classifier = modelFile == null ? PostClassifier.shared() : PostClassifier.load(modelFile);
    List<String> texts = posts.stream().map(LabelledPost::text).toList();
    long start = System.nanoTime();
    List<Verdict> verdicts = embeddingCache != null && classifier.usesEmbedding()
        ? classifier.classifyAll(texts, EmbeddingCache.open(embeddingCache).embed(texts))
        : classifier.classifyAll(texts);
    double seconds = (System.nanoTime() - start) / 1e9;
    HateScores s = HateScores.of(posts, verdicts);
    System.out.printf(Locale.ROOT, "HateXplain %s split, %d posts, model %s (%.1f s)%n%n", name, s.posts(),
        classifier.model(), seconds);
    System.out.printf(Locale.ROOT, "%-32s %8s %8s %8s %8s%n", "system", "accuracy", "macro-F1", "AUROC", "islam-F1");
    System.out.printf(Locale.ROOT, "%-32s %8.3f %8.3f %8.3f %8.3f%n", "Marsad " + classifier.model().split("@")[0],
        s.accuracy(), s.macroF1(), s.auroc(), s.islamF1());
    if (name.equals("test")) {
      for (HateFigures.Reference r : HateFigures.TEST) {
        System.out.printf(Locale.ROOT, "%-32s %8s %8s %8s %8s  %s%n", r.system(), fmt(r.accuracy()), fmt(r.macroF1()),
            fmt(r.auroc()), "-", r.source());
      }
    }
    System.out.printf(Locale.ROOT, "%nF1 per class: hate speech %.3f, offensive %.3f, normal %.3f%n",
        s.f1().get(0), s.f1().get(1), s.f1().get(2));
    System.out.printf(Locale.ROOT, "Islam target (label not normal, target Islam or Arab): %d gold posts, F1 %.3f,"
        + " AUROC %.3f%n", s.islamPositives(), s.islamF1(), s.islamAuroc());
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("split", name);
    line.put("posts", s.posts());
    line.put("accuracy", HateFigures.round(s.accuracy()));
    line.put("macro_f1", HateFigures.round(s.macroF1()));
    line.put("auroc", HateFigures.round(s.auroc()));
    line.put("islam_f1", HateFigures.round(s.islamF1()));
    line.put("islam_auroc", HateFigures.round(s.islamAuroc()));
    line.put("model", classifier.model());
    System.out.println(line);
    return Main.OK;
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
