package org.marsad.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import edu.stanford.nlp.util.CoreMap;

/**
 * The Stanford CoreNLP English pipeline (tokens, sentences, parts of speech, lemmas, fine-grained
 * NER with SUTime, dependency parse), loaded once per JVM on first use and shared. Loading takes
 * about half a minute and a gigabyte of heap. A lighter variant without the parse serves timexes
 * alone ({@link TimexTagger}). Thread-safe: CoreNLP annotates separate documents concurrently.
 */
public final class CoreNlpModel {

  /** Version of the model set, recorded in the provenance of everything derived from it. */
  public static final String VERSION = "corenlp-4.5.10-en";

  private static final String PARSE = ",depparse";

  private CoreNlpModel() {}

  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = prefiltered(new StanfordCoreNLP(properties(true)));
  }

  private static final class WithoutParse {
    static final StanfordCoreNLP PIPELINE = prefiltered(new StanfordCoreNLP(properties(false)));
  }

  /** The dependency parser alone, for sentences already tagged by {@link #withoutParse()}. */
  private static final class ParserOnly {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(parserProperties());
  }

  /** {@code pipeline} with its fine-grained NER gazetteer behind the {@link FineNerPrefilter}: same tags, less time. */
  static StanfordCoreNLP prefiltered(StanfordCoreNLP pipeline) {
    FineNerPrefilter.install(pipeline);
    return pipeline;
  }

  /** The shared pipeline, loaded on first call. */
  public static StanfordCoreNLP shared() {
    return Holder.PIPELINE;
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
   * {@code text} annotated like {@link #annotate} with the full pipeline, except that the
   * dependency parse runs only on the sentences {@code parse} accepts; the others keep no tree.
   * The parse is most of the pipeline's time after NER, and extraction reads trees only around triggers.
   */
  static Annotation annotateParsing(String text, LocalDate published, Predicate<CoreMap> parse) {
    Annotation annotation = annotate(withoutParse(), text, published);
    List<CoreMap> chosen = annotation.get(CoreAnnotations.SentencesAnnotation.class).stream().filter(parse).toList();
    if (!chosen.isEmpty()) {
      Annotation part = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
      part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
      ParserOnly.PIPELINE.annotate(part);
    }
    return annotation;
  }

  private static Properties parserProperties() {
    Properties p = properties(true);
    p.setProperty("annotators", PARSE.substring(1));
    p.setProperty("enforceRequirements", "false");
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
