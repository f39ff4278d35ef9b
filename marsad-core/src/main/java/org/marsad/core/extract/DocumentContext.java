package org.marsad.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.Span;
import org.marsad.core.nlp.ParsedText;

/**
 * What extraction remembers while it reads one document in order: the people met so far with
 * their titles (to resolve "the Foreign Minister" and "he"), and the places resolved for mentions.
 * Not thread-safe: one per document.
 */
final class DocumentContext {

  final Document document;
  final ParsedText parse;
  final Map<Span, Place> places;
  private final List<Actor> people = new ArrayList<>();
  private Actor lastAgent;

  DocumentContext(Document document, ParsedText parse, Map<Span, Place> places) {
    this.document = document;
    this.parse = parse;
    this.places = places;
  }

  void rememberPerson(Actor person) {
    people.removeIf(p -> p.name().equals(person.name()) && p.title().isEmpty() && !person.title().isEmpty());
    if (people.stream().noneMatch(p -> p.name().equals(person.name()) && p.title().equals(person.title()))) {
      people.add(person);
    }
  }

  void rememberAgent(Actor person) {
    if (person.type().equals("PERSON")) {
      lastAgent = person;
    }
  }

  /** The latest person met with this title ("Foreign Minister"), if any. */
  Optional<Actor> personWithTitle(String title) {
    String t = normalise(title);
    for (int i = people.size() - 1; i >= 0; i--) {
      Actor p = people.get(i);
      if (!p.title().isEmpty() && (normalise(p.title()).equals(t) || normalise(p.title()).endsWith(" " + t))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The person a pronoun most likely stands for: the last person who acted, else the last met. */
  Optional<Actor> pronounReferent() {
    if (lastAgent != null) {
      return Optional.of(lastAgent);
    }
    return people.isEmpty() ? Optional.empty() : Optional.of(people.getLast());
  }

  /** The same person met before under a longer name ("Akram" for "Munir Akram"). */
  Optional<Actor> personNamed(String name) {
    String n = normalise(name);
    for (int i = people.size() - 1; i >= 0; i--) {
      String known = normalise(people.get(i).name());
      if (known.equals(n) || known.endsWith(" " + n)) {
        return Optional.of(people.get(i));
      }
    }
    return Optional.empty();
  }

  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
