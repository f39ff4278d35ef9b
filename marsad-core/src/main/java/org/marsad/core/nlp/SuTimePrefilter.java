package org.marsad.core.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes SUTime skip the token rules that cannot match a sentence, without changing what it finds.
 * SUTime tries each of its several hundred token rules at every token of a sentence, and that was most
 * of its time. The prefilter reads, once, the words each rule's pattern requires (a node matching
 * a fixed string, such as "Christmas", or a regular expression, such as {@code /days?/}, on the path
 * every match takes from the pattern's start, before any alternative, repetition or optional part),
 * and runs a rule on a sentence only when each of those occurs in it (compared as the pattern
 * compares: exactly, ignoring case, or matched whole by the expression; which expressions match a
 * word is remembered per word). A rule that could match is never skipped, and the others run in their order, so the
 * expressions SUTime finds are the same (SuTimePrefilterTest compares on TempEval-3 and MEANTIME).
 * The same goes for the composite rules, over the list of tokens and expressions found so far that
 * they read. Rules without such words and text rules always run. Installed into a loaded
 * pipeline's SUTime by reflection on CoreNLP 4.5's private fields, like {@link FineNerPrefilter};
 * thread-safe.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class SuTimePrefilter implements SequenceMatchRules.ExtractRule<Object, Object> {

  /**
   * A word a rule requires of some token: read from annotation {@code key}, either the fixed {@code word}
   * (compared ignoring case or not) or, when {@code regex} is not negative, any word the regular expression of
   * that id matches whole.
   */
  private record Literal(Class key, String word, boolean ignoreCase, int regex) {}

  /** Words whose matching expressions are remembered, at most; then the memory starts again. */
  private static final int REMEMBERED_WORDS = 100_000;

  private final List<SequenceMatchRules.ExtractRule> rules;
  /** Whether these are composite rules, which read a list of tokens and expressions, not a sentence's tokens. */
  private final boolean composite;
  /** Per rule, the words it requires, or null when it always runs. */
  private final List<Literal[]> needs;
  /** Which annotation of the sentence holds the tokens the basic rules read. */
  private final Set<Class> tokenKeys;
  /** Which annotations of a token the words are read from. */
  private final Set<Class> wordKeys;
  /** The regular expressions of the rules' words, by id, and which of them match a token's word whole. */
  private final WordMatches regexes;

  private SuTimePrefilter(List<SequenceMatchRules.ExtractRule> rules, boolean composite, List<Literal[]> needs,
      Set<Class> tokenKeys, Set<Class> wordKeys, List<java.util.regex.Pattern> regexes) {
    this.rules = rules;
    this.composite = composite;
    this.needs = needs;
    this.tokenKeys = tokenKeys;
    this.wordKeys = wordKeys;
    this.regexes = new WordMatches(regexes, REMEMBERED_WORDS);
  }

  /** Installs the prefilter into the SUTime of each NER annotator of {@code pipeline} that has one; idempotent. */
  static void install(AnnotationPipeline pipeline) {
    try {
      Field listed = CoreNlpInternals.field(SequenceMatchRules.ListExtractRule.class, "rules");
      synchronized (SuTimePrefilter.class) {
        for (Object stage : stages(pipeline)) {
          for (String name : List.of("basicExtractRule", "compositeExtractRule")) {
            Field rule = CoreNlpInternals.field(CoreMapExpressionExtractor.Stage.class, name);
            if (rule.get(stage) instanceof SequenceMatchRules.ListExtractRule list) {
              rule.set(stage, of(List.copyOf((List<SequenceMatchRules.ExtractRule>) listed.get(list)),
                  name.startsWith("composite")));
            }
          }
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot install the SUTime prefilter into this CoreNLP: " + e, e);
    }
  }

  /** The prefilters installed in {@code pipeline}'s SUTime, one per list of rules of a stage. */
  static List<SuTimePrefilter> installed(AnnotationPipeline pipeline) throws ReflectiveOperationException {
    List<SuTimePrefilter> out = new ArrayList<>();
    for (Object stage : stages(pipeline)) {
      for (String name : List.of("basicExtractRule", "compositeExtractRule")) {
        if (CoreNlpInternals.field(CoreMapExpressionExtractor.Stage.class, name).get(stage) instanceof SuTimePrefilter p) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** The stages of rules of the SUTime of each NER annotator of {@code pipeline}. */
  private static List<Object> stages(AnnotationPipeline pipeline) throws ReflectiveOperationException {
    List<Object> out = new ArrayList<>();
    for (Annotator a : CoreNlpInternals.annotators(pipeline)) {
      if (!(a instanceof NERCombinerAnnotator ner)) {
        continue;
      }
      Object combiner = CoreNlpInternals.field(NERCombinerAnnotator.class, "ner").get(ner);
      Object numbers = CoreNlpInternals.field(NERClassifierCombiner.class, "nsc").get(combiner);
      Object sutime = numbers instanceof NumberSequenceClassifier
          ? CoreNlpInternals.field(NumberSequenceClassifier.class, "timexExtractor").get(numbers) : null;
      if (sutime instanceof TimeExpressionExtractorImpl) {
        Object extractor = CoreNlpInternals.field(TimeExpressionExtractorImpl.class, "expressionExtractor").get(sutime);
        out.addAll(((Map<Integer, Object>) CoreNlpInternals.field(CoreMapExpressionExtractor.class, "stages")
            .get(extractor)).values());
      }
    }
    return out;
  }

  /** The prefilter over {@code rules}, in their order: a stage's composite rules, or its basic ones. */
  static SuTimePrefilter of(List<SequenceMatchRules.ExtractRule> rules, boolean composite) {
    List<Literal[]> needs = new ArrayList<>();
    Set<Class> tokenKeys = new LinkedHashSet<>();
    Set<Class> wordKeys = new LinkedHashSet<>();
    List<java.util.regex.Pattern> regexes = new ArrayList<>();
    for (SequenceMatchRules.ExtractRule rule : rules) {
      Literal[] need = null;
      if (rule instanceof SequenceMatchRules.AnnotationExtractRule aer && aer.isComposite == composite
          && aer.pattern instanceof TokenSequencePattern pattern && (composite || aer.tokensAnnotationField != null)) {
        List<Literal> words = new ArrayList<>();
        Collection<List<Literal>> found = pattern.findNodePatterns(node -> literals(node, regexes), false, false);
        found.forEach(words::addAll);
        if (!words.isEmpty()) {
          need = words.toArray(Literal[]::new);
          if (!composite) {
            tokenKeys.add(aer.tokensAnnotationField);
          }
          words.forEach(w -> wordKeys.add(w.key()));
        }
      }
      needs.add(need);
    }
    return new SuTimePrefilter(List.copyOf(rules), composite, needs, tokenKeys, wordKeys, regexes);
  }

  /** The fixed words or regular expressions a node must match, or null; new expressions are added to {@code regexes}. */
  private static List<Literal> literals(NodePattern node, List<java.util.regex.Pattern> regexes) {
    if (!(node instanceof CoreMapNodePattern pattern)) {
      return null;
    }
    List<Literal> out = new ArrayList<>();
    for (Pair<Class, NodePattern> p : pattern.getAnnotationPatterns()) {
      if (p.second() instanceof ComplexNodePattern.StringAnnotationPattern s && !s.normalize() && s.getString() != null) {
        out.add(new Literal(p.first(), s.getString(), s.ignoreCase(), -1));
      } else if (p.second() instanceof ComplexNodePattern.StringAnnotationRegexPattern r && r.getPattern() != null) {
        regexes.add(r.getPattern());
        out.add(new Literal(p.first(), null, false, regexes.size() - 1));
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** How many of the rules need words (the others always run). */
  int filtered() {
    return (int) needs.stream().filter(n -> n != null).count();
  }

  @Override
  public boolean extract(Object in, List<Object> out) {
    Map<Class, Set<String>> exact = new HashMap<>();
    Map<Class, Set<String>> folded = new HashMap<>();
    Map<Class, java.util.BitSet> matched = new HashMap<>();
    List<Object> lists = new ArrayList<>();
    if (composite) {
      lists.add(in);
    } else {
      tokenKeys.forEach(key -> lists.add(in instanceof CoreMap sentence ? sentence.get(key) : null));
    }
    boolean known = true;
    for (Object tokens : lists) {
      if (!(tokens instanceof List<?> list)) {
        known = false;
        break;
      }
      for (Object token : list) {
        for (Class key : wordKeys) {
          Object value = token instanceof CoreMap t ? t.get(key) : null;
          if (value != null) {
            String word = String.valueOf(value);
            exact.computeIfAbsent(key, k -> new HashSet<>()).add(word);
            folded.computeIfAbsent(key, k -> new HashSet<>()).add(FineNerPrefilter.fold(word));
            matched.computeIfAbsent(key, k -> new java.util.BitSet(regexes.size()))
                .or(regexes.of(word));
          }
        }
      }
    }
    boolean extracted = false;
    for (int i = 0; i < rules.size(); i++) {
      Literal[] need = needs.get(i);
      if (known && need != null && !present(need, exact, folded, matched)) {
        continue;
      }
      if (rules.get(i).extract(in, out)) {
        extracted = true;
      }
    }
    return extracted;
  }

  private static boolean present(Literal[] need, Map<Class, Set<String>> exact, Map<Class, Set<String>> folded,
      Map<Class, java.util.BitSet> matched) {
    for (Literal l : need) {
      if (l.regex() >= 0) {
        java.util.BitSet ids = matched.get(l.key());
        if (ids == null || !ids.get(l.regex())) {
          return false;
        }
        continue;
      }
      Set<String> words = l.ignoreCase() ? folded.get(l.key()) : exact.get(l.key());
      if (words == null || !words.contains(l.ignoreCase() ? FineNerPrefilter.fold(l.word()) : l.word())) {
        return false;
      }
    }
    return true;
  }
}
