package org.marsad.core.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.Span;
import org.marsad.core.nlp.Mention;
import org.marsad.core.nlp.Sentence;
import org.marsad.core.nlp.Token;

/**
 * Reads the actors named in a group of tokens: people with their titles, organisations and
 * countries they belong to, states, and generic bodies ("the police", "Denmark's parliament").
 * Titles without a name ("the Foreign Minister") and pronouns ("he") are resolved to people met
 * earlier in the document. Stateless apart from the document context it is given.
 */
final class ActorReader {

  private static final Set<String> BRIDGE_WORDS =
      Set.of("of", "the", "(", ")", ",", "dr", "dr.", "mr", "mr.", "mrs", "ms", "ambassador", "'s", "’s", "-lrb-", "-rrb-");
  private static final Set<String> SELF = Set.of("i", "me", "my");
  private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him", "i", "me", "my");

  private final CueBook book;
  private final ActorLinker linker;

  ActorReader(CueBook book, ActorLinker linker) {
    this.book = book;
    this.linker = linker;
  }

  /** Remembers every named person of the sentence, with the title standing next to the name. */
  void notePeople(DocumentContext ctx, Sentence s) {
    List<Mention> mentions = ctx.parse.mentionsIn(s.index());
    for (Mention m : mentions) {
      if (m.type().equals("PERSON")) {
        ctx.rememberPerson(person(ctx, s, m, mentions, ""));
      }
    }
  }

  /** The actors named in {@code tokens} of {@code s}, each with {@code role}. */
  List<Actor> read(DocumentContext ctx, Sentence s, BitSet tokens, String role) {
    List<Mention> all = ctx.parse.mentionsIn(s.index());
    List<Mention> inside = all.stream().filter(m -> tokens.get(m.first())).toList();
    List<Actor> out = new ArrayList<>();
    for (Mention m : inside) {
      if (m.type().equals("PERSON")) {
        Actor p = person(ctx, s, m, all, role);
        out.add(ctx.personNamed(p.name()).filter(k -> p.title().isEmpty())
            .map(k -> new Actor(k.name(), k.type(), role, k.title(), k.org(), k.country(), k.registryId(), p.evidence()))
            .orElse(p));
      }
    }
    boolean named = !out.isEmpty();
    for (int k = tokens.nextSetBit(0); k >= 0 && !named; k = tokens.nextSetBit(k + 1)) {
      Token t = s.token(k);
      if (t.pos().startsWith("PRP") && PERSONAL.contains(t.word().toLowerCase(Locale.ROOT))) {
        ctx.pronounReferent().ifPresent(p -> out.add(relabel(p, role, evidence(ctx, t.span()))));
        named = !out.isEmpty();
      }
    }
    for (Mention m : inside) {
      if (m.type().equals("TITLE") && !named && !isTitleOfNamedPerson(m, all)) {
        Optional<Actor> known = ctx.personWithTitle(m.text());
        Actor a = known.map(p -> relabel(p, role, evidence(ctx, m.span())))
            .orElseGet(() -> linker.link(new Actor(m.text(), "PERSON", role, m.text(), orgNear(s, m, all),
                countryNear(ctx, s, m, all), "", evidence(ctx, m.span())), ctx.document.published()));
        out.add(a);
        named = true;
      }
    }
    for (Mention m : inside) {
      if (m.type().equals("ORGANIZATION") && !isPartOfPersonPhrase(m, all, tokens)) {
        out.add(linker.link(new Actor(m.text(), "ORGANIZATION", role, "", "", countryNear(ctx, s, m, all), "",
            evidence(ctx, m.span())), ctx.document.published()));
      }
    }
    for (ActorLinker.Found org : linker.organisationsIn(ctx.document.text(), span(s, tokens))) {
      if (out.stream().noneMatch(a -> a.registryId().equals(org.registryId()) || a.evidence().span().overlaps(org.span()))) {
        out.add(new Actor(org.name(), "ORGANIZATION", role, "", "", org.country(), org.registryId(),
            evidence(ctx, org.span())));
      }
    }
    if (out.isEmpty()) {
      genericActor(ctx, s, tokens, role, all).ifPresent(out::add);
    }
    if (out.isEmpty()) {
      for (Mention m : inside) {
        if (m.type().equals("COUNTRY") || m.type().equals("NATIONALITY")) {
          linker.countryCode(m.text()).ifPresent(cc -> out.add(new Actor(
              linker.countryName(cc).orElse(m.text()), "STATE", role, "", "", cc, "country:" + cc, evidence(ctx, m.span()))));
        }
      }
    }
    return dedupe(out);
  }

  private Actor person(DocumentContext ctx, Sentence s, Mention m, List<Mention> all, String role) {
    Mention title = titleBefore(s, m, all);
    String titleText = title == null ? "" : title.text();
    String org = title == null ? "" : orgBetween(title, m, all);
    String country = title == null ? "" : countryNear(ctx, s, title, all);
    Actor a = new Actor(m.text(), "PERSON", role, titleText, org, country, "", evidence(ctx, m.span()));
    return linker.link(a, ctx.document.published());
  }

  /** A title just before the name, with only "of the OIC", honorifics and punctuation between. */
  private static Mention titleBefore(Sentence s, Mention person, List<Mention> all) {
    Mention best = null;
    for (Mention t : all) {
      if (!t.type().equals("TITLE") || t.last() >= person.first() || person.first() - t.last() > 12) {
        continue;
      }
      boolean bridged = true;
      for (int k = t.last() + 1; k < person.first() && bridged; k++) {
        int idx = k;
        boolean inOrg = all.stream().anyMatch(o -> (o.type().equals("ORGANIZATION") || o.type().equals("COUNTRY")
            || o.type().equals("TITLE")) && o.covers(idx));
        bridged = inOrg || BRIDGE_WORDS.contains(s.token(k).word().toLowerCase(Locale.ROOT));
      }
      if (bridged) {
        best = t;
      }
    }
    return best;
  }

  private static boolean isTitleOfNamedPerson(Mention title, List<Mention> all) {
    return all.stream().anyMatch(p -> p.type().equals("PERSON") && p.first() > title.last() && p.first() - title.last() <= 3);
  }

  private static boolean isPartOfPersonPhrase(Mention org, List<Mention> all, BitSet tokens) {
    // "Secretary General of the OIC Dr Yousef Al-Othaimeen": the OIC is his organisation here
    for (Mention t : all) {
      if (t.type().equals("TITLE") && t.last() < org.first() && org.first() - t.last() <= 3) {
        for (Mention p : all) {
          if (p.type().equals("PERSON") && p.first() > org.last() && p.first() - org.last() <= 4 && tokens.get(p.first())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String orgBetween(Mention title, Mention person, List<Mention> all) {
    for (Mention o : all) {
      if (o.type().equals("ORGANIZATION") && o.first() > title.last() && o.last() < person.first()) {
        return o.text();
      }
    }
    return "";
  }

  private static String orgNear(Sentence s, Mention title, List<Mention> all) {
    for (Mention o : all) {
      if (o.type().equals("ORGANIZATION") && Math.abs(o.first() - title.last()) <= 3) {
        return o.text();
      }
    }
    return "";
  }

  /** A country or nationality standing just before a title or name ("Pakistan's", "Danish"). */
  private String countryNear(DocumentContext ctx, Sentence s, Mention m, List<Mention> all) {
    for (Mention c : all) {
      if ((c.type().equals("COUNTRY") || c.type().equals("NATIONALITY")) && c.last() < m.first()
          && m.first() - c.last() <= 3) {
        Optional<String> code = linker.countryCode(c.text());
        if (code.isPresent()) {
          return code.get();
        }
      }
    }
    return "";
  }

  private Optional<Actor> genericActor(DocumentContext ctx, Sentence s, BitSet tokens, String role, List<Mention> all) {
    Vocabulary generic = book.vocabulary("generic_actor");
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      Token t = s.token(i);
      if (t.isNoun() && generic.contains(TriggerMatcher.lemma(t)) && (t.head() < 0 || !tokens.get(t.head()))) {
        String country = "";
        for (Token c : s.children(i)) {
          int ci = c.index();
          Optional<Mention> cm = all.stream()
              .filter(m -> (m.type().equals("COUNTRY") || m.type().equals("NATIONALITY")) && m.covers(ci)).findFirst();
          if (cm.isPresent()) {
            country = linker.countryCode(cm.get().text()).orElse("");
          }
        }
        BitSet phrase = s.subtree(i, Set.of("acl", "acl:relcl", "nmod:poss", "det", "punct", "case", "nmod", "appos", "conj"));
        String name = properName(s, i).orElse(s.words(phrase));
        return Optional.of(new Actor(name, "GROUP", role, "", "", country, "",
            evidence(ctx, t.span())));
      }
    }
    return Optional.empty();
  }

  /** A proper name standing beside a common noun: "the anti-Islam movement Pegida". */
  private static Optional<String> properName(Sentence s, int noun) {
    StringBuilder sb = new StringBuilder();
    for (int k = noun + 1; k < s.tokens().size() && s.token(k).pos().startsWith("NNP"); k++) {
      sb.append(sb.length() == 0 ? "" : " ").append(s.token(k).word());
    }
    return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
  }

  private static Actor relabel(Actor p, String role, Evidence evidence) {
    return new Actor(p.name(), p.type(), role, p.title(), p.org(), p.country(), p.registryId(), evidence);
  }

  private static List<Actor> dedupe(List<Actor> actors) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      boolean dup = out.stream().anyMatch(b -> b.name().equalsIgnoreCase(a.name())
          || (!a.registryId().isEmpty() && a.registryId().equals(b.registryId())));
      if (!dup) {
        out.add(a);
      }
    }
    return out;
  }

  private static Span span(Sentence s, BitSet tokens) {
    int first = tokens.nextSetBit(0);
    int last = tokens.length() - 1;
    if (first < 0) {
      return new Span(s.span().start(), s.span().start());
    }
    return new Span(s.token(first).span().start(), s.token(last).span().end());
  }

  static Evidence evidence(DocumentContext ctx, Span span) {
    return Evidence.of(ctx.document, span);
  }

  static boolean isSelf(String word) {
    return SELF.contains(word.toLowerCase(Locale.ROOT));
  }
}
