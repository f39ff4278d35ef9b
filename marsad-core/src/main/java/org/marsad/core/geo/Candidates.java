package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Place;

/**
 * Lists the places a mention may mean, each with its prior (see {@link Candidate}): a country
 * scores {@code countryPrior}, an admin area {@code admin1Prior} or {@code admin2Prior} (a little
 * more when populous), a populated place the log of its population plus a bonus for a capital (1)
 * or a first-level seat (0.5); a match by an alternate name loses {@code alternatePenalty}. A
 * country yields to its own area when the mention is only an alias of the country
 * ("England"). A mention that names no place may name a people ("Danish", "Texan"): it then means their country or
 * admin area. An admin area yields to a place of its name within 50 km (the canton of Geneva to
 * Geneva, the Aleppo Governorate to Aleppo) and, when named by a short form, to its seat. Stateless apart from its settings; thread-safe.
 */
final class Candidates {

  /** An admin area whose point lies this close to a place of the same name is that place. */
  private static final double SEAT_KM = 50;

  private final Gazetteer gazetteer;
  private final PlaceResolver.Config config;

  Candidates(Gazetteer gazetteer, PlaceResolver.Config config) {
    this.gazetteer = gazetteer;
    this.config = config;
  }

  /** The candidates of {@code mention}; empty when the gazetteer knows no such name or people. */
  List<Candidate> of(String mention) {
    List<Gazetteer.Match> matches = gazetteer.matches(mention);
    boolean demonym = false;
    if (matches.isEmpty()) {
      matches = gazetteer.demonymMatches(mention);
      demonym = true;
    }
    boolean commonWord = !demonym && !matches.isEmpty() && gazetteer.isCommonWord(mention);
    boolean primaryNamed = matches.stream().anyMatch(this::substantialByPrimaryName);
    List<Candidate> out = new ArrayList<>(matches.size());
    for (Gazetteer.Match m : matches) {
      Place p = m.place();
      double penalty = m.alternate() ? config.alternatePenalty() : 0;
      switch (p.kind()) {
        case COUNTRY -> {
          if (!isAliasOfArea(p, mention, matches)) {
            out.add(new Candidate(p, config.countryPrior() - penalty, m.alternate(), false, false, false));
          }
        }
        case ADMIN -> {
          if (!isSeatOf(p, m.alternate(), matches)) {
            boolean first = m.feature().equals("ADM1");
            double prior = (first ? config.admin1Prior() : config.admin2Prior())
                + 0.1 * (Math.log10(p.population() + 10.0) - 6);
            out.add(new Candidate(p, prior - penalty, m.alternate(), first, m.alternate(), commonWord));
          }
        }
        case CITY -> {
          double prior = Math.log10(p.population() + 10.0)
              + switch (m.feature()) {
                case "PPLC" -> 1.0;
                case "PPLA" -> 0.5;
                default -> 0.0;
              };
          boolean capital = "PPLC".equals(m.feature());
          boolean small = p.population() < config.minPopulation() && !capital;
          boolean outshone = primaryNamed && m.alternate();
          out.add(new Candidate(p, prior - penalty, m.alternate(), false, small || outshone, commonWord));
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code mention} is only an alias of the country that is the own name of one of its
   * areas: "England" is an alias of the United Kingdom and the name of England.
   */
  private static boolean isAliasOfArea(Place country, String mention, List<Gazetteer.Match> matches) {
    if (NameKey.variants(mention).contains(NameKey.of(country.name()))) {
      return false;
    }
    return matches.stream()
        .anyMatch(m -> m.place().kind() == Place.Kind.ADMIN && !m.alternate()
            && m.place().country().equals(country.country()));
  }

  private boolean substantialByPrimaryName(Gazetteer.Match m) {
    return m.place().kind() == Place.Kind.CITY
        && !m.alternate()
        && (m.place().population() >= config.primaryNameMinPopulation() || "PPLC".equals(m.feature()));
  }

  /**
   * Whether a place of the mention's name stands for the admin area: it lies within 50 km of the
   * area's point, or the area is named so only by a short form and the place is its seat (Mecca for
   * "Makkah", the short form of the Makkah Region).
   */
  private static boolean isSeatOf(Place admin, boolean shortForm, List<Gazetteer.Match> matches) {
    for (Gazetteer.Match m : matches) {
      Place p = m.place();
      if (p.kind() != Place.Kind.CITY || !p.country().equals(admin.country())) {
        continue;
      }
      boolean seat = (m.feature().equals("PPLA") || m.feature().equals("PPLC"))
          && p.admin1().equals(admin.admin1());
      if ((shortForm && seat) || GreatCircle.km(p.lat(), p.lon(), admin.lat(), admin.lon()) < SEAT_KM) {
        return true;
      }
    }
    return false;
  }
}
