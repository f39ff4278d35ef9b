package org.marsad.core.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.domain.Place;

/**
 * Chooses the place a mention most likely means, among the {@link Gazetteer}'s candidates.
 *
 * <ul>
 *   <li>A country name or alias means the country ("Niger" is the country, not a town of Niger).
 *   <li>Otherwise each place scores the log of its population, a bonus for a capital or a
 *       first-level seat, a strong bonus when it lies in a country the text names ({@code
 *       contextCountries}), and a penalty when only an alternate name matched ("Geneva" is Genève).
 *   <li>An alternate name outside the context countries does not compete with a city or capital
 *       that bears the mention as its own name ("New Delhi" is not Delhi, "Victoria" not Hong Kong).
 *   <li>A small place counts only in a context country. A mention that is also an ordinary word or a
 *       demonym ("Police", "Nice", "Danish") counts only for a very large place, or for a place in a
 *       context country that is not small. Nothing else is guessed: the answer is then empty.
 * </ul>
 *
 * <p>Immutable and thread-safe; cheap to create, the gazetteer is the heavy part.
 */
public final class PlaceResolver {

  /**
   * Settings of the resolver.
   *
   * @param minPopulation a place outside the context countries needs at least this population,
   *     unless it is a national capital
   * @param commonWordMinPopulation a place whose name is an ordinary word needs at least this
   *     population, or a context country and {@code minPopulation}
   * @param contextBoost score added to a place in a context country (the score of a place is about
   *     log10 of its population)
   * @param alternatePenalty score taken from a place matched by an alternate name only
   * @param primaryNameMinPopulation a place of at least this population (or a capital) that bears
   *     the mention as its own name rules out places outside the context that bear it as an
   *     alternate name
   */
  public record Config(
      long minPopulation,
      long commonWordMinPopulation,
      double contextBoost,
      double alternatePenalty,
      long primaryNameMinPopulation) {

    public Config {
      if (minPopulation < 0 || commonWordMinPopulation < 0 || primaryNameMinPopulation < 0) {
        throw new IllegalArgumentException(
            "populations must be >= 0: minPopulation="
                + minPopulation
                + ", commonWordMinPopulation="
                + commonWordMinPopulation
                + ", primaryNameMinPopulation="
                + primaryNameMinPopulation);
      }
      if (!(contextBoost >= 0) || !(alternatePenalty >= 0)) {
        throw new IllegalArgumentException(
            "boost and penalty must be >= 0: contextBoost="
                + contextBoost
                + ", alternatePenalty="
                + alternatePenalty);
      }
    }

    /**
     * 15,000 people, 500,000 for ordinary words, +1.2 in context (a factor of about 16 in
     * population: Paris, Texas does not beat Paris, France because the text names the US), -0.5 for
     * an alternate name, 100,000 for a place named by its own name to rule out alternate names.
     */
    public static Config defaults() {
      return new Config(15_000, 500_000, 1.2, 0.5, 100_000);
    }
  }

  private final Gazetteer gazetteer;
  private final Config config;

  public PlaceResolver(Gazetteer gazetteer) {
    this(gazetteer, Config.defaults());
  }

  public PlaceResolver(Gazetteer gazetteer, Config config) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The place {@code mention} most likely means in a text that names the countries {@code
   * contextCountries} (ISO 3166-1 alpha-2 codes, upper case); empty when no candidate is plausible.
   */
  public Optional<Place> resolve(String mention, Set<String> contextCountries) {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(contextCountries, "contextCountries");
    for (String code : contextCountries) {
      if (code == null || !code.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException(
            "context countries must be ISO 3166-1 alpha-2 codes: " + contextCountries);
      }
    }
    List<Gazetteer.Match> matches = gazetteer.matches(mention);
    for (Gazetteer.Match m : matches) {
      if (m.place().kind() == Place.Kind.COUNTRY) {
        return Optional.of(m.place());
      }
    }
    boolean commonWord = !matches.isEmpty() && gazetteer.isCommonWord(mention);
    List<Gazetteer.Match> plausible =
        matches.stream().filter(m -> plausible(m, contextCountries, commonWord)).toList();
    boolean primaryNamed = plausible.stream().anyMatch(this::substantialByPrimaryName);
    return plausible.stream()
        .filter(m -> !primaryNamed || !m.alternate() || contextCountries.contains(m.place().country()))
        .max(Comparator.comparingDouble((Gazetteer.Match m) -> score(m, contextCountries))
            .thenComparingLong(m -> m.place().population())
            .thenComparing(m -> m.place().id(), Comparator.reverseOrder()))
        .map(Gazetteer.Match::place);
  }

  private boolean plausible(Gazetteer.Match m, Set<String> context, boolean commonWord) {
    long population = m.place().population();
    boolean inContext = context.contains(m.place().country());
    if (commonWord) {
      return population >= config.commonWordMinPopulation()
          || (inContext && population >= config.minPopulation());
    }
    return inContext || population >= config.minPopulation() || "PPLC".equals(m.feature());
  }

  private boolean substantialByPrimaryName(Gazetteer.Match m) {
    return !m.alternate()
        && (m.place().population() >= config.primaryNameMinPopulation() || "PPLC".equals(m.feature()));
  }

  private double score(Gazetteer.Match m, Set<String> context) {
    double score = Math.log10(m.place().population() + 10.0);
    score +=
        switch (m.feature()) {
          case "PPLC" -> 1.0;
          case "PPLA" -> 0.5;
          default -> 0.0;
        };
    if (context.contains(m.place().country())) {
      score += config.contextBoost();
    }
    if (m.alternate()) {
      score -= config.alternatePenalty();
    }
    return score;
  }
}
