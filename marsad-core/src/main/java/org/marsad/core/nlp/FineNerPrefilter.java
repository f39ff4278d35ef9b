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
 * changing what it tags. Its matcher runs every entry whose first word occurs in a sentence, and the
 * some 700 entries written as regular expressions always, over the whole sentence: a sentence with
 * "new" or "north" ran some 1,500 patterns, and that was half the cascade's CPU time. The prefilter
 * drops, before matching, every entry one of whose words cannot match any of the sentence's words:
 * a plain word (no regular-expression character) that is not among them, compared as Java's
 * case-insensitive regular expressions compare characters, or a regular expression that fully
 * matches none of them, tried case-insensitively (which words each expression matches is remembered
 * per word). An entry that could match is never dropped, and the others keep their order, so the
 * matches, their ranking and the tags are CoreNLP's. The triggered entries are read from CoreNLP's
 * trigger tables ({@link PatternTriggers}) and filtered as they are visited, without the per-token
 * sets CoreNLP's own trigger builds.
 * Installed into a loaded pipeline by reflection on CoreNLP 4.5's private fields; thread-safe.
 */
final class FineNerPrefilter extends MultiPatternMatcher<CoreMap> {

  private static final Pattern REGEX_CHARS = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

  /** Words whose matching expressions are remembered, at most; then the memory starts again. */
  private static final int REMEMBERED_WORDS = 200_000;

  private final PatternTriggers triggers;
  /** What each entry's words need; entries absent need nothing and always run. */
  private final Map<SequencePattern<CoreMap>, Needs> needs;
  /** The entries' regular-expression words, by id, and which of them fully match a sentence word. */
  private final WordMatches expressions;

  /** The plain words (folded) and the ids of the regular-expression words of one entry. */
  private record Needs(String[] plain, int[] expressions) {}

  private FineNerPrefilter(PatternTriggers triggers, Map<SequencePattern<CoreMap>, Needs> needs,
      List<Pattern> expressions) {
    super(new ArrayList<>());
    this.triggers = triggers;
    this.needs = needs;
    this.expressions = new WordMatches(expressions, REMEMBERED_WORDS);
  }

  /**
   * Installs the prefilter into the fine-grained NER of {@code pipeline}; a pipeline without one, or
   * with the prefilter already in place (annotators are shared between pipelines), is left as it is.
   */
  static void install(AnnotationPipeline pipeline) {
    try {
      for (Annotator a : CoreNlpInternals.annotators(pipeline)) {
        if (a instanceof NERCombinerAnnotator ner) {
          TokensRegexNERAnnotator fine = (TokensRegexNERAnnotator) CoreNlpInternals.field(NERCombinerAnnotator.class, "fineGrainedNERAnnotator").get(ner);
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
    Field matcherField = CoreNlpInternals.field(TokensRegexNERAnnotator.class, "multiPatternMatcher");
    synchronized (FineNerPrefilter.class) {
      MultiPatternMatcher<CoreMap> current = (MultiPatternMatcher<CoreMap>) matcherField.get(fine);
      if (current instanceof FineNerPrefilter) {
        return;
      }
      Map<SequencePattern<CoreMap>, ?> patternToEntry =
          (Map<SequencePattern<CoreMap>, ?>) CoreNlpInternals.field(TokensRegexNERAnnotator.class, "patternToEntry").get(fine);
      Field regexField = null;
      Map<SequencePattern<CoreMap>, Needs> needs = new IdentityHashMap<>(patternToEntry.size() * 2);
      Map<String, Integer> expressionIds = new java.util.HashMap<>();
      List<Pattern> expressions = new ArrayList<>();
      for (Map.Entry<SequencePattern<CoreMap>, ?> e : patternToEntry.entrySet()) {
        if (regexField == null) {
          regexField = CoreNlpInternals.field(e.getValue().getClass(), "regex");
        }
        String[] regex = (String[]) regexField.get(e.getValue());
        if (regex == null) {
          continue;
        }
        List<Integer> ids = new ArrayList<>();
        for (String r : regex) {
          Pattern compiled = expression(r);
          if (compiled != null) {
            ids.add(expressionIds.computeIfAbsent(r, k -> {
              expressions.add(compiled);
              return expressions.size() - 1;
            }));
          }
        }
        String[] plain = plainWords(regex);
        if (plain.length > 0 || !ids.isEmpty()) {
          needs.put(e.getKey(), new Needs(plain, ids.stream().mapToInt(Integer::intValue).toArray()));
        }
      }
      matcherField.set(fine, new FineNerPrefilter(PatternTriggers.of(current), needs, List.copyOf(expressions)));
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

  /**
   * {@code word} compiled case-insensitively when it is a regular expression, else (a plain word, or
   * an expression Java does not compile, which is then not required) null.
   */
  static Pattern expression(String word) {
    if (word.isEmpty() || !REGEX_CHARS.matcher(word).find()) {
      return null;
    }
    try {
      return Pattern.compile(word, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (java.util.regex.PatternSyntaxException e) {
      return null;
    }
  }

  /** {@code s} with each character as Java's case-insensitive regular expressions compare it. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return b.toString();
  }

  /**
   * The patterns CoreNLP's trigger gives for {@code elements}, in its order, less those that cannot
   * match (their words absent from the sentence).
   */
  @Override
  public Collection<SequencePattern<CoreMap>> getTriggeredPatterns(List<? extends CoreMap> elements) {
    Set<String> present = new HashSet<>();
    java.util.BitSet matched = new java.util.BitSet(expressions.size());
    for (CoreMap token : elements) {
      String text = token.get(CoreAnnotations.TextAnnotation.class);
      if (text != null) {
        matched.or(expressions.of(text));
        String folded = fold(text);
        present.add(folded);
        if (folded.indexOf(' ') >= 0) {
          present.addAll(List.of(folded.split("\\s+")));
        }
      }
    }
    Set<SequencePattern<CoreMap>> kept = java.util.Collections.newSetFromMap(new java.util.LinkedHashMap<>());
    triggers.visit(elements, p -> {
      Needs needed = needs.get(p);
      if (needed == null || allPresent(needed.plain(), present) && allMatched(needed.expressions(), matched)) {
        kept.add(p);
      }
    });
    return kept;
  }

  private static boolean allMatched(int[] ids, java.util.BitSet matched) {
    for (int id : ids) {
      if (!matched.get(id)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allPresent(String[] needed, Set<String> present) {
    for (String w : needed) {
      if (!present.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
