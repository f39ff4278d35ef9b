package org.marsad.core.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import java.io.IOException;
import java.util.List;

/**
 * NER without SUTime or the rule-based number classifiers, made from a loaded NER annotator: the
 * same CRF models, the same fine-grained gazetteer (with its {@link FineNerPrefilter}) and the same
 * mention builder, shared rather than loaded again. SUTime is most of NER's time; the cascade
 * runs it only on sentences whose dates extraction reads. Entities other than dates and numbers
 * are tagged as by the timed annotator (the CRFs and the gazetteer do not depend on SUTime).
 * Thread-safe like the annotator it comes from.
 */
final class UntimedNer {

  private UntimedNer() {}

  /** The untimed twin of {@code timed}. */
  @SuppressWarnings("unchecked")
  static NERCombinerAnnotator of(NERCombinerAnnotator timed) {
    try {
      NERClassifierCombiner combiner = (NERClassifierCombiner) CoreNlpInternals.field(NERCombinerAnnotator.class, "ner").get(timed);
      List<AbstractSequenceClassifier<CoreLabel>> models = (List<AbstractSequenceClassifier<CoreLabel>>)
          CoreNlpInternals.field(ClassifierCombiner.class, "baseClassifiers").get(combiner);
      NERClassifierCombiner untimedCombiner = new NERClassifierCombiner(false, false,
          models.toArray(AbstractSequenceClassifier[]::new));
      NERCombinerAnnotator untimed = new NERCombinerAnnotator(untimedCombiner, false, 1, 0, Integer.MAX_VALUE, false, false);
      for (String name : List.of("applyFineGrained", "fineGrainedNERAnnotator", "buildEntityMentions", "entityMentionsAnnotator")) {
        java.lang.reflect.Field f = CoreNlpInternals.field(NERCombinerAnnotator.class, name);
        f.set(untimed, f.get(timed));
      }
      return untimed;
    } catch (ReflectiveOperationException | IOException e) {
      throw new IllegalStateException("cannot make an NER annotator without SUTime from this CoreNLP: " + e, e);
    }
  }
}
