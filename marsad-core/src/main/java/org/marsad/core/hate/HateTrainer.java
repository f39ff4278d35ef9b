package org.marsad.core.hate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.marsad.core.embed.SentenceEmbedder;

/**
 * Trains the {@link PostClassifier}'s model from labelled posts: fits the three-class and the
 * Islam-target regressions on the train split, rounds them to the stored precision, tunes the class
 * offsets and the Islam threshold on the validation split, measures the result there, and writes
 * the model file with its provenance. The same posts and settings give the same file, byte for
 * byte (no clock is read). Stateless; one run uses all cores.
 */
public final class HateTrainer {

  /** Name and format generation of the models this trainer makes. */
  public static final String MODEL_ID = "hate-en-1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HateTrainer() {}

  /**
   * A finished run.
   *
   * @param modelFile the bytes of the model file ({@link PostClassifier#load})
   * @param provenance the provenance JSON, also inside the model file
   * @param validation figures on the validation split
   */
  public record Training(byte[] modelFile, String provenance, HateScores validation) {}

  /** Where the posts came from, for the provenance. */
  public record Source(String name, String file, String sha256) {
    public Source {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /**
   * Trains on the {@code train} posts and tunes and measures on the {@code val} posts of {@code
   * posts}; {@code embed} gives the sentence embeddings of texts (normally {@link
   * SentenceEmbedder#embedAll}), and is not called when the features use none.
   */
  public static Training train(List<LabelledPost> posts, TrainConfig config, Function<List<String>, float[][]> embed,
      Source source) {
    List<LabelledPost> train = HateXplainData.split(posts, "train");
    List<LabelledPost> val = HateXplainData.split(posts, "val");
    if (train.isEmpty() || val.isEmpty()) {
      throw new IllegalArgumentException("need train and val posts: train=" + train.size() + ", val=" + val.size());
    }
    PostFeatures features = new PostFeatures(config.features(), Lexicon.defaultLexicon());
    List<FeatureRow> trainRows = rows(train, features, embed);
    List<FeatureRow> valRows = rows(val, features, embed);
    int[] classLabels = train.stream().mapToInt(p -> p.label().ordinal()).toArray();
    int[] islamLabels = train.stream().mapToInt(p -> p.targetsIslam() ? 1 : 0).toArray();
    SoftmaxTrainer.Fit classFit = new SoftmaxTrainer(config.l2(), config.maxIterations(), config.tolerance())
        .fit(trainRows, classLabels, 3, features.dimension());
    SoftmaxTrainer.Fit islamFit = new SoftmaxTrainer(config.islamL2(), config.maxIterations(), config.tolerance())
        .fit(trainRows, islamLabels, 2, features.dimension());
    SoftmaxRegression classes = HateModelFile.halfPrecision(classFit.model());
    SoftmaxRegression islam = HateModelFile.halfPrecision(islamFit.model());
    int denseStart = 1 << config.features().hashBits();
    int denseSize = features.dimension() - denseStart;
    DenseMlp mlp = null;
    if (config.mlp().hiddenUnits() > 0) {
      TrainConfig.Mlp m = config.mlp();
      float[][] x = trainRows.stream().map(r -> HateModel.dense(r, denseStart, denseSize)).toArray(float[][]::new);
      mlp = HateModelFile.halfPrecision(new MlpTrainer(m.hiddenUnits(), m.epochs(), m.batchSize(), m.learningRate(),
          m.weightDecay(), config.seed()).fitEnsemble(x, classLabels, 3, m.members()));
    }

    double[][] zLinear = valRows.stream().map(classes::scores).toArray(double[][]::new);
    DenseMlp net = mlp;
    double[][] zMlp = net == null ? null
        : valRows.stream().map(r -> net.scores(HateModel.dense(r, denseStart, denseSize))).toArray(double[][]::new);
    int[] valGold = val.stream().mapToInt(p -> p.label().ordinal()).toArray();
    DecisionTuner.Fusion fusion = DecisionTuner.fusion(zLinear, zMlp, valGold);
    double[] offsets = fusion.offsets();
    if (fusion.mlpWeight() == 0) {
      mlp = null;
    }
    HateModel noThreshold = new HateModel(MODEL_ID, config.features(), classes, islam, mlp, fusion.mlpWeight(), offsets,
        0.5, "{}");
    boolean[] toxic = new boolean[val.size()];
    boolean[] islamGold = new boolean[val.size()];
    double[] islamScore = new double[val.size()];
    for (int i = 0; i < val.size(); i++) {
      toxic[i] = noThreshold.decide(valRows.get(i), MODEL_ID).label() != HateLabel.NORMAL;
      islamGold[i] = val.get(i).targetsIslam();
      islamScore[i] = islam.probabilities(valRows.get(i))[1];
    }
    double threshold = DecisionTuner.islamThreshold(islamScore, toxic, islamGold);

    HateModel draft = new HateModel(MODEL_ID, config.features(), classes, islam, mlp, fusion.mlpWeight(), offsets,
        threshold, "{}");
    List<Verdict> verdicts = valRows.stream().map(r -> draft.decide(r, MODEL_ID)).toList();
    HateScores scores = HateScores.of(val, verdicts);
    String provenance = provenance(config, source, train.size(), val.size(), classFit, islamFit, fusion.mlpWeight(),
        offsets, threshold, scores);
    HateModel model = new HateModel(MODEL_ID, config.features(), classes, islam, mlp, fusion.mlpWeight(), offsets,
        threshold, provenance);
    try {
      return new Training(HateModelFile.write(model), provenance, scores);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<FeatureRow> rows(List<LabelledPost> posts, PostFeatures features,
      Function<List<String>, float[][]> embed) {
    List<String> texts = posts.stream().map(LabelledPost::text).toList();
    float[][] embeddings = features.config().usesEmbedding() ? embed.apply(texts) : null;
    return IntStream.range(0, texts.size()).parallel()
        .mapToObj(i -> features.row(texts.get(i), embeddings == null ? null : embeddings[i]))
        .toList();
  }

  private static String provenance(TrainConfig config, Source source, int trainPosts, int valPosts,
      SoftmaxTrainer.Fit classFit, SoftmaxTrainer.Fit islamFit, double mlpWeight, double[] offsets, double threshold,
      HateScores val) {
    ObjectNode p = MAPPER.createObjectNode();
    p.put("model", MODEL_ID);
    p.put("format", HateModelFile.FORMAT);
    p.put("trained_by", "marsad train hate (org.marsad.core.hate.HateTrainer)");
    ObjectNode data = p.putObject("data");
    data.put("name", source.name());
    data.put("file", source.file());
    data.put("sha256", source.sha256());
    data.put("licence", "HateXplain (Mathew et al., AAAI 2021), MIT");
    ObjectNode split = p.putObject("split");
    split.put("division", HateXplainData.DIVISIONS + " (official 8:1:1)");
    split.put("fit", "train (" + trainPosts + " posts)");
    split.put("tuned_and_measured", "val (" + valPosts + " posts): perceptron weight, class offsets, Islam threshold,"
        + " figures below");
    split.put("test", "not used in training");
    p.put("seed", config.seed());
    p.put("randomness", "seed + m draws perceptron m's initial weights and example order; the regressions are"
        + " deterministic (L-BFGS from zero, gradient chunks added in a fixed order)");
    ObjectNode f = p.putObject("features");
    f.setAll((ObjectNode) MAPPER.valueToTree(config.features()));
    f.put("tokens", "lower case; @handles <user>, links <url>, numbers <number>; punctuation dropped; symbols alone");
    f.put("word_ngrams", "1.." + config.features().maxWordNgram() + ", hashed (FNV-1a + avalanche), 1+ln(count), L2-normalised");
    f.put("char_ngrams", config.features().minCharNgram() + ".." + config.features().maxCharNgram()
        + " within space-padded words, same hashing and scaling");
    f.put("lexicon", Lexicon.RESOURCE + " " + Lexicon.defaultLexicon().categories() + ": present, ln(1+count)");
    f.put("embedding", config.features().usesEmbedding() ? SentenceEmbedder.MODEL : "none");
    ObjectNode h = p.putObject("hyper_parameters");
    h.put("head", "multinomial logistic regression (3 classes, L-BFGS m=10) whose scores add the perceptron's times"
        + " mlp_weight; logistic regression for the Islam target");
    h.put("l2", config.l2());
    h.put("islam_l2", config.islamL2());
    h.put("max_iterations", config.maxIterations());
    h.put("tolerance", config.tolerance());
    h.put("weights", "IEEE half precision");
    ObjectNode mlpNode = h.putObject("mlp");
    mlpNode.setAll((ObjectNode) MAPPER.valueToTree(config.mlp()));
    mlpNode.put("input", "the dense features: lexicon and embedding");
    mlpNode.put("optimiser", "AdamW (beta 0.9, 0.999), He-normal initial weights, one thread");
    ObjectNode opt = p.putObject("optimisation");
    opt.put("class_iterations", classFit.iterations());
    opt.put("class_converged", classFit.converged());
    opt.put("islam_iterations", islamFit.iterations());
    opt.put("islam_converged", islamFit.converged());
    ObjectNode d = p.putObject("decisions");
    d.put("mlp_weight", mlpWeight);
    d.set("class_offsets", MAPPER.valueToTree(offsets));
    d.put("islam_threshold", threshold);
    ObjectNode v = p.putObject("validation");
    v.put("posts", val.posts());
    v.put("accuracy", round(val.accuracy()));
    v.put("macro_f1", round(val.macroF1()));
    v.put("auroc", round(val.auroc()));
    v.put("islam_f1", round(val.islamF1()));
    v.put("f1_hatespeech", round(val.f1().get(0)));
    v.put("f1_offensive", round(val.f1().get(1)));
    v.put("f1_normal", round(val.f1().get(2)));
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
