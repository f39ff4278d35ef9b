package org.marsad.core.cascade;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.core.domain.Span;
import org.marsad.core.extract.TriggerLexicon;
import org.marsad.core.lang.LanguageStage;
import org.marsad.core.relevance.RelevanceStage;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Key;
import org.marsad.core.stage.Stage;

/**
 * The cascade's trigger-lexicon stage: splits an English document into sentences, asks the
 * {@link TriggerLexicon} which may yield records, and provides the {@link Focus} the expensive
 * stages read: every candidate and follow-up sentence with the two sentences before it (people
 * named there are who "he" and "the minister" are) and the one after, the lede (the first three
 * sentences), and the first three sentences naming a day (where the document's main date comes
 * from); and, among them, the candidate and follow-up sentences themselves, the only ones extraction
 * reads records from. An English text that names no religion (its {@link RelevanceStage} verdict) is not read:
 * extraction requires the religion vocabulary. Documents in other languages are tested with the
 * {@link MultilingualLexicon}: a religion term and a trigger in one sentence make a candidate, which
 * no English stage reads. Thread-safe.
 */
public final class FocusStage implements Stage {

  public static final Key<Focus> FOCUS = Key.of("focus", Focus.class);

  /**
   * How much text around the candidates the expensive stages read.
   *
   * @param lede the first sentences of the document
   * @param before sentences before each candidate and follow-up
   * @param after sentences after each
   * @param dated the first sentences naming a day
   * @param pronounHistory whether a candidate with a personal pronoun ("he told CNA") is read with
   *     all the text before it: extraction gives the pronoun the last person named, however far back
   */
  public record Context(int lede, int before, int after, int dated, boolean pronounHistory) {

    public Context(int lede, int before, int after, int dated) {
      this(lede, before, after, dated, true);
    }

    public Context {
      if (lede < 0 || before < 0 || after < 0 || dated < 0) {
        throw new IllegalArgumentException("context sizes must not be negative: lede=" + lede + ", before=" + before
            + ", after=" + after + ", dated=" + dated);
      }
    }

    /** The default: what extraction reads people, dates and places from. */
    public static final Context DEFAULT = new Context(3, 2, 1, 3, true);
  }
  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final Pattern DAY = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday"
      + "|sunday|yesterday|today|tonight|tomorrow)\\b|\\b" + MONTH + "\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?"
      + "\\s+(?:of\\s+)?" + MONTH + "\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

  /** The pronouns extraction resolves to a person named before (ActorReader's). */
  private static final Pattern PERSONAL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:he|she|his|her|him|i|me|my)(?![\\p{L}\\p{N}])");

  private final TriggerLexicon lexicon;
  private final MultilingualLexicon foreign;
  private final Context context;

  public FocusStage() {
    this(Context.DEFAULT);
  }

  public FocusStage(Context context) {
    this(TriggerLexicon.defaultLexicon(), MultilingualLexicon.defaultLexicon(), context);
  }

  public FocusStage(TriggerLexicon lexicon, MultilingualLexicon foreign, Context context) {
    this.lexicon = lexicon;
    this.foreign = foreign;
    this.context = context;
  }

  @Override
  public String name() {
    return "lexicon";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(LanguageStage.LANGUAGE, RelevanceStage.RELEVANCE);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(FOCUS);
  }

  @Override
  public Analysis apply(Analysis in) {
    String language = in.get(LanguageStage.LANGUAGE);
    String text = in.document().text();
    if (!language.equals("en")) {
      return in.with(FOCUS, foreign.focus(language, text));
    }
    // extraction requires the religion vocabulary: an English text that names no religion yields nothing
    return in.with(FOCUS, in.get(RelevanceStage.RELEVANCE).relevant() ? focus(text) : Focus.none(0));
  }

  /** The focus of an English text. */
  Focus focus(String text) {
    if (!lexicon.mentionsTrigger(text)) {
      return Focus.none(0);
    }
    List<Span> sentences = SentenceSplitter.split(text);
    List<String> texts = sentences.stream().map(s -> s.of(text)).toList();
    TriggerLexicon.Verdicts v = lexicon.scan(texts);
    if (!v.any()) {
      return Focus.none(sentences.size());
    }
    BitSet wanted = (BitSet) v.candidates().clone();
    wanted.or(v.followUps());
    return around(sentences, texts, wanted, v.candidates().cardinality());
  }

  /**
   * {@code focus} of {@code text} (made by this stage) read around fewer sentences: only the trigger sentences
   * that overlap one of {@code needed} (later stages found that only those may yield a record), with the same
   * context. The trigger sentences stay those of {@code focus} that are kept.
   */
  public Focus narrowed(String text, Focus focus, List<Span> needed) {
    List<Span> sentences = SentenceSplitter.split(text);
    BitSet wanted = new BitSet();
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      if (focus.overlapsTriggerSentence(s.start(), s.end()) && needed.stream().anyMatch(n -> n.overlaps(s))) {
        wanted.set(i);
      }
    }
    if (wanted.isEmpty()) {
      return Focus.none(sentences.size());
    }
    return around(sentences, sentences.stream().map(s -> s.of(text)).toList(), wanted, wanted.cardinality());
  }

  /** The focus on the {@code wanted} sentences with their context. */
  private Focus around(List<Span> sentences, List<String> texts, BitSet wanted, int candidates) {
    BitSet kept = new BitSet();
    kept.set(0, Math.min(context.lede(), sentences.size()));
    for (int i = wanted.nextSetBit(0); i >= 0; i = wanted.nextSetBit(i + 1)) {
      kept.set(Math.max(0, i - context.before()), Math.min(sentences.size(), i + context.after() + 1));
      if (context.pronounHistory() && PERSONAL.matcher(texts.get(i)).find()) {
        kept.set(0, i);
      }
    }
    int dated = 0;
    for (int i = 0; i < texts.size() && dated < context.dated(); i++) {
      if (DAY.matcher(texts.get(i)).find()) {
        kept.set(i);
        dated++;
      }
    }
    List<Span> triggerSentences = wanted.stream().mapToObj(sentences::get).toList();
    return new Focus(regions(sentences, kept), sentences.size(), candidates, triggerSentences);
  }

  /** Runs of kept sentences as single regions, so the text between them stays as written. */
  static List<Span> regions(List<Span> sentences, BitSet kept) {
    List<Span> out = new ArrayList<>();
    int i = kept.nextSetBit(0);
    while (i >= 0) {
      int end = kept.nextClearBit(i);
      out.add(new Span(sentences.get(i).start(), sentences.get(end - 1).end()));
      i = kept.nextSetBit(end);
    }
    return out;
  }
}
