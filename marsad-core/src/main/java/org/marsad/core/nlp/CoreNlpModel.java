package org.marsad.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import edu.stanford.nlp.util.CoreMap;

/**
 * The Stanford CoreNLP English pipeline (tokens, sentences, parts of speech, lemmas, fine-grained
 * NER with SUTime) and its dependency parser (basic dependencies, {@link BasicDependencyParser}),
 * loaded once per JVM on first use and shared. Loading takes about half a minute and a gigabyte of
 * heap. The pipeline alone serves timexes ({@link TimexTagger}). Thread-safe: CoreNLP annotates
 * separate documents concurrently.
 */
public final class CoreNlpModel {

  /** Version of the model set, recorded in the provenance of everything derived from it. */
  public static final String VERSION = "corenlp-4.5.10-en";

  private static final String PARSE = ",depparse";

  private CoreNlpModel() {}

  private static final class WithoutParse {
    static final StanfordCoreNLP PIPELINE = prefiltered(new StanfordCoreNLP(properties(false)));
  }

  /** The dependency parser alone, basic dependencies only, for sentences already tagged. */
  private static final class Parser {
    static final BasicDependencyParser BASIC = BasicDependencyParser.load(
        edu.stanford.nlp.util.PropertiesUtils.extractPrefixedProperties(properties(true), "depparse."));
  }

  /** Tokens, sentences, tags and lemmas: what the cascade's NLP reads before it chooses what to read further. */
  private static final class Tagger {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(taggerProperties());
  }

  /** The shared NER, with SUTime, and its twin without ({@link UntimedNer}). */
  private static final class Ner {
    static final NERCombinerAnnotator TIMED = nerOf(withoutParse());
    static final NERCombinerAnnotator UNTIMED = UntimedNer.of(TIMED);
  }

  private static NERCombinerAnnotator nerOf(StanfordCoreNLP pipeline) {
    try {
      return CoreNlpInternals.annotators(pipeline).stream().filter(NERCombinerAnnotator.class::isInstance)
          .map(NERCombinerAnnotator.class::cast).findFirst()
          .orElseThrow(() -> new IllegalStateException("the CoreNLP pipeline has no NER annotator"));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read this CoreNLP pipeline's annotators: " + e, e);
    }
  }

  /**
   * {@code pipeline} with its fine-grained NER gazetteer behind the {@link FineNerPrefilter} and its SUTime behind
   * the {@link SuTimePrefilter}: same tags, less time.
   */
  static StanfordCoreNLP prefiltered(StanfordCoreNLP pipeline) {
    FineNerPrefilter.install(pipeline);
    SuTimePrefilter.install(pipeline);
    return pipeline;
  }

  /** Loads the shared pipeline and parser now, if not loaded yet (else the first annotation does). */
  public static void load() {
    withoutParse();
    parser();
  }

  /** The shared parser, loaded on first call. */
  private static BasicDependencyParser parser() {
    return Parser.BASIC;
  }

  /** The shared pipeline without the dependency parse, loaded on first call. */
  static StanfordCoreNLP withoutParse() {
    return WithoutParse.PIPELINE;
  }

  /**
   * {@code text} annotated by {@code pipeline}, with {@code published} (may be null) as the
   * document date SUTime resolves against. Replacement characters (U+FFFD) are read as spaces.
   */
  static Annotation annotate(StanfordCoreNLP pipeline, String text, LocalDate published) {
    Annotation annotation = new Annotation(text.replace('\uFFFD', ' '));
    if (published != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    pipeline.annotate(annotation);
    return annotation;
  }

  /**
   * {@code text} annotated in full: every sentence gets tokens, tags, lemmas, entities, timexes and
   * its basic dependencies. {@code published} as in {@link #annotate}.
   */
  static Annotation annotateFull(String text, LocalDate published) {
    Annotation annotation = annotate(withoutParse(), text, published);
    parser().parse(annotation.get(CoreAnnotations.SentencesAnnotation.class));
    return annotation;
  }

  /**
   * {@code text} tokenised, split into sentences, tagged and lemmatised: what the cascade reads before it chooses
   * what to read further ({@link #parse}, {@link #recognise}). {@code published} as in {@link #annotate}. Each
   * sentence then gets what the full pipeline would give it, or less.
   */
  static Annotation tag(String text, LocalDate published) {
    return annotate(Tagger.PIPELINE, text, published);
  }

  /** Parses {@code sentences}, tagged, in place: their basic dependencies ({@link BasicDependencyParser}). */
  static void parse(List<CoreMap> sentences) {
    parser().parse(sentences);
  }

  /**
   * Tags the entities of {@code sentences} (of {@code annotation}, tagged) in place, with timexes (SUTime) only in
   * those {@code timed} accepts (the others get no date tags).
   */
  static void recognise(Annotation annotation, List<CoreMap> sentences, Predicate<CoreMap> timed) {
    java.util.Map<Boolean, List<CoreMap>> byTimed = sentences.stream()
        .collect(java.util.stream.Collectors.partitioningBy(timed));
    annotatePart(Ner.TIMED, annotation, byTimed.get(true));
    annotatePart(Ner.UNTIMED, annotation, byTimed.get(false));
  }

  /** Runs {@code annotator} over {@code sentences} of {@code whole} alone: their tokens are annotated in place. */
  private static void annotatePart(edu.stanford.nlp.pipeline.Annotator annotator, Annotation whole, List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(whole.get(CoreAnnotations.TextAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    part.set(CoreAnnotations.TokensAnnotation.class,
        sentences.stream().flatMap(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream()).toList());
    if (whole.containsKey(CoreAnnotations.DocDateAnnotation.class)) {
      part.set(CoreAnnotations.DocDateAnnotation.class, whole.get(CoreAnnotations.DocDateAnnotation.class));
    }
    annotator.annotate(part);
  }

  private static Properties taggerProperties() {
    Properties p = properties(false);
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    return p;
  }

  static Properties properties(boolean parse) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (parse ? PARSE : ""));
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    if (parse) {
      p.setProperty("parse.maxlen", "120");
      p.setProperty("depparse.maxlen", "120");
    }
    return p;
  }
}
