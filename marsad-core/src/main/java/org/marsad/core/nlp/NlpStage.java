package org.marsad.core.nlp;

import org.marsad.core.cascade.Focus;
import org.marsad.core.cascade.FocusStage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import edu.stanford.nlp.ling.CoreLabel;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Span;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Key;
import org.marsad.core.stage.Stage;

/**
 * Runs CoreNLP over an English document and provides its {@link ParsedText}: sentences with
 * dependency trees, entity mentions, and timexes normalised against the publication date.
 * Replacement characters (U+FFFD) are read as spaces; offsets stay those of the stored text.
 * Timexes are read by {@link TimexReader} with the {@link TimexOptions} given. Thread-safe.
 */
public final class NlpStage implements Stage {

  public static final Key<ParsedText> PARSE = Key.of("parse", ParsedText.class);

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "his", "her", "him", "they", "them", "their", "i", "me", "my", "we", "our", "us", "it", "its");

  private final TimexReader timexReader;
  /** Null for the full stage; in the cascade's, which words' sentences are parsed. */
  private final Predicate<String> parseLemma;
  /** Null for the full stage; in the cascade's, what its focus narrows to once the trigger sentences are parsed. */
  private final Narrowing narrowing;

  /** How the cascade's NLP narrows a document's focus once its sentences are tagged and its trigger sentences parsed. */
  @FunctionalInterface
  public interface Narrowing {

    /** No narrowing: the focus as it is. */
    Narrowing NONE = (text, focus, sentences) -> focus;

    /**
     * {@code focus} of {@code text} around only what may still yield a record, given {@code sentences}: the
     * focus's sentences, tagged, the trigger sentences parsed, in order. A focus with no candidate ends the reading.
     */
    Focus narrow(String text, Focus focus, List<Sentence> sentences);
  }

  /** The stage for news: timexes resolved with {@link TimexOptions#NEWS}. */
  public NlpStage() {
    this(TimexOptions.NEWS);
  }

  public NlpStage(TimexOptions options) {
    this(options, null, null);
  }

  private NlpStage(TimexOptions options, Predicate<String> parseLemma, Narrowing narrowing) {
    this.timexReader = new TimexReader(options);
    this.parseLemma = parseLemma;
    this.narrowing = narrowing;
  }

  /**
   * The stage of the cascade: it reads only the regions of the document's {@link Focus} (the rest
   * blanked, so offsets stay those of the stored text) and requires that focus. Every sentence of
   * the regions gets tokens, tags, lemmas and entities (who "he" is, where it happened); only the
   * focus's trigger sentences holding a word whose lower-cased lemma {@code parseLemma} accepts get
   * a dependency tree (extraction reads trees only there); only the trigger sentences that may name a
   * time and the sentences that may name a day ({@link TimeCues}: the document's main date is its first
   * day) get timexes.
   */
  public static NlpStage focused(Predicate<String> parseLemma) {
    return focused(parseLemma, Narrowing.NONE);
  }

  /**
   * The stage of the cascade as {@link #focused(Predicate)}, which reads entities only where they may still matter:
   * once the focus's sentences are tagged and its trigger sentences parsed, {@code narrowing} gives the focus around
   * only those that may yield a record. The sentences outside it are left out of the parse, except those SUTime
   * reads (so the timexes, the main date and what "the following day" counts from, stay the focus's); a narrowed
   * focus with no candidate leaves the parse empty.
   */
  public static NlpStage focused(Predicate<String> parseLemma, Narrowing narrowing) {
    return new NlpStage(TimexOptions.NEWS, java.util.Objects.requireNonNull(parseLemma, "parseLemma"),
        java.util.Objects.requireNonNull(narrowing, "narrowing"));
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Key<?>> requires() {
    return parseLemma != null ? Set.of(FocusStage.FOCUS) : Set.of();
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(PARSE);
  }

  @Override
  public Analysis apply(Analysis in) {
    Document doc = in.document();
    if (parseLemma == null) {
      Annotation annotation = CoreNlpModel.annotateFull(doc.text(), doc.published());
      return in.with(PARSE, convert(annotation, annotation.get(CoreAnnotations.SentencesAnnotation.class), doc.published(),
          timexReader, s -> true));
    }
    Focus focus = in.get(FocusStage.FOCUS);
    Predicate<CoreMap> timed = s -> {
      String text = s.get(CoreAnnotations.TextAnnotation.class);
      return TimeCues.mayNameDay(text) || inTriggerSentence(focus, s) && TimeCues.mayNameTime(text);
    };
    Predicate<CoreMap> parsed = s -> inTriggerSentence(focus, s) && holdsParseLemma(s);
    Annotation tagged = CoreNlpModel.tag(focus.mask(doc.text()), doc.published());
    List<CoreMap> all = tagged.get(CoreAnnotations.SentencesAnnotation.class);
    CoreNlpModel.parse(all.stream().filter(parsed).toList());
    List<Sentence> read = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      read.add(CoreSentences.convert(i, all.get(i)));
    }
    Focus narrowed = narrowing.narrow(doc.text(), focus, read);
    if (!narrowed.any()) {
      return in.with(PARSE, new ParsedText(List.of(), List.of(), List.of()));
    }
    // the sentences SUTime reads stay, so the timexes are the focus's: the main date, and what "the following
    // day" counts from
    Set<CoreMap> timedSentences = Collections.newSetFromMap(new IdentityHashMap<>());
    all.stream().filter(timed).forEach(timedSentences::add);
    List<CoreMap> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (timedSentences.contains(all.get(i)) || narrowed.overlapsRegion(read.get(i).span())) {
        kept.add(all.get(i));
      }
    }
    CoreNlpModel.recognise(tagged, kept, timedSentences::contains);
    return in.with(PARSE, convert(tagged, kept, doc.published(), timexReader, timedSentences::contains));
  }

  private static boolean inTriggerSentence(Focus focus, CoreMap sentence) {
    return focus.overlapsTriggerSentence(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  private boolean holdsParseLemma(CoreMap sentence) {
    for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String lemma = token.lemma() == null ? token.word() : token.lemma();
      if (parseLemma.test(lemma.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The parse of {@code coreSentences} of {@code annotation}, with timexes read from the sentences {@code timed} accepts. */
  static ParsedText convert(Annotation annotation, List<CoreMap> coreSentences, LocalDate published,
      TimexReader timexReader, Predicate<CoreMap> timed) {
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    for (int s = 0; s < coreSentences.size(); s++) {
      CoreMap cs = coreSentences.get(s);
      Sentence sentence = CoreSentences.convert(s, cs);
      sentences.add(sentence);
      if (timed.test(cs)) {
        timexes.addAll(timexReader.read(cs, sentence, annotationText(annotation), published, timexes));
      }
      int firstTokenIndex = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (CoreMap m : cs.get(CoreAnnotations.MentionsAnnotation.class)) {
        if (TimexReader.isTimex(m)) {
          continue;
        }
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstTokenIndex;
        int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - firstTokenIndex - 1;
        Span span = new Span(
            m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        String text = m.get(CoreAnnotations.TextAnnotation.class);
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
}
