package org.marsad.core.geo;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.domain.Place;

/**
 * Chooses one candidate for each distinct mention of a text so that the choices fit together. It
 * starts from the priors and the countries the caller names, then repeats: a candidate gains
 * {@code contextBoost} when it lies in a country named or chosen for another mention, {@code
 * adminBoost} when it lies in a first-level area chosen for another mention ("Texas" for
 * Paris, Texas), and loses {@code distanceWeight * log10(1 + d / distanceScaleKm)} where {@code d}
 * is the distance to the nearest place chosen for another mention (zero inside a chosen area or
 * country; a country's own point counts with a 300 km margin). A candidate that needs support (see
 * {@link Candidate}) is plausible only in a context country or area or within {@code nearKm} of
 * another choice. This approximates the choice of minimum spanning distance; it stops when no choice
 * changes, after at most five rounds. Not thread-safe: one instance per text.
 */
final class JointChoice {

  private static final int ROUNDS = 5;
  private static final double COUNTRY_MARGIN_KM = 300;

  private final PlaceResolver.Config config;
  private final List<List<Candidate>> candidates;
  private final Set<String> namedCountries;
  private final Candidate[] choice;

  JointChoice(PlaceResolver.Config config, List<List<Candidate>> candidates, Set<String> namedCountries) {
    this.config = config;
    this.candidates = candidates;
    this.namedCountries = namedCountries;
    this.choice = new Candidate[candidates.size()];
  }

  /** The chosen candidate of each mention, in order; {@code null} where none is plausible. */
  Candidate[] choose() {
    for (int i = 0; i < choice.length; i++) {
      choice[i] = best(i, namedCountries, Set.of(), false);
    }
    for (int round = 0; round < ROUNDS && choice.length > 1; round++) {
      Candidate[] next = new Candidate[choice.length];
      for (int i = 0; i < choice.length; i++) {
        Set<String> countries = new HashSet<>(namedCountries);
        Set<String> areas = new HashSet<>();
        for (int j = 0; j < choice.length; j++) {
          if (j != i && choice[j] != null) {
            countries.add(choice[j].place().country());
            if (choice[j].admin1Level()) {
              areas.add(area(choice[j].place()));
            }
          }
        }
        next[i] = best(i, countries, areas, true);
      }
      boolean changed = !Arrays.equals(next, choice);
      System.arraycopy(next, 0, choice, 0, choice.length);
      if (!changed) {
        break;
      }
    }
    return choice.clone();
  }

  private Candidate best(int i, Set<String> countries, Set<String> areas, boolean useDistance) {
    Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : candidates.get(i)) {
      Place p = c.place();
      double d = useDistance ? nearest(i, c) : Double.POSITIVE_INFINITY;
      boolean inCountry = countries.contains(p.country());
      boolean inArea = p.kind() != Place.Kind.COUNTRY && !c.admin1Level() && areas.contains(area(p));
      boolean supported = inCountry || inArea || d <= config.nearKm();
      if (!plausible(c, supported)) {
        continue;
      }
      double score = c.prior();
      if (inCountry) {
        score += config.contextBoost();
      }
      if (inArea) {
        score += config.adminBoost();
      }
      if (Double.isFinite(d)) {
        score -= config.distanceWeight() * Math.log10(1 + d / config.distanceScaleKm());
      }
      if (score > bestScore
          || (score == bestScore && best != null && p.population() > best.place().population())) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private boolean plausible(Candidate c, boolean supported) {
    long population = c.place().population();
    if (c.needsBigContext()) {
      return population >= config.commonWordMinPopulation()
          || (supported && population >= config.minPopulation());
    }
    return !c.needsContext() || supported;
  }

  /** Kilometres from {@code p} to the nearest place chosen for another mention; infinite if none. */
  private double nearest(int i, Candidate c) {
    double min = Double.POSITIVE_INFINITY;
    for (int j = 0; j < choice.length; j++) {
      Candidate other = choice[j];
      if (j == i || other == null || other.place().kind() == Place.Kind.COUNTRY) {
        continue;
      }
      min = Math.min(min, distance(c, other.place()));
    }
    return min;
  }

  private static double distance(Candidate c, Place other) {
    Place p = c.place();
    if (p.kind() == Place.Kind.COUNTRY) {
      if (other.country().equals(p.country())) {
        return 0;
      }
      return Math.max(0, km(p, other) - COUNTRY_MARGIN_KM);
    }
    if (c.admin1Level() && !p.admin1().isEmpty() && area(p).equals(area(other))) {
      return 0;
    }
    return km(p, other);
  }

  private static double km(Place a, Place b) {
    return GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
  }

  private static String area(Place p) {
    return p.country() + "." + p.admin1();
  }
}
