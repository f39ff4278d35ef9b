package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.marsad.core.embed.SentenceEmbedder;
import org.marsad.core.hate.FeatureConfig;
import org.marsad.core.hate.HateScores;
import org.marsad.core.hate.HateTrainer;
import org.marsad.core.hate.HateXplainData;
import org.marsad.core.hate.LabelledPost;
import org.marsad.core.hate.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train hate --data DIR}: the post classifier from HateXplain's train split, tuned
 * and measured on its validation split, written with its provenance beside it.
 */
@Command(name = "hate", mixinStandardHelpOptions = true,
    description = "Train the post classifier (hate speech / offensive / normal, Islam target) on HateXplain.")
final class TrainHateCommand implements Callable<Integer> {

  static final Path DEFAULT_OUT = Path.of("marsad-core/src/main/resources/org/marsad/core/hate/hate-model.bin");

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "HateXplain folder (hatexplain_reconstructed.jsonl, post_id_divisions.json).")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", description = "Model file to write; the provenance goes beside it as *.provenance.json (default: ${DEFAULT-VALUE}, the committed model, when run from the source tree).")
  Path out = DEFAULT_OUT;

  @Option(names = "--dry-run", description = "Train and report, write nothing.")
  boolean dryRun;

  @Option(names = "--embedding-cache", paramLabel = "FILE", description = "Keep the posts' sentence embeddings in FILE between runs.")
  Path embeddingCache;

  @Option(names = "--seed", description = "Seed recorded in the provenance (default: the committed model's).")
  Long seed;

  @Option(names = "--l2", description = "L2 penalty of the three-class regression.")
  Double l2;

  @Option(names = "--islam-l2", description = "L2 penalty of the Islam-target regression.")
  Double islamL2;

  @Option(names = "--weights", split = ",", paramLabel = "W,C,L,E", description = "Feature group weights: word, char, lexicon, embedding (0 leaves a group out).")
  double[] weights;

  @Option(names = "--mlp", split = ",", paramLabel = "UNITS,EPOCHS,LR,DECAY,MEMBERS", description = "Perceptrons: hidden units (0: none), epochs, learning rate, weight decay, how many (seeds) to average.")
  double[] mlp;

  @Option(names = "--hash-bits", description = "n-grams are hashed into 2^BITS buckets.")
  Integer hashBits;

  @Option(names = "--char-ngrams", split = ",", paramLabel = "MIN,MAX", description = "Character n-gram lengths.")
  int[] charNgrams;

  @Option(names = "--word-ngrams", description = "Longest word n-gram.")
  Integer wordNgrams;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    TrainConfig config = config();
    Path posts = data.resolve(HateXplainData.POSTS);
    List<LabelledPost> all = HateXplainData.read(data);
    Function<List<String>, float[][]> embed = embeddingCache == null
        ? SentenceEmbedder.shared()::embedAll
        : EmbeddingCache.open(embeddingCache)::embed;
    HateTrainer.Training t = HateTrainer.train(all, config, embed,
        new HateTrainer.Source(data.getFileName().toString(), HateXplainData.POSTS, sha256(posts)));
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!dryRun) {
      if (out.toAbsolutePath().getParent() == null || !Files.isDirectory(out.toAbsolutePath().getParent())) {
        throw new IllegalArgumentException("no folder for the model file " + out + " (run from the source tree or give --out)");
      }
      Files.write(out, t.modelFile());
      Files.writeString(provenanceFile(out), t.provenance() + "\n", StandardCharsets.UTF_8);
      System.out.printf("wrote %s (%d bytes) and %s%n", out, t.modelFile().length, provenanceFile(out).getFileName());
    }
    HateScores v = t.validation();
    System.out.printf(Locale.ROOT, "validation (%d posts): accuracy %.4f  macro-F1 %.4f  AUROC %.4f  islam-F1 %.4f"
        + "  (F1 hate %.4f, offensive %.4f, normal %.4f)  in %.0f s%n", v.posts(), v.accuracy(), v.macroF1(),
        v.auroc(), v.islamF1(), v.f1().get(0), v.f1().get(1), v.f1().get(2), seconds);
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("split", "val");
    line.put("accuracy", HateFigures.round(v.accuracy()));
    line.put("macro_f1", HateFigures.round(v.macroF1()));
    line.put("auroc", HateFigures.round(v.auroc()));
    line.put("islam_f1", HateFigures.round(v.islamF1()));
    line.put("model_bytes", t.modelFile().length);
    line.put("seconds", Math.round(seconds));
    System.out.println(line);
    return Main.OK;
  }

  static Path provenanceFile(Path model) {
    String name = model.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".provenance.json");
  }

  private TrainConfig config() {
    TrainConfig d = TrainConfig.defaults();
    FeatureConfig f = d.features();
    f = new FeatureConfig(hashBits != null ? hashBits : f.hashBits(), wordNgrams != null ? wordNgrams : f.maxWordNgram(),
        charNgrams != null ? charNgrams[0] : f.minCharNgram(), charNgrams != null ? charNgrams[1] : f.maxCharNgram(),
        weights != null ? weights[0] : f.wordWeight(), weights != null ? weights[1] : f.charWeight(),
        weights != null ? weights[2] : f.lexiconWeight(), weights != null ? weights[3] : f.embeddingWeight());
    if (weights != null && weights.length != 4 || charNgrams != null && charNgrams.length != 2) {
      throw new IllegalArgumentException("--weights wants 4 numbers and --char-ngrams 2");
    }
    TrainConfig.Mlp m = d.mlp();
    if (mlp != null) {
      if (mlp.length != 5) {
        throw new IllegalArgumentException("--mlp wants 5 numbers: units, epochs, learning rate, weight decay, members");
      }
      m = new TrainConfig.Mlp((int) mlp[0], (int) mlp[1], m.batchSize(), mlp[2], mlp[3], (int) mlp[4]);
    }
    return new TrainConfig(f, l2 != null ? l2 : d.l2(), islamL2 != null ? islamL2 : d.islamL2(), d.maxIterations(),
        d.tolerance(), m, seed != null ? seed : d.seed());
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
