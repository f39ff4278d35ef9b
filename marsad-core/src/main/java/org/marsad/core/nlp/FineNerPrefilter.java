package org.marsad.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.MultiPatternMatcher;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes CoreNLP's fine-grained NER gazetteer (about 586,000 entries, mostly cities) cheap without
 * changing what it tags. Its matcher runs every entry whose first word occurs in a sentence over the
 * whole sentence: a sentence with "new" or "north" runs some 800 city patterns each, and that was half
 * the cascade's CPU time. The prefilter drops, before matching, every such entry one of whose plain
 * words (no regular-expression character) is not among the sentence's words, compared as Java's
 * case-insensitive regular expressions compare characters. An entry that could match is never
 * dropped, and the others keep their order, so the matches, their ranking and the tags are CoreNLP's.
 * Installed into a loaded pipeline by reflection on CoreNLP 4.5's private fields; thread-safe.
 */
final class FineNerPrefilter extends MultiPatternMatcher<CoreMap> {

  private static final Pattern REGEX_CHARS = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

  private final MultiPatternMatcher<CoreMap> original;
  /** The plain words of each entry's pattern, folded; entries absent have none and always run. */
  private final Map<SequencePattern<CoreMap>, String[]> words;

  private FineNerPrefilter(MultiPatternMatcher<CoreMap> original, Map<SequencePattern<CoreMap>, String[]> words) {
    super(new ArrayList<>());
    this.original = original;
    this.words = words;
  }

  /**
   * Installs the prefilter into the fine-grained NER of {@code pipeline}; a pipeline without one, or
   * with the prefilter already in place (annotators are shared between pipelines), is left as it is.
   */
  static void install(AnnotationPipeline pipeline) {
    try {
      for (Annotator a : annotators(pipeline)) {
        if (a instanceof NERCombinerAnnotator ner) {
          TokensRegexNERAnnotator fine = (TokensRegexNERAnnotator) field(NERCombinerAnnotator.class, "fineGrainedNERAnnotator").get(ner);
          if (fine != null) {
            install(fine);
          }
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot install the fine-grained NER prefilter into this CoreNLP: " + e, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void install(TokensRegexNERAnnotator fine) throws ReflectiveOperationException {
    Field matcherField = field(TokensRegexNERAnnotator.class, "multiPatternMatcher");
    synchronized (FineNerPrefilter.class) {
      MultiPatternMatcher<CoreMap> current = (MultiPatternMatcher<CoreMap>) matcherField.get(fine);
      if (current instanceof FineNerPrefilter) {
        return;
      }
      Map<SequencePattern<CoreMap>, ?> patternToEntry =
          (Map<SequencePattern<CoreMap>, ?>) field(TokensRegexNERAnnotator.class, "patternToEntry").get(fine);
      Field regexField = null;
      Map<SequencePattern<CoreMap>, String[]> words = new IdentityHashMap<>(patternToEntry.size() * 2);
      for (Map.Entry<SequencePattern<CoreMap>, ?> e : patternToEntry.entrySet()) {
        if (regexField == null) {
          regexField = field(e.getValue().getClass(), "regex");
        }
        String[] regex = (String[]) regexField.get(e.getValue());
        String[] plain = regex == null ? new String[0] : plainWords(regex);
        if (plain.length > 0) {
          words.put(e.getKey(), plain);
        }
      }
      matcherField.set(fine, new FineNerPrefilter(current, words));
    }
  }

  /** The words of {@code regex} that hold no regular-expression character, folded. */
  static String[] plainWords(String[] regex) {
    List<String> out = new ArrayList<>();
    for (String r : regex) {
      if (!r.isEmpty() && !REGEX_CHARS.matcher(r).find()) {
        out.add(fold(r).intern());
      }
    }
    return out.toArray(String[]::new);
  }

  /** {@code s} with each character as Java's case-insensitive regular expressions compare it. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return b.toString();
  }

  @Override
  public Collection<SequencePattern<CoreMap>> getTriggeredPatterns(List<? extends CoreMap> elements) {
    Collection<SequencePattern<CoreMap>> triggered = original.getTriggeredPatterns(elements);
    Set<String> present = new HashSet<>();
    for (CoreMap token : elements) {
      String text = token.get(CoreAnnotations.TextAnnotation.class);
      if (text != null) {
        String folded = fold(text);
        present.add(folded);
        if (folded.indexOf(' ') >= 0) {
          present.addAll(List.of(folded.split("\\s+")));
        }
      }
    }
    List<SequencePattern<CoreMap>> kept = new ArrayList<>();
    for (SequencePattern<CoreMap> p : triggered) {
      String[] needed = words.get(p);
      if (needed == null || allPresent(needed, present)) {
        kept.add(p);
      }
    }
    return kept;
  }

  private static boolean allPresent(String[] needed, Set<String> present) {
    for (String w : needed) {
      if (!present.contains(w)) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static List<Annotator> annotators(AnnotationPipeline pipeline) throws ReflectiveOperationException {
    return (List<Annotator>) field(AnnotationPipeline.class, "annotators").get(pipeline);
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
