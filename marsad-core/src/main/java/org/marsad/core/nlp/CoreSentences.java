package org.marsad.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.core.domain.Span;

/**
 * Turns a CoreNLP sentence into a {@link Sentence}: tokens with lemma, part of speech and, when
 * the pipeline parsed, their heads and relations (without a parse every token is a root).
 * Stateless and thread-safe.
 */
final class CoreSentences {

  private CoreSentences() {}

  static Sentence convert(int index, CoreMap cs) {
    List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
    int[] heads = new int[labels.size()];
    String[] relations = new String[labels.size()];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "root");
    SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        int dep = e.getDependent().index() - 1;
        heads[dep] = e.getGovernor().index() - 1;
        relations[dep] = e.getRelation().toString();
      }
    }
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      tokens.add(new Token(i, l.word(), lemma, l.tag() == null ? "" : l.tag(),
          new Span(l.beginPosition(), l.endPosition()), heads[i], relations[i]));
    }
    Span span = new Span(
        cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    return new Sentence(index, span, tokens);
  }
}
