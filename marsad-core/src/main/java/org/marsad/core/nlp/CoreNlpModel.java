package org.marsad.core.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The Stanford CoreNLP English pipeline (tokens, sentences, parts of speech, lemmas, fine-grained
 * NER with SUTime, dependency parse), loaded once per JVM on first use and shared. Loading takes
 * about half a minute and a gigabyte of heap. Thread-safe: CoreNLP annotates separate documents
 * concurrently.
 */
public final class CoreNlpModel {

  /** Version of the model set, recorded in the provenance of everything derived from it. */
  public static final String VERSION = "corenlp-4.5.10-en";

  private CoreNlpModel() {}

  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());
  }

  /** The shared pipeline, loaded on first call. */
  public static StanfordCoreNLP shared() {
    return Holder.PIPELINE;
  }

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("parse.maxlen", "120");
    p.setProperty("depparse.maxlen", "120");
    return p;
  }
}
