package org.marsad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.MultiPatternMatcher;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PatternTriggers} visits the fine-grained NER's patterns in the order of CoreNLP's own
 * trigger: the patterns first visited, in visiting order, are exactly CoreNLP's triggered
 * patterns, sentence by sentence (a matcher of a fresh pipeline, before any prefilter).
 */
class PatternTriggersTest {

  @Test
  @SuppressWarnings("unchecked")
  void visitsCoreNlpsTriggeredPatternsInItsOrder() throws Exception {
    StanfordCoreNLP.clearAnnotatorPool();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpModel.properties(false));
    MultiPatternMatcher<CoreMap> matcher = null;
    for (var a : CoreNlpInternals.annotators(pipeline)) {
      if (a instanceof NERCombinerAnnotator ner) {
        TokensRegexNERAnnotator fine = (TokensRegexNERAnnotator)
            CoreNlpInternals.field(NERCombinerAnnotator.class, "fineGrainedNERAnnotator").get(ner);
        matcher = (MultiPatternMatcher<CoreMap>) CoreNlpInternals.field(TokensRegexNERAnnotator.class, "multiPatternMatcher").get(fine);
      }
    }
    assertThat(matcher).isNotNull().isNotInstanceOf(FineNerPrefilter.class);
    PatternTriggers triggers = PatternTriggers.of(matcher);
    Annotation text = CoreNlpModel.annotate(pipeline, String.join(" ",
        "A mosque in New York was vandalised on Tuesday, and another in new north Carolina on Friday.",
        "Police in St. Louis and San Jose said the North wing of a school in Port Said was also hit.",
        "The Secretary-of-State, a Pvt. and a gunnery-sgt. from Fla. visited www.example.com and New Delhi."),
        LocalDate.of(2024, 3, 1));
    int compared = 0;
    for (CoreMap sentence : text.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreMap> tokens = new ArrayList<>(sentence.get(CoreAnnotations.TokensAnnotation.class));
      List<SequencePattern<CoreMap>> expected = new ArrayList<>(matcher.getTriggeredPatterns(tokens));
      Set<SequencePattern<CoreMap>> visited = Collections.newSetFromMap(new IdentityHashMap<>());
      List<SequencePattern<CoreMap>> firstVisits = new ArrayList<>();
      triggers.visit(tokens, p -> {
        if (visited.add(p)) {
          firstVisits.add(p);
        }
      });
      assertThat(firstVisits).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(firstVisits.get(i)).as("pattern %d of %d", i, expected.size()).isSameAs(expected.get(i));
      }
      compared += expected.size();
    }
    assertThat(compared).isGreaterThan(3000);
    assertThat(new LinkedHashSet<>(matcher.getTriggeredPatterns(List.of()))).isEmpty();
  }
}
