package org.marsad.core.extract;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marsad.core.domain.Place;
import org.marsad.core.nlp.Mention;
import org.marsad.core.nlp.Sentence;

/**
 * Finds the place of a record: a resolved place mention in the trigger's clause, nearest in the
 * tree and outside the agent's own phrase ("Pakistan's Foreign Minister" is not a place of the
 * event); else, for records that happen somewhere, the document's main place. Stateless.
 */
final class PlaceReader {

  /** A resolved place mention in {@code clause}, outside {@code agentTokens}, nearest to token {@code i}. */
  Optional<Mention> attached(DocumentContext ctx, Sentence s, int i, BitSet clause, BitSet agentTokens) {
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : ctx.parse.mentionsIn(s.index())) {
      if (!m.isPlace() || !clause.get(m.first()) || agentTokens.get(m.first()) || !ctx.places.containsKey(m.span())
          || s.token(m.last()).relation().equals("nmod:poss")) {
        continue;
      }
      int d = s.treeDistance(m.last(), i);
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    // "in Niamey, the capital of Niger": a city of that country in the same sentence is more precise
    if (best != null && ctx.places.get(best.span()).kind() == Place.Kind.COUNTRY) {
      String country = ctx.places.get(best.span()).country();
      for (Mention m : ctx.parse.mentionsIn(s.index())) {
        Place p = ctx.places.get(m.span());
        if (p != null && p.kind() != Place.Kind.COUNTRY && p.country().equals(country)
            && !s.token(m.last()).relation().equals("nmod:poss")) {
          return Optional.of(m);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The document's main place: the first-mentioned place of the country it names most. */
  Optional<Mention> mainPlace(DocumentContext ctx) {
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : ctx.parse.mentions()) {
      Place p = m.isPlace() ? ctx.places.get(m.span()) : null;
      if (p != null) {
        counts.merge(p.country(), 1, Integer::sum);
      }
    }
    Mention best = null;
    int bestCount = 0;
    for (Mention m : ctx.parse.mentions()) {
      Place p = m.isPlace() ? ctx.places.get(m.span()) : null;
      if (p == null) {
        continue;
      }
      int c = counts.get(p.country());
      boolean moreSpecific = best != null && ctx.places.get(best.span()).country().equals(p.country())
          && ctx.places.get(best.span()).kind() == Place.Kind.COUNTRY && p.kind() != Place.Kind.COUNTRY;
      if (c > bestCount || moreSpecific) {
        best = m;
        bestCount = c;
      }
    }
    return Optional.ofNullable(best);
  }
}
