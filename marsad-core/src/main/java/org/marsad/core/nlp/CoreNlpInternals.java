package org.marsad.core.nlp;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Reflective access to CoreNLP 4.5's private fields, for the few places that reuse its loaded
 * models in ways its API does not offer ({@link FineNerPrefilter}, {@link UntimedNer}). A CoreNLP
 * whose fields differ fails at start with the field's name.
 */
final class CoreNlpInternals {

  private CoreNlpInternals() {}

  /** The annotators of {@code pipeline}, in order. */
  @SuppressWarnings("unchecked")
  static List<Annotator> annotators(AnnotationPipeline pipeline) throws ReflectiveOperationException {
    return (List<Annotator>) field(AnnotationPipeline.class, "annotators").get(pipeline);
  }

  /** The declared field {@code name} of {@code owner}, made accessible. */
  static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
