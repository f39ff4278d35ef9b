package org.marsad.core.nlp;

import edu.stanford.nlp.ling.tokensregex.CoreMapNodePatternTrigger;
import edu.stanford.nlp.ling.tokensregex.MultiPatternMatcher;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.TwoDimensionalCollectionValuedMap;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The tables of a CoreNLP pattern matcher's trigger (which patterns a token may start), read so that
 * a sentence's triggered patterns can be visited in CoreNLP's order without the sets CoreNLP builds:
 * its trigger copies the patterns every token triggers, the some 700 that always run included, into
 * a new set per token, then into their union, and that copying was most of the fine-grained NER's
 * time. Visits the same patterns in the same order as that union's, each as often as CoreNLP adds it.
 * Read by reflection from CoreNLP 4.5's private fields; immutable after construction, thread-safe.
 */
final class PatternTriggers {

  private final Collection<SequencePattern<CoreMap>> always;
  private final TwoDimensionalCollectionValuedMap<Class, Object, SequencePattern<CoreMap>> byValue;
  private final TwoDimensionalCollectionValuedMap<Class, String, SequencePattern<CoreMap>> byLowerCase;

  private PatternTriggers(Collection<SequencePattern<CoreMap>> always,
      TwoDimensionalCollectionValuedMap<Class, Object, SequencePattern<CoreMap>> byValue,
      TwoDimensionalCollectionValuedMap<Class, String, SequencePattern<CoreMap>> byLowerCase) {
    this.always = always;
    this.byValue = byValue;
    this.byLowerCase = byLowerCase;
  }

  /**
   * The trigger tables of {@code matcher}.
   *
   * @throws ReflectiveOperationException when this CoreNLP's fields differ
   * @throws IllegalStateException when the matcher's trigger is not CoreNLP's token trigger
   */
  @SuppressWarnings("unchecked")
  static PatternTriggers of(MultiPatternMatcher<CoreMap> matcher) throws ReflectiveOperationException {
    Object sequenceTrigger = CoreNlpInternals.field(MultiPatternMatcher.class, "patternTrigger").get(matcher);
    if (!(sequenceTrigger instanceof MultiPatternMatcher.BasicSequencePatternTrigger<?>)) {
      throw new IllegalStateException("the pattern matcher's trigger is " + sequenceTrigger
          + ", not CoreNLP's per-token trigger");
    }
    Object tokenTrigger = CoreNlpInternals.field(MultiPatternMatcher.BasicSequencePatternTrigger.class, "trigger")
        .get(sequenceTrigger);
    if (!(tokenTrigger instanceof CoreMapNodePatternTrigger t)) {
      throw new IllegalStateException("the pattern matcher's token trigger is " + tokenTrigger
          + ", not CoreMapNodePatternTrigger");
    }
    return new PatternTriggers(
        (Collection<SequencePattern<CoreMap>>) CoreNlpInternals.field(CoreMapNodePatternTrigger.class, "alwaysTriggered").get(t),
        (TwoDimensionalCollectionValuedMap<Class, Object, SequencePattern<CoreMap>>)
            CoreNlpInternals.field(CoreMapNodePatternTrigger.class, "annotationTriggers").get(t),
        (TwoDimensionalCollectionValuedMap<Class, String, SequencePattern<CoreMap>>)
            CoreNlpInternals.field(CoreMapNodePatternTrigger.class, "lowercaseStringTriggers").get(t));
  }

  /**
   * Gives {@code visit} the patterns {@code tokens} trigger, in CoreNLP's order and with repeats
   * (the first visit of a pattern is its place in CoreNLP's union): for the first token, the patterns
   * that always run; then for each token, those its annotations' values trigger, exact values first,
   * then lower-cased strings.
   */
  void visit(List<? extends CoreMap> tokens, Consumer<SequencePattern<CoreMap>> visit) {
    if (tokens.isEmpty()) {
      return;
    }
    always.forEach(visit);
    for (CoreMap token : tokens) {
      for (Class key : byValue.firstKeySet()) {
        Object value = token.get(key);
        if (value != null) {
          visitAll(byValue.get(key, value), visit);
        }
      }
      for (Class key : byLowerCase.firstKeySet()) {
        if (token.get(key) instanceof String value) {
          visitAll(byLowerCase.get(key, value.toLowerCase()), visit);
        }
      }
    }
  }

  private static void visitAll(Collection<SequencePattern<CoreMap>> patterns, Consumer<SequencePattern<CoreMap>> visit) {
    if (patterns != null) {
      patterns.forEach(visit);
    }
  }
}
