package org.marsad.core.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.domain.RecordKind;

/**
 * The cascade's trigger lexicon, derived from a cue book: it reads plain sentences (no parse) and
 * tells which of them the extractor could turn into a record, or add to one. A sentence is a
 * <em>candidate</em> for a type when it holds a word form of one of the type's triggers and every
 * vocabulary the extractor requires in that sentence (the type's context, unless an incident came
 * before and the type is a response; its theme; the trigger's theme and agent vocabularies; a
 * form of the trigger's head vocabulary). A <em>follow-up</em> holds a noun trigger of a type
 * already met: the extractor adds such definite mentions ("the ban") to the record before. Each
 * test is a necessary condition of the extractor's own (its vocabularies are matched against
 * parts of the sentence), so a sentence the extractor reads a record from is always a candidate;
 * the vocabularies are looked for in the sentence and its two neighbours, in case CoreNLP's
 * sentence spans more than the splitter's. Immutable and thread-safe.
 */
public final class TriggerLexicon {


  /** One trigger as plain text can test it. */
  private record Cue(Set<String> forms, boolean verbOnly, WordTerms theme, WordTerms agent, Set<String> headForms) {}

  /** One type: its cues and its sentence-level vocabularies. */
  private record TypeEntry(String type, boolean incident, WordTerms context, WordTerms theme, List<Cue> cues) {}

  /** Which sentences matter, by index. */
  public record Verdicts(BitSet candidates, BitSet followUps, Map<String, Integer> candidatesByType) {
    public Verdicts {
      candidates = (BitSet) candidates.clone();
      followUps = (BitSet) followUps.clone();
      candidatesByType = Map.copyOf(candidatesByType);
    }

    /** Whether any sentence may yield a record. */
    public boolean any() {
      return !candidates.isEmpty();
    }
  }

  private final List<TypeEntry> types;
  private final Set<String> allForms;

  private TriggerLexicon(List<TypeEntry> types) {
    this.types = List.copyOf(types);
    Set<String> forms = new HashSet<>();
    types.forEach(t -> t.cues().forEach(c -> forms.addAll(c.forms())));
    this.allForms = Set.copyOf(forms);
  }

  private static final class Holder {
    static final TriggerLexicon DEFAULT = of(CueBook.defaultBook());
  }

  /** The lexicon of the default pack's English cues, built once per JVM. */
  public static TriggerLexicon defaultLexicon() {
    return Holder.DEFAULT;
  }

  /** The lexicon of {@code book}'s cues. */
  public static TriggerLexicon of(CueBook book) {
    List<TypeEntry> entries = new ArrayList<>();
    for (TypeCues t : book.types()) {
      List<Cue> cues = new ArrayList<>();
      for (Trigger trigger : t.triggers()) {
        Set<String> head = null;
        if (trigger.headVocabulary() != null) {
          head = new HashSet<>();
          for (String term : book.vocabulary(trigger.headVocabulary()).terms()) {
            head.addAll(Inflections.of(term));
          }
        }
        cues.add(new Cue(Set.copyOf(Inflections.of(trigger.lemmas().getFirst())), trigger.pos() == Trigger.Pos.VERB,
            vocabulary(book, trigger.themeVocabulary()), vocabulary(book, trigger.agentVocabulary()),
            head == null ? null : Set.copyOf(head)));
      }
      entries.add(new TypeEntry(t.type(), t.kind() == RecordKind.INCIDENT, vocabulary(book, t.contextVocabulary()),
          vocabulary(book, t.themeVocabulary()), cues));
    }
    return new TriggerLexicon(entries);
  }

  private static WordTerms vocabulary(CueBook book, String name) {
    return name == null ? null : WordTerms.of(book.vocabulary(name));
  }

  /** Whether {@code text} holds a word form of any trigger at all: the quickest test. */
  public boolean mentionsTrigger(String text) {
    for (String w : WordTerms.words(text)) {
      if (allForms.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The verdicts on {@code sentences}, read in order (what came before matters). */
  public Verdicts scan(List<String> sentences) {
    BitSet candidates = new BitSet();
    BitSet followUps = new BitSet();
    Map<String, Integer> byType = new HashMap<>();
    Set<String> typesSeen = new HashSet<>();
    boolean incidentSeen = false;
    List<String[]> split = sentences.stream().map(WordTerms::words).toList();
    for (int i = 0; i < sentences.size(); i++) {
      Set<String> words = new HashSet<>(List.of(split.get(i)));
      if (!intersects(allForms, words)) {
        continue; // no trigger form: neither a candidate nor a follow-up, and nothing seen changes
      }
      // CoreNLP may join a sentence to its neighbour ("... for trial. American authorities allege the
      // attacks ..."): the vocabularies are looked for in the neighbours too, the trigger in the sentence
      List<String> around = new ArrayList<>();
      for (int k = Math.max(0, i - 1); k <= Math.min(sentences.size() - 1, i + 1); k++) {
        around.addAll(List.of(split.get(k)));
      }
      Set<String> windowWords = new HashSet<>(around);
      String text = WordTerms.joined(around.toArray(String[]::new));
      // extraction excuses a response from its context vocabulary when its sentence refers back to an
      // incident ("said the government lied about the bombing"), even one the document never reported
      boolean refersToIncident = namesIncident(words, windowWords, text);
      boolean incidentHere = false;
      List<String> typesHere = new ArrayList<>();
      for (TypeEntry type : types) {
        boolean excused = !type.incident() && (incidentSeen || incidentHere || refersToIncident);
        if (type.context() != null && !excused && !type.context().foundIn(windowWords, text)) {
          continue;
        }
        boolean themeHolds = type.theme() == null || type.theme().foundIn(windowWords, text);
        for (Cue cue : type.cues()) {
          if (!intersects(cue.forms(), words)
              || (cue.agent() != null && !cue.agent().foundIn(windowWords, text))
              || (cue.headForms() != null && !intersects(cue.headForms(), windowWords))) {
            continue;
          }
          if (themeHolds && (cue.theme() == null || cue.theme().foundIn(windowWords, text))) {
            candidates.set(i);
            typesHere.add(type.type());
            byType.merge(type.type(), 1, Integer::sum);
            incidentHere |= type.incident();
            break;
          }
          if (!cue.verbOnly() && cue.theme() == null && typesSeen.contains(type.type())) {
            followUps.set(i);
          }
        }
      }
      incidentSeen |= incidentHere;
      typesSeen.addAll(typesHere);
    }
    return new Verdicts(candidates, followUps, byType);
  }

  /**
   * Whether a sentence holds a noun trigger of an incident that needs no theme of its own ("the
   * bombing", "the attack"): extraction reads such a word as a reference to an incident.
   */
  private boolean namesIncident(Set<String> words, Set<String> windowWords, String text) {
    for (TypeEntry type : types) {
      if (!type.incident() || (type.context() != null && !type.context().foundIn(windowWords, text))) {
        continue;
      }
      for (Cue cue : type.cues()) {
        if (!cue.verbOnly() && cue.theme() == null && intersects(cue.forms(), words)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean intersects(Set<String> a, Set<String> b) {
    Set<String> small = a.size() < b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String s : small) {
      if (large.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
