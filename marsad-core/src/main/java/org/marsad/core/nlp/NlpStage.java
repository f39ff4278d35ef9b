package org.marsad.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Span;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Key;
import org.marsad.core.stage.Stage;
import org.marsad.core.time.DateRange;
import org.marsad.core.time.NewsWeekdays;
import org.marsad.core.time.TimexValues;

/**
 * Runs CoreNLP over an English document and provides its {@link ParsedText}: sentences with
 * dependency trees, entity mentions, and timexes normalised against the publication date.
 * Replacement characters (U+FFFD) are read as spaces; offsets stay those of the stored text.
 * Thread-safe.
 */
public final class NlpStage implements Stage {

  public static final Key<ParsedText> PARSE = Key.of("parse", ParsedText.class);

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "his", "her", "him", "they", "them", "their", "i", "me", "my", "we", "our", "us", "it", "its");

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(PARSE);
  }

  @Override
  public Analysis apply(Analysis in) {
    Document doc = in.document();
    Annotation annotation = new Annotation(doc.text().replace('\uFFFD', ' '));
    if (doc.published() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, doc.published().toString());
    }
    CoreNlpModel.shared().annotate(annotation);
    return in.with(PARSE, convert(annotation, doc.published()));
  }

  static ParsedText convert(Annotation annotation, LocalDate published) {
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < coreSentences.size(); s++) {
      CoreMap cs = coreSentences.get(s);
      Sentence sentence = sentence(s, cs);
      sentences.add(sentence);
      int firstTokenIndex = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
      List<Timex> sentenceTimexes = new ArrayList<>(DayRanges.find(sentence, annotationText(annotation), published));
      java.util.Map<DateRange, DateRange> moved = new java.util.HashMap<>();
      for (CoreMap m : cs.get(CoreAnnotations.MentionsAnnotation.class)) {
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstTokenIndex;
        int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - firstTokenIndex - 1;
        Span span = new Span(
            m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        String text = m.get(CoreAnnotations.TextAnnotation.class);
        edu.stanford.nlp.time.Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
        if (tx != null || "DATE".equals(type)) {
          String value = tx != null ? tx.value() : m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          Span timexSpan = span;
          boolean coveredByRange = sentenceTimexes.stream().anyMatch(t -> t.span().overlaps(timexSpan));
          if (!coveredByRange && (published != null || text.matches(".*\\d{4}.*"))) {
            DateRange resolved = TimexValues.parse(value, published).orElse(null);
            DateRange range = NewsWeekdays.anchor(resolved, text, sentence.words(), published);
            if (resolved != null && range == resolved && moved.containsKey(resolved)) {
              range = moved.get(resolved); // "night" of "Saturday night", resolved like its weekday
            } else if (resolved != null && range != resolved) {
              moved.put(resolved, range);
            }
            sentenceTimexes.add(new Timex(s, first, last, span, text, value == null ? "" : value, range));
          }
          continue;
        }
        if (PRONOUNS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
          type = "PRONOUN";
        }
        if (type.equals("TITLE")) {
          // "Special Envoy": CoreNLP tags only "Envoy"; take in the capitalised words before it
          while (first > 0 && Character.isUpperCase(sentence.token(first - 1).word().charAt(0))
              && (sentence.token(first - 1).pos().equals("JJ") || sentence.token(first - 1).pos().startsWith("NNP"))
              && !isMentionToken(cs, firstTokenIndex, first - 1)) {
            first--;
          }
          span = new Span(sentence.token(first).span().start(), span.end());
          text = annotationText(annotation).substring(span.start(), span.end());
        }
        mentions.add(new Mention(s, first, last, span, text, type));
      }
      sentenceTimexes.sort(java.util.Comparator.comparing(Timex::span));
      timexes.addAll(sentenceTimexes);
    }
    return new ParsedText(sentences, mentions, timexes);
  }

  private static boolean isMentionToken(CoreMap cs, int firstTokenIndex, int token) {
    for (CoreMap m : cs.get(CoreAnnotations.MentionsAnnotation.class)) {
      int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstTokenIndex;
      int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - firstTokenIndex;
      if (first <= token && token < end) {
        return true;
      }
    }
    return false;
  }

  private static String annotationText(Annotation annotation) {
    return annotation.get(CoreAnnotations.TextAnnotation.class);
  }

  private static Sentence sentence(int index, CoreMap cs) {
    List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
    int[] heads = new int[labels.size()];
    String[] relations = new String[labels.size()];
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(relations, "root");
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
