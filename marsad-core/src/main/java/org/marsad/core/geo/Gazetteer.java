package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.domain.Place;

/**
 * Looks up places and countries by name: about 200,000 populated places from GeoNames cities500,
 * the 249 countries of ISO 3166-1 plus Kosovo with their aliases and demonyms, and about 7,800
 * administrative areas (states, provinces, US counties) with theirs, from resources
 * derived by tools/derive-gazetteer.sh (see NOTICE). Matching is exact on a normalised key: case,
 * accents, apostrophes and full stops do not matter ({@code "GENÈVE"}, {@code "U.S."}), an English
 * possessive or a leading "the" is tried away when the whole mention does not match.
 *
 * <p>{@link #shared()} loads the resources once per JVM, on first use (about a second, some tens of
 * megabytes). Immutable and thread-safe.
 */
public final class Gazetteer {

  /**
   * Countries, then populated places, then admin areas (whose populations are rough estimates),
   * each most populous first.
   */
  private static final Comparator<Match> BY_POPULATION =
      Comparator.comparing((Match m) -> m.place().kind() == Place.Kind.ADMIN)
          .thenComparing(Comparator.comparingLong((Match m) -> m.place().population()).reversed())
          .thenComparing(m -> m.place().kind() != Place.Kind.COUNTRY)
          .thenComparing(m -> m.place().id());

  private final PlaceTable places;
  private final CountryTable countries;
  private final AdminTable admins;
  private final Set<String> commonWords;

  Gazetteer(PlaceTable places, CountryTable countries, AdminTable admins, Set<String> commonWords) {
    this.places = Objects.requireNonNull(places, "places");
    this.countries = Objects.requireNonNull(countries, "countries");
    this.admins = Objects.requireNonNull(admins, "admins");
    this.commonWords = Set.copyOf(commonWords);
  }

  /** The gazetteer of the packaged resources, loaded on first call and shared by the whole JVM. */
  public static Gazetteer shared() {
    return Holder.SHARED;
  }

  /**
   * The countries, places and admin areas whose name or alias matches {@code mention}, in that
   * order, each most populous first; countries have the id {@code country:XX} and kind {@link Place.Kind#COUNTRY}, admin areas
   * an id {@code admin:...} and kind {@link Place.Kind#ADMIN}. Empty when nothing matches.
   */
  public List<Place> candidates(String mention) {
    return matches(mention).stream().map(Match::place).toList();
  }

  /** The country with ISO 3166-1 alpha-2 code {@code alpha2} (either case), as a place. */
  public Optional<Place> country(String alpha2) {
    Objects.requireNonNull(alpha2, "alpha2");
    return countries.byCode(alpha2.strip().toUpperCase(Locale.ROOT));
  }

  /** The display name of the country with code {@code alpha2}, such as "Denmark" for DK. */
  public Optional<String> countryName(String alpha2) {
    return country(alpha2).map(Place::name);
  }

  /**
   * The ISO 3166-1 alpha-2 code of the country that {@code text} names, by name, alias or demonym:
   * "Denmark", "Danish", "Danes", "Pakistan's", "the U.S.", "Britain" all give a code; a region that
   * is no country ("Kashmir") gives none.
   */
  public Optional<String> countryCodeOf(String text) {
    Objects.requireNonNull(text, "text");
    for (String key : NameKey.variants(text)) {
      Optional<String> code = countries.codeOfName(key).or(() -> countries.codeOfDemonym(key));
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code mention} names anything the gazetteer knows: a place, admin area or country by
   * one of its names, or a people by its demonym.
   */
  public boolean knows(String mention) {
    return !matches(mention).isEmpty() || !demonymMatches(mention).isEmpty();
  }

  /** The number of places, countries excluded. */
  public int size() {
    return places.size();
  }

  /**
   * The candidates of {@code mention} with how they matched, most populous first. The first key
   * variant (see {@link NameKey#variants}) that matches anything wins. An abbreviation of an admin
   * area ("W.Va.", "Ky.") counts only when the mention is written with a full stop.
   */
  List<Match> matches(String mention) {
    Objects.requireNonNull(mention, "mention");
    boolean abbreviated = mention.indexOf('.') >= 0;
    for (String key : NameKey.variants(mention)) {
      List<Match> found = new ArrayList<>();
      countries
          .codeOfName(key)
          .flatMap(countries::byCode)
          .ifPresent(c -> found.add(new Match(c, false, "PCLI")));
      for (int value : places.lookup(key)) {
        int row = value >>> 1;
        found.add(new Match(places.place(row), (value & 1) == 1, places.feature(row)));
      }
      for (int value : admins.lookup(key)) {
        int how = value & 3;
        if (how == AdminTable.DEMONYM || (how == AdminTable.ABBREVIATION && !abbreviated)) {
          continue;
        }
        int row = value >>> 2;
        found.add(new Match(admins.place(row), how == AdminTable.ALTERNATE, adminFeature(row)));
      }
      if (!found.isEmpty()) {
        found.sort(BY_POPULATION);
        return found;
      }
    }
    return List.of();
  }

  /**
   * The countries and admin areas whose people {@code mention} names: "Danish" gives Denmark, "Texan"
   * Texas, "Kashmiri" Jammu and Kashmir. Countries first.
   */
  List<Match> demonymMatches(String mention) {
    Objects.requireNonNull(mention, "mention");
    for (String key : NameKey.variants(mention)) {
      List<Match> found = new ArrayList<>();
      countries
          .codeOfDemonym(key)
          .flatMap(countries::byCode)
          .ifPresent(c -> found.add(new Match(c, false, "PCLI")));
      for (int value : admins.lookup(key)) {
        if ((value & 3) == AdminTable.DEMONYM) {
          found.add(new Match(admins.place(value >>> 2), false, adminFeature(value >>> 2)));
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private String adminFeature(int row) {
    return admins.level(row) == 1 ? "ADM1" : "ADM2";
  }

  /**
   * Whether {@code mention} is also an ordinary word ("Police", "Nice", "Friday") or a demonym
   * ("Danish"), so that a place of that name needs support from the text.
   */
  boolean isCommonWord(String mention) {
    for (String key : NameKey.variants(mention)) {
      if (commonWords.contains(key) || countries.codeOfDemonym(key).isPresent()) {
        return true;
      }
    }
    return false;
  }

  int countries() {
    return countries.size();
  }

  int admins() {
    return admins.size();
  }

  /**
   * A candidate with how it matched: by an alternate name, and its GeoNames feature code (PCLI for a
   * country, ADM1 or ADM2 for an admin area).
   */
  record Match(Place place, boolean alternate, String feature) {
    Match {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(feature, "feature");
    }
  }

  private static final class Holder {
    static final Gazetteer SHARED = GazetteerResources.load();
  }
}
