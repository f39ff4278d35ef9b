package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.marsad.core.hate.HateLabel;
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
    double[] fpr = falsePositiveRates(posts, verdicts);
    System.out.printf(Locale.ROOT, "Normal posts flagged hateful or offensive: %.3f of all, %.3f of those naming Islam or"
        + " Muslims (%d posts)%n", fpr[0], fpr[1], (int) fpr[2]);
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("split", name);
    line.put("posts", s.posts());
    line.put("accuracy", HateFigures.round(s.accuracy()));
    line.put("macro_f1", HateFigures.round(s.macroF1()));
    line.put("auroc", HateFigures.round(s.auroc()));
    line.put("islam_f1", HateFigures.round(s.islamF1()));
    line.put("islam_auroc", HateFigures.round(s.islamAuroc()));
    line.put("fpr_normal", HateFigures.round(fpr[0]));
    line.put("fpr_normal_islam", HateFigures.round(fpr[1]));
    line.put("model", classifier.model());
    System.out.println(line);
    return Main.OK;
  }

  private static final Pattern NAMES_ISLAM = Pattern.compile(
      "\\b(muslim|moslem|islam|quran|koran|mosque|ramadan|hijab|imam)", Pattern.CASE_INSENSITIVE);

  /**
   * Share of gold-normal posts the classifier calls hate speech or offensive: over all of them, over
   * those that name Islam or Muslims, and how many those are.
   */
  static double[] falsePositiveRates(List<LabelledPost> posts, List<Verdict> verdicts) {
    int normal = 0;
    int flagged = 0;
    int normalIslam = 0;
    int flaggedIslam = 0;
    for (int i = 0; i < posts.size(); i++) {
      if (posts.get(i).label() != HateLabel.NORMAL) {
        continue;
      }
      boolean f = verdicts.get(i).label() != HateLabel.NORMAL;
      normal++;
      flagged += f ? 1 : 0;
      if (NAMES_ISLAM.matcher(posts.get(i).text()).find()) {
        normalIslam++;
        flaggedIslam += f ? 1 : 0;
      }
    }
    return new double[] {normal == 0 ? 0 : flagged / (double) normal,
        normalIslam == 0 ? 0 : flaggedIslam / (double) normalIslam, normalIslam};
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
