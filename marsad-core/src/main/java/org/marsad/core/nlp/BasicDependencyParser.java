package org.marsad.core.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser giving only the basic dependencies, the one graph {@link
 * CoreSentences} reads. CoreNLP's annotator builds five graphs of each parse (basic, collapsed,
 * CC-processed, enhanced, enhanced++), and the other four were most of the time spent on graphs.
 * The basic graph is the annotator's own (same model, same options, no extra dependencies).
 * Thread-safe: the parser predicts separate sentences concurrently.
 */
final class BasicDependencyParser {

  private final DependencyParser parser;

  private BasicDependencyParser(DependencyParser parser) {
    this.parser = parser;
  }

  /** The parser with {@code properties} given as CoreNLP gives its depparse annotator its own (no prefix). */
  static BasicDependencyParser load(Properties properties) {
    return new BasicDependencyParser(DependencyParser.loadFromModelFile(
        properties.getProperty("model", DependencyParser.DEFAULT_MODEL), properties));
  }

  /** Parses each of {@code sentences} (tagged) and sets its basic dependencies. */
  void parse(List<CoreMap> sentences) {
    for (CoreMap sentence : sentences) {
      GrammaticalStructure gs = parser.predict(sentence);
      sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
    }
  }
}
