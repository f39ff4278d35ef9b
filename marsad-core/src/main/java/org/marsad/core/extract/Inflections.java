package org.marsad.core.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English word forms a lemma may take in text, generously: plural and third person (-s,
 * -es, -ies), past and participles (-ed, -d, -ied, a doubled consonant, the common irregular
 * verbs) and -ing. A superset is harmless (the cascade's lexicon only lets more sentences
 * through); a missing form would lose a trigger. Stateless and thread-safe.
 */
final class Inflections {

  private static final Map<String, Set<String>> IRREGULAR = Map.ofEntries(
      Map.entry("meet", Set.of("met")), Map.entry("hold", Set.of("held")), Map.entry("uphold", Set.of("upheld")), Map.entry("withhold", Set.of("withheld")), Map.entry("tell", Set.of("told")),
      Map.entry("say", Set.of("said")), Map.entry("write", Set.of("wrote", "written")),
      Map.entry("shoot", Set.of("shot")), Map.entry("beat", Set.of("beaten")), Map.entry("burn", Set.of("burnt")),
      Map.entry("tear", Set.of("tore", "torn")), Map.entry("throw", Set.of("threw", "thrown")),
      Map.entry("hang", Set.of("hung")), Map.entry("leave", Set.of("left")), Map.entry("stand", Set.of("stood")),
      Map.entry("strike", Set.of("struck", "stricken")), Map.entry("bring", Set.of("brought")),
      Map.entry("take", Set.of("took", "taken")), Map.entry("give", Set.of("gave", "given")),
      Map.entry("make", Set.of("made")), Map.entry("have", Set.of("has", "had")),
      Map.entry("get", Set.of("got", "gotten")), Map.entry("lay", Set.of("laid")), Map.entry("send", Set.of("sent")),
      Map.entry("seek", Set.of("sought")), Map.entry("spit", Set.of("spat")), Map.entry("speak", Set.of("spoke", "spoken")),
      Map.entry("fight", Set.of("fought")), Map.entry("forbid", Set.of("forbade", "forbidden")),
      Map.entry("slay", Set.of("slew", "slain")), Map.entry("lead", Set.of("led")), Map.entry("win", Set.of("won")),
      Map.entry("break", Set.of("broke", "broken")), Map.entry("undertake", Set.of("undertook", "undertaken")),
      Map.entry("bear", Set.of("bore", "borne")), Map.entry("rise", Set.of("rose", "risen")),
      Map.entry("swear", Set.of("swore", "sworn")), Map.entry("wear", Set.of("wore", "worn")),
      Map.entry("run", Set.of("ran")), Map.entry("come", Set.of("came")), Map.entry("go", Set.of("went", "gone")),
      Map.entry("see", Set.of("saw", "seen")), Map.entry("know", Set.of("knew", "known")),
      Map.entry("think", Set.of("thought")), Map.entry("catch", Set.of("caught")), Map.entry("feel", Set.of("felt")),
      Map.entry("keep", Set.of("kept")), Map.entry("sell", Set.of("sold")), Map.entry("find", Set.of("found")),
      Map.entry("gunman", Set.of("gunmen")), Map.entry("man", Set.of("men")), Map.entry("woman", Set.of("women")),
      Map.entry("child", Set.of("children")), Map.entry("person", Set.of("people")));

  private Inflections() {}

  /** The forms of {@code lemma} (one word, any case), lower case, the lemma among them. */
  static Set<String> of(String lemma) {
    String w = lemma.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    out.add(w);
    out.addAll(IRREGULAR.getOrDefault(w, Set.of()));
    if (w.isEmpty()) {
      return out;
    }
    out.add(w + "s");
    out.add(w + "es");
    out.add(w + "ed");
    out.add(w + "d");
    out.add(w + "ing");
    out.add(w + "'s");
    char last = w.charAt(w.length() - 1);
    String stem = w.substring(0, w.length() - 1);
    if (last == 'e') {
      out.add(stem + "ing");
    }
    if (last == 'y') {
      out.add(stem + "ies");
      out.add(stem + "ied");
    }
    if (w.endsWith("ie")) {
      out.add(w.substring(0, w.length() - 2) + "ying");
    }
    if (Character.isLetter(last) && "aeiouwxy".indexOf(last) < 0) {
      out.add(w + last + "ed");
      out.add(w + last + "ing");
      out.add(w + last + "er");
    }
    if (w.endsWith("c")) {
      out.add(w + "ked");
      out.add(w + "king");
    }
    return out;
  }
}
