package org.marsad.core.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;
import org.marsad.core.nlp.Mention;
import org.marsad.core.nlp.ParsedText;
import org.marsad.core.nlp.Sentence;
import org.marsad.core.nlp.Timex;
import org.marsad.core.nlp.Token;
import org.marsad.core.time.DateRange;

/**
 * Reads the incidents and responses of one parsed document: finds triggers sentence by sentence,
 * gives each its actors, date and place with their evidence, resolves definite references back
 * to records already read, then merges mentions of the same event. Thread-safe: all state lives
 * in a per-document context.
 */
final class Extractor {

  static final String VERSION = "rules-1";
  private static final Set<String> AGENT_CUT = Set.of("acl", "acl:relcl", "parataxis", "ccomp", "advcl", "punct");
  private static final Set<String> BODY_TYPES = Set.of("session", "resolution", "report", "positive_development");
  private static final Set<String> PLACED_RESPONSES = Set.of("legal_action", "positive_development");
  /** Responses held somewhere: a place anywhere in their sentence is theirs ("met ... in Niamey"). */
  private static final Set<String> SITED_RESPONSES = Set.of("session", "meeting");

  private final CueBook book;
  private final TriggerMatcher matcher;
  private final ActorReader actors;
  private final DateReader dates = new DateReader();
  private final PlaceReader placeReader = new PlaceReader();
  private final RecordMerger merger;

  Extractor(CueBook book, ActorLinker linker) {
    this.book = book;
    this.matcher = new TriggerMatcher(book);
    this.actors = new ActorReader(book, linker);
    this.merger = new RecordMerger(book.vocabulary("court"));
  }

  List<ExtractedRecord> extract(Document doc, ParsedText parse, Map<Span, Place> places) {
    if (!book.isTopical(doc.title() + "\n" + doc.text())) {
      return List.of();
    }
    DocumentContext ctx = new DocumentContext(doc, parse, places);
    Optional<DateRange> mainDate = dates.mainDate(parse, doc.published());
    Optional<Mention> mainPlace = placeReader.mainPlace(ctx);
    List<RecordDraft> drafts = new ArrayList<>();
    for (Sentence s : parse.sentences()) {
      actors.notePeople(ctx, s);
      List<RecordDraft> inSentence = new ArrayList<>();
      boolean afterIncident = drafts.stream().anyMatch(d -> d.kind == RecordKind.INCIDENT);
      for (Match match : matcher.find(s, parse, afterIncident)) {
        if (match.anaphoric()) {
          referBack(ctx, match, drafts);
          continue;
        }
        draft(ctx, match, mainDate, mainPlace).ifPresent(inSentence::add);
      }
      drafts.addAll(keepStrongestPerAgent(inSentence));
    }
    List<RecordDraft> merged = merger.merge(drafts);
    merger.linkSuspects(merged);
    String provenance = "extract/" + VERSION + ";" + org.marsad.core.nlp.CoreNlpModel.VERSION + ";cues=" + book.pack();
    return merged.stream().map(d -> d.freeze(doc.id(), provenance)).toList();
  }

  /**
   * The sentences of a document (in order; parsed where extraction may read records, entities and timexes not
   * needed) from which {@link #extract} may read a record, or a reference to one, whatever their entities and
   * timexes turn out to be: a superset of those it will read from. A possible trigger must pass every test of
   * {@link #draft} that reads only the tree (an agent phrase, a second party).
   */
  BitSet mayYield(List<Sentence> sentences) {
    BitSet out = new BitSet();
    Set<String> typesDrafted = new java.util.HashSet<>();
    boolean incidentBefore = false;
    for (int k = 0; k < sentences.size(); k++) {
      List<Match> drafted = new ArrayList<>();
      for (Match m : matcher.possible(sentences.get(k), incidentBefore)) {
        if (m.anaphoric() ? typesDrafted.contains(m.type()) : mayDraft(m, agentPhrase(m.sentence(), m.token()))) {
          out.set(k);
          if (!m.anaphoric()) {
            drafted.add(m);
          }
        }
      }
      drafted.forEach(m -> typesDrafted.add(m.type()));
      incidentBefore |= drafted.stream().anyMatch(m -> m.cues().kind() == RecordKind.INCIDENT);
    }
    return out;
  }

  /**
   * Whether {@link #draft} may make a record of {@code match}, whose agent phrase is {@code agentTokens}, by the
   * tests that read only the tree. {@link #draft} starts with them, so that {@link #mayYield} cannot refuse what
   * it would accept.
   */
  private boolean mayDraft(Match match, BitSet agentTokens) {
    Sentence s = match.sentence();
    int i = match.token();
    TypeCues cues = match.cues();
    if (match.trigger().agentVocabulary() != null
        && !book.vocabulary(match.trigger().agentVocabulary()).foundIn(s.words(agentTokens))) {
      return false;
    }
    // without an agent phrase there are no agents, and only a report or a body has other actors yet
    boolean othersBeforeInstitution = cues.type().equals("report") || BODY_TYPES.contains(cues.type());
    if (agentTokens.isEmpty() && (cues.needsAgent() || (cues.needsInstitution() && !othersBeforeInstitution))) {
      return false;
    }
    return !cues.needsParticipant() || !participants(s, i).isEmpty()
        || (cues.type().equals("legal_action") && !participleSubject(s, i).isEmpty());
  }

  private Optional<RecordDraft> draft(DocumentContext ctx, Match match, Optional<DateRange> mainDate,
      Optional<Mention> mainPlace) {
    Sentence s = match.sentence();
    int i = match.token();
    TypeCues cues = match.cues();
    BitSet agentTokens = agentPhrase(s, i);
    if (!mayDraft(match, agentTokens)) {
      return Optional.empty();
    }
    RecordDraft d = new RecordDraft(cues.type(), cues.kind(), s.index());
    String agentRole = cues.kind() == RecordKind.INCIDENT ? "perpetrator" : "agent";
    List<Actor> agents = agentTokens.isEmpty() ? List.of() : actors.read(ctx, s, agentTokens, agentRole);
    d.addActors(agents);
    if (cues.type().equals("report")) {
      themeNoun(s, i, book.vocabulary("report_text"))
          .ifPresent(n -> d.addActors(actors.read(ctx, s, withoutHead(s, n), "author")));
    } else if (BODY_TYPES.contains(cues.type()) && agents.isEmpty()) {
      BitSet own = s.subtree(themeNoun(s, i, book.vocabulary("resolution_text")).orElse(i), TriggerMatcher.CLAUSE_CUT);
      own.andNot(agentTokens);
      d.addActors(actors.read(ctx, s, own, "body"));
    }
    if (cues.needsAgent() && agents.isEmpty()) {
      return Optional.empty();
    }
    boolean instituted = BODY_TYPES.contains(cues.type())
        ? d.actors.stream().anyMatch(Extractor::isNamedBody)
        : d.actors.stream().anyMatch(Extractor::isInstitutional);
    if (cues.needsInstitution() && !instituted) {
      return Optional.empty();
    }
    if (cues.notAgentVocabulary() != null && !agents.isEmpty()) {
      Vocabulary notAgent = book.vocabulary(cues.notAgentVocabulary());
      if (agents.stream().allMatch(a -> notAgent.foundIn(a.name()))) {
        return Optional.empty();
      }
    }
    if (cues.kind() == RecordKind.INCIDENT && cues.argumentRole() != null) {
      BitSet args = s.subtree(i, TriggerMatcher.ARGUMENT_CUT);
      args.andNot(agentTokens);
      args.clear(i);
      d.addActors(actors.read(ctx, s, args, cues.argumentRole()).stream()
          .filter(a -> !a.type().equals("STATE")).toList());
    }
    BitSet others = participants(s, i);
    if (!others.isEmpty() || cues.type().equals("legal_action")) {
      String role = cues.type().equals("legal_action") ? "defendant" : "participant";
      List<Actor> second = others.isEmpty() ? List.of() : actors.read(ctx, s, others, role);
      if (second.isEmpty() && cues.type().equals("legal_action")) {
        BitSet subject = participleSubject(s, i);
        second = subject.isEmpty() ? List.of() : actors.read(ctx, s, subject, role);
      }
      if (cues.needsParticipant() && second.isEmpty()) {
        return Optional.empty();
      }
      d.addActors(second);
    } else if (cues.needsParticipant()) {
      return Optional.empty();
    }
    agents.stream().filter(a -> a.type().equals("PERSON")).findFirst().ifPresent(ctx::rememberAgent);
    d.addEvidence(Evidence.of(ctx.document, s.span()));
    Optional<Timex> timex = dates.attached(ctx.parse, s, i);
    if (timex.isPresent()) {
      d.date = timex.get().range();
      d.dateEvidence = Evidence.of(ctx.document, timex.get().span());
      d.dateStated = true;
    } else {
      d.date = mainDate.orElse(null);
    }
    BitSet clause = clause(s, i);
    Optional<Mention> place = placeReader.attached(ctx, s, i, clause, agentTokens);
    if (place.isEmpty() && SITED_RESPONSES.contains(cues.type())) {
      BitSet whole = new BitSet();
      whole.set(0, s.tokens().size());
      place = placeReader.attached(ctx, s, i, whole, agentTokens);
    }
    if (place.isPresent()) {
      d.place = ctx.places.get(place.get().span());
      d.placeEvidence = Evidence.of(ctx.document, place.get().span());
      d.placeStated = true;
    } else if (cues.kind() == RecordKind.INCIDENT || PLACED_RESPONSES.contains(cues.type())) {
      Optional<Place> agentCountry = agents.stream().map(Actor::country).filter(c -> !c.isEmpty()).findFirst()
          .flatMap(c -> ctx.places.values().stream().filter(p -> p.country().equals(c)).findFirst());
      if (agentCountry.isPresent()) {
        d.place = agentCountry.get();
      } else if (mainPlace.isPresent()) {
        d.place = ctx.places.get(mainPlace.get().span());
        d.placeEvidence = Evidence.of(ctx.document, mainPlace.get().span());
      }
    }
    return Optional.of(d);
  }

  /** The word of {@code vocabulary} the trigger is about: itself, or a noun among its arguments. */
  private static Optional<Integer> themeNoun(Sentence s, int i, Vocabulary vocabulary) {
    if (vocabulary.contains(s.token(i).word())) {
      return Optional.of(i);
    }
    BitSet tree = s.subtree(i, TriggerMatcher.CLAUSE_CUT);
    for (int k = tree.nextSetBit(0); k >= 0; k = tree.nextSetBit(k + 1)) {
      if (s.token(k).isNoun() && vocabulary.contains(s.token(k).word())) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** A noun's modifiers, less the noun itself. */
  private static BitSet withoutHead(Sentence s, int noun) {
    BitSet tree = s.subtree(noun, TriggerMatcher.CLAUSE_CUT);
    tree.clear(noun);
    return tree;
  }

  /** An office holder, an organisation or a state: who makes the responses an observatory tracks. */
  private static boolean isInstitutional(Actor a) {
    return !a.title().isEmpty() || !a.registryId().isEmpty() || !a.type().equals("PERSON");
  }

  /** A body known by name (the CFM, the Human Rights Council), not "the council". */
  private static boolean isNamedBody(Actor a) {
    return !a.registryId().isEmpty() || a.type().equals("ORGANIZATION");
  }

  /** A definite mention ("the ban", "the resolution") adds its sentence to the latest record of its type. */
  private void referBack(DocumentContext ctx, Match match, List<RecordDraft> drafts) {
    for (int k = drafts.size() - 1; k >= 0; k--) {
      RecordDraft d = drafts.get(k);
      if (d.type.equals(match.type())) {
        Sentence s = match.sentence();
        d.addEvidence(Evidence.of(ctx.document, s.span()));
        BitSet agentTokens = agentPhrase(s, match.token());
        if (!agentTokens.isEmpty()) {
          d.addActors(actors.read(ctx, s, agentTokens, d.kind == RecordKind.INCIDENT ? "perpetrator" : "agent"));
        }
        Optional<Timex> timex = dates.attached(ctx.parse, s, match.token());
        if (timex.isPresent() && (!d.dateStated || timex.get().range().start().isBefore(d.date.start()))) {
          d.date = timex.get().range();
          d.dateEvidence = Evidence.of(ctx.document, timex.get().span());
          d.dateStated = true;
        }
        return;
      }
    }
  }

  /** In one sentence one agent makes one statement: a stronger response by it replaces it. */
  private List<RecordDraft> keepStrongestPerAgent(List<RecordDraft> drafts) {
    List<RecordDraft> out = new ArrayList<>();
    for (RecordDraft d : drafts) {
      boolean weaker = d.type.equals("statement") && drafts.stream().anyMatch(o -> o != d
          && o.kind == RecordKind.RESPONSE && !o.type.equals("statement") && merger.shareAgent(o, d));
      boolean repeated = out.stream().anyMatch(o -> o.type.equals(d.type) && merger.shareAgent(o, d));
      if (!weaker && !repeated) {
        out.add(d);
      }
    }
    return out;
  }

  /** The tokens naming who acts: the subject of a verb, the possessor or "by" phrase of a noun. */
  static BitSet agentPhrase(Sentence s, int i) {
    Token t = s.token(i);
    Optional<Token> agent;
    if (t.isVerb()) {
      agent = subject(s, i, 0);
    } else {
      agent = s.children(i, "nmod:poss").stream().findFirst()
          .or(() -> byPhrase(s, i))
          .or(() -> lightVerbSubject(s, t));
    }
    return agent.map(a -> s.subtree(a.index(), AGENT_CUT)).orElseGet(BitSet::new);
  }

  private static Optional<Token> subject(Sentence s, int verb, int depth) {
    Optional<Token> nsubj = s.children(verb).stream().filter(c -> c.relation().equals("nsubj")).findFirst();
    if (nsubj.isPresent()) {
      return nsubj;
    }
    boolean passive = s.children(verb).stream().anyMatch(c -> c.relation().equals("nsubj:pass"));
    if (passive) {
      return byPhrase(s, verb);
    }
    Token v = s.token(verb);
    if (depth < 2 && v.head() >= 0 && (v.relation().equals("conj") || v.relation().equals("xcomp"))) {
      return subject(s, v.head(), depth + 1);
    }
    return Optional.empty();
  }

  private static Optional<Token> byPhrase(Sentence s, int i) {
    return s.children(i).stream()
        .filter(c -> c.relation().equals("obl:agent")
            || ((c.relation().startsWith("obl") || c.relation().startsWith("nmod"))
                && s.children(c.index()).stream().anyMatch(x -> x.relation().equals("case") && x.word().equalsIgnoreCase("by"))))
        .findFirst();
  }

  private static Optional<Token> lightVerbSubject(Sentence s, Token noun) {
    if (noun.head() < 0 || !(noun.relation().equals("obj") || noun.relation().startsWith("obl"))) {
      return Optional.empty();
    }
    Token verb = s.token(noun.head());
    Set<String> light = Set.of("express", "convey", "voice", "reiterate", "reaffirm", "issue", "make", "give",
        "present", "submit", "extend", "lodge", "announce", "receive", "have", "hold", "share", "offer", "renew",
        "launch", "put", "table", "deliver", "get");
    if (!verb.isVerb() || !light.contains(TriggerMatcher.lemma(verb))) {
      return Optional.empty();
    }
    return subject(s, verb.index(), 0);
  }

  /** The second party: a verb's object, or a "with"/"from" phrase. */
  private static BitSet participants(Sentence s, int i) {
    BitSet out = new BitSet();
    Token t = s.token(i);
    for (Token c : s.children(i)) {
      boolean object = t.isVerb() && (c.relation().equals("obj") || c.relation().equals("nsubj:pass"));
      boolean withFrom = s.children(c.index()).stream().anyMatch(x -> x.relation().equals("case")
          && Set.of("with", "from", "between").contains(x.word().toLowerCase(java.util.Locale.ROOT)));
      if (object || ((c.relation().startsWith("obl") || c.relation().startsWith("nmod")) && withFrom)) {
        out.or(s.subtree(c.index(), AGENT_CUT));
      }
    }
    return out;
  }

  /** "Tarrant appeared in court charged with murder": the one charged is the subject of the clause. */
  private static BitSet participleSubject(Sentence s, int i) {
    Token t = s.token(i);
    boolean ownSubject = s.children(i).stream().anyMatch(c -> c.relation().startsWith("nsubj"));
    if (!t.isVerb() || ownSubject || t.head() < 0
        || !Set.of("xcomp", "advcl", "acl", "dep", "conj").contains(t.relation())) {
      return new BitSet();
    }
    return subject(s, t.head(), 0).map(a -> s.subtree(a.index(), AGENT_CUT)).orElseGet(BitSet::new);
  }

  /** The clause a trigger belongs to: for a noun argument, its verb's clause. */
  static BitSet clause(Sentence s, int i) {
    int top = i;
    for (int k = 0; k < 3; k++) {
      Token t = s.token(top);
      boolean inNounPhrase = t.isNoun() && t.head() >= 0 && s.token(t.head()).isNoun()
          && (t.relation().equals("nmod") || t.relation().equals("conj") || t.relation().startsWith("compound"));
      if (!inNounPhrase) {
        break;
      }
      top = t.head();
    }
    Token t = s.token(top);
    boolean argument = t.isNoun() && t.head() >= 0 && s.token(t.head()).isVerb()
        && (t.relation().startsWith("nsubj") || t.relation().equals("obj") || t.relation().startsWith("obl"));
    int root = argument ? t.head() : top;
    return s.subtree(root, TriggerMatcher.CLAUSE_CUT);
  }
}
