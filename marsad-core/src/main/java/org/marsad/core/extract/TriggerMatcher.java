package org.marsad.core.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.core.nlp.ParsedText;
import org.marsad.core.nlp.Sentence;
import org.marsad.core.nlp.Token;

/**
 * Finds the triggers of every type in a sentence and keeps those whose theme, context and
 * concreteness cues hold. One trigger word yields at most one type: the first in cue-file order.
 * Stateless and thread-safe.
 */
final class TriggerMatcher {

  /** Relations whose subtrees are separate statements, not arguments of the trigger. */
  static final Set<String> CLAUSE_CUT =
      Set.of("ccomp", "parataxis", "acl:relcl", "obl:agent", "advcl", "conj", "dep");
  /** Relations whose subtrees are not what the trigger is about. */
  static final Set<String> ARGUMENT_CUT = Set.of("ccomp", "parataxis", "obl:agent", "advcl", "conj", "dep");
  /** Prepositions of an oblique that is the agent or merely the surroundings, not the target. */
  private static final Set<String> NOT_ARGUMENT_CASES = Set.of("by", "outside", "near", "beside", "behind", "opposite", "after", "before", "during");
  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "its", "their");
  private static final Set<String> RESPONSE_HYPOTHETICAL_TYPES =
      Set.of("resolution", "positive_development", "session", "legal_action");

  private final CueBook book;

  TriggerMatcher(CueBook book) {
    this.book = book;
  }

  /**
   * The triggers of {@code sentence}. A response needs no word of its context vocabulary in its
   * sentence once the document (or the sentence) has told of an incident: "Ardern called it one
   * of New Zealand's darkest days" speaks of the attack reported before, and "police arrested two
   * men" is its legal follow-up.
   */
  List<Match> find(Sentence sentence, ParsedText parse, boolean afterIncident) {
    List<Match> out = new ArrayList<>();
    BitSet used = new BitSet();
    String sentenceText = sentence.words();
    for (TypeCues cues : book.types()) {
      boolean incidentSeen = afterIncident || out.stream().anyMatch(m -> m.cues().kind() == org.marsad.core.domain.RecordKind.INCIDENT);
      boolean excused = incidentSeen && cues.kind() == org.marsad.core.domain.RecordKind.RESPONSE;
      if (cues.contextVocabulary() != null && !excused && !book.vocabulary(cues.contextVocabulary()).foundIn(sentenceText)) {
        continue;
      }
      for (Token token : sentence.tokens()) {
        if (used.get(token.index())) {
          continue;
        }
        for (Trigger trigger : cues.triggers()) {
          int last = matchEnd(sentence, token.index(), trigger);
          if (last < 0) {
            continue;
          }
          Match match = check(cues, trigger, sentence, token.index(), last, parse, false);
          if (match != null) {
            out.add(match);
            if (!match.anaphoric()) {
              used.set(token.index(), last + 1);
            }
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * Every match {@link #find} may return in {@code sentence} once its entities and timexes are known, and
   * more: each trigger of each type, none keeping its words from another, an abstract trigger taken as
   * concrete, and a response excused from its context vocabulary when {@code afterIncident} or when the
   * sentence may itself tell of an incident. Reads only words, lemmas, parts of speech and the tree.
   */
  List<Match> possible(Sentence sentence, boolean afterIncident) {
    List<Match> incidents = possible(sentence, org.marsad.core.domain.RecordKind.INCIDENT, false);
    List<Match> out = new ArrayList<>(incidents);
    out.addAll(possible(sentence, org.marsad.core.domain.RecordKind.RESPONSE, afterIncident || !incidents.isEmpty()));
    return out;
  }

  private List<Match> possible(Sentence sentence, org.marsad.core.domain.RecordKind kind, boolean excused) {
    List<Match> out = new ArrayList<>();
    String sentenceText = sentence.words();
    for (TypeCues cues : book.types()) {
      if (cues.kind() != kind || (cues.contextVocabulary() != null && !excused
          && !book.vocabulary(cues.contextVocabulary()).foundIn(sentenceText))) {
        continue;
      }
      for (Token token : sentence.tokens()) {
        for (Trigger trigger : cues.triggers()) {
          int last = matchEnd(sentence, token.index(), trigger);
          Match match = last < 0 ? null : check(cues, trigger, sentence, token.index(), last, null, true);
          if (match != null) {
            out.add(match);
          }
        }
      }
    }
    return out;
  }

  /** Index of the trigger's last word when it starts at {@code i}, or -1. */
  private static int matchEnd(Sentence s, int i, Trigger trigger) {
    Token first = s.token(i);
    if (trigger.pos() == Trigger.Pos.VERB && !first.isVerb()) {
      return -1;
    }
    if (trigger.pos() == Trigger.Pos.NOUN && !first.isNoun()) {
      return -1;
    }
    List<String> lemmas = trigger.lemmas();
    int j = i;
    for (int k = 0; k < lemmas.size(); k++, j++) {
      // a verb's particle or object may stand between: "set the mosque on fire" is not handled,
      // "set fire", "call for", "open fire" are
      if (j >= s.tokens().size() || !lemma(s.token(j)).equals(lemmas.get(k))) {
        return -1;
      }
    }
    return j - 1;
  }

  static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  private Match check(TypeCues cues, Trigger trigger, Sentence s, int i, int last, ParsedText parse,
      boolean assumeConcrete) {
    Token head = s.token(i);
    if (isNegated(s, i)) {
      return null;
    }
    if ((cues.kind() == org.marsad.core.domain.RecordKind.INCIDENT
            || RESPONSE_HYPOTHETICAL_TYPES.contains(cues.type()))
        && isHypothetical(s, i, cues.kind() == org.marsad.core.domain.RecordKind.RESPONSE)) {
      return null;
    }
    if (trigger.headVocabulary() != null
        && (head.head() < 0 || !book.vocabulary(trigger.headVocabulary()).contains(lemma(s.token(head.head()))))) {
      return null;
    }
    String args = argumentText(s, i);
    boolean themeHolds = holds(cues.themeVocabulary(), args) && holds(trigger.themeVocabulary(), args);
    if (themeHolds && cues.abstractTriggers().contains(lemma(head)) && !assumeConcrete
        && !isConcrete(s, i, parse)) {
      return null;
    }
    if (themeHolds) {
      return new Match(cues, trigger, s, i, last, false);
    }
    boolean definite = s.children(i).stream().anyMatch(c -> DETERMINERS.contains(c.word().toLowerCase(Locale.ROOT)));
    if (definite && head.isNoun() && trigger.themeVocabulary() == null) {
      return new Match(cues, trigger, s, i, last, true);
    }
    return null;
  }

  private boolean holds(String vocabulary, String text) {
    return vocabulary == null || book.vocabulary(vocabulary).foundIn(text);
  }

  /** The words of the trigger's arguments: its subtree less separate clauses and "by" agents. */
  static String argumentText(Sentence s, int i) {
    BitSet tree = s.subtree(i, ARGUMENT_CUT);
    for (Token t : s.tokens()) {
      if (tree.get(t.index()) && t.relation().startsWith("obl") && t.head() == i
          && s.children(t.index()).stream().anyMatch(c -> c.relation().equals("case")
              && NOT_ARGUMENT_CASES.contains(c.word().toLowerCase(Locale.ROOT)))) {
        tree.andNot(s.subtree(t.index(), Set.of()));
      }
    }
    Token self = s.token(i);
    if (self.isNoun() && self.relation().equals("obj") && self.head() >= 0) {
      for (Token sibling : s.children(self.head(), "xcomp")) {
        tree.or(s.subtree(sibling.index(), ARGUMENT_CUT));
      }
    }
    Token head = s.token(i);
    if (head.isNoun() && head.head() >= 0
        && (head.relation().startsWith("compound") || head.relation().equals("conj"))) {
      tree.or(s.subtree(head.head(), CLAUSE_CUT));
    }
    return s.words(tree);
  }

  private boolean isNegated(Sentence s, int i) {
    return s.children(i).stream().anyMatch(c -> {
      String w = c.word().toLowerCase(Locale.ROOT);
      return w.equals("not") || w.equals("never") || w.equals("n't") || w.equals("no");
    });
  }

  private boolean isHypothetical(Sentence s, int i, boolean infinitiveCounts) {
    Vocabulary hypothetical = book.vocabulary("hypothetical");
    List<Token> up = s.ancestry(i);
    for (int k = 1; k < Math.min(up.size(), 5); k++) {
      Token t = up.get(k);
      boolean callFor = lemma(t).equals("call") && s.tokens().stream()
          .anyMatch(c -> (c.head() == t.index() || (c.head() >= 0 && s.token(c.head()).head() == t.index()))
              && Set.of("on", "for", "upon").contains(c.word().toLowerCase(Locale.ROOT)));
      if (hypothetical.contains(lemma(t)) || callFor) {
        return true;
      }
    }
    Token self = s.token(i);
    int verb = self.relation().equals("conj") && self.head() >= 0 ? self.head() : i;
    boolean infinitive = infinitiveCounts && self.isVerb() && s.children(verb).stream()
        .anyMatch(c -> c.relation().equals("mark") && c.word().equalsIgnoreCase("to"));
    return infinitive || s.children(i).stream().anyMatch(c -> c.relation().equals("aux") && hypothetical.contains(lemma(c)));
  }

  private boolean isConcrete(Sentence s, int i, ParsedText parse) {
    Vocabulary concrete = book.vocabulary("concrete");
    Token t = s.token(i);
    if (t.head() >= 0 && concrete.contains(lemma(s.token(t.head())))) {
      return true;
    }
    if (t.pos().equals("NNS")) {
      return true;
    }
    BitSet tree = s.subtree(i, CLAUSE_CUT);
    boolean placed = parse.mentionsIn(s.index()).stream().anyMatch(m -> m.isPlace() && tree.get(m.first()));
    boolean dated = parse.timexesIn(s.index()).stream().anyMatch(x -> tree.get(x.first()));
    return placed || dated;
  }
}
