package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.Span;

/**
 * Chooses the places the place mentions of a text most likely mean, among the {@link Gazetteer}'s
 * countries, admin areas and populated places.
 *
 * <ul>
 *   <li>Each candidate has a prior ({@link Candidates}): countries first, then first-level admin
 *       areas ("Texas" is the state, not a town), then places by population with a bonus for a
 *       capital or a seat; an alternate name counts less ("Geneva" is Genève); a people's name means
 *       its country or area ("Danish" is Denmark, "Texan" Texas).
 *   <li>The mentions are resolved together ({@link JointChoice}): the countries the caller names
 *       ({@code contextCountries}: the registry's seats, demonyms) and those chosen for the other
 *       mentions boost their places, the states chosen boost theirs, and each place is drawn towards
 *       the places chosen for the others (minimum spanning distance). The same words mean the same
 *       place throughout a text.
 *   <li>A small place, a place named by an ordinary word ("Police", "Nice"), or an alternate name
 *       outshone by a city bearing it as its own name, needs support from the text; without it the
 *       answer is empty. Nothing else is guessed.
 *   <li>A mention that stands for a government ("Stockholm said") is marked {@linkplain
 *       Resolution#metonymic() metonymic} ({@link Metonymy}).
 * </ul>
 *
 * <p>Immutable and thread-safe; cheap to create, the gazetteer is the heavy part.
 */
public final class PlaceResolver {

  /**
   * Settings of the resolver.
   *
   * @param minPopulation a place outside the context needs at least this population, unless it is
   *     a national capital
   * @param commonWordMinPopulation a place whose name is an ordinary word needs at least this
   *     population, or support from the text and {@code minPopulation}
   * @param contextBoost score added to a place in a country the text names or resolves (the score
   *     of a place is about log10 of its population)
   * @param alternatePenalty score taken from a place matched by an alternate name only
   * @param primaryNameMinPopulation a place of at least this population (or a capital) that bears
   *     the mention as its own name rules out places that bear it as an alternate name, unless the
   *     text supports them
   * @param countryPrior the prior of a country
   * @param admin1Prior the prior of a state, province or other first-level area
   * @param admin2Prior the prior of a county
   * @param adminBoost score added to a place in a first-level area that another mention resolves to
   * @param distanceWeight weight of the distance to the nearest other resolved place
   * @param distanceScaleKm the distance at which the distance penalty reaches {@code
   *     distanceWeight * log10(2)}
   * @param nearKm a place this close to another resolved place counts as supported by the text
   * @param focusFallback whether a mention with no plausible candidate gets the text's focus, the
   *     place chosen for most mentions (marked {@linkplain Resolution#guessed() guessed})
   */
  public record Config(
      long minPopulation,
      long commonWordMinPopulation,
      double contextBoost,
      double alternatePenalty,
      long primaryNameMinPopulation,
      double countryPrior,
      double admin1Prior,
      double admin2Prior,
      double adminBoost,
      double distanceWeight,
      double distanceScaleKm,
      double nearKm,
      boolean focusFallback) {

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
      if (!(contextBoost >= 0) || !(alternatePenalty >= 0) || !(adminBoost >= 0)
          || !(distanceWeight >= 0)) {
        throw new IllegalArgumentException(
            "boosts, penalties and weights must be >= 0: contextBoost="
                + contextBoost
                + ", alternatePenalty="
                + alternatePenalty
                + ", adminBoost="
                + adminBoost
                + ", distanceWeight="
                + distanceWeight);
      }
      if (!(distanceScaleKm > 0) || !(nearKm >= 0)) {
        throw new IllegalArgumentException(
            "distanceScaleKm must be > 0 and nearKm >= 0: distanceScaleKm="
                + distanceScaleKm
                + ", nearKm="
                + nearKm);
      }
      if (!Double.isFinite(countryPrior) || !Double.isFinite(admin1Prior) || !Double.isFinite(admin2Prior)) {
        throw new IllegalArgumentException(
            "priors must be finite: countryPrior=" + countryPrior + ", admin1Prior=" + admin1Prior
                + ", admin2Prior=" + admin2Prior);
      }
    }

    /** The first five settings, the others at their defaults. */
    public Config(
        long minPopulation,
        long commonWordMinPopulation,
        double contextBoost,
        double alternatePenalty,
        long primaryNameMinPopulation) {
      this(minPopulation, commonWordMinPopulation, contextBoost, alternatePenalty,
          primaryNameMinPopulation, 9.0, 6.2, 5.0, 1.0, 2.0, 50, 150, true);
    }

    /**
     * Tuned on the dev halves of LGL and GeoWebNews: 5,000 people, 500,000 for ordinary words,
     * +1.2 in context (a factor of about 16 in
     * population: Paris, Texas does not beat Paris, France because the text names the US), -0.5 for
     * an alternate name, 100,000 for a place named by its own name to rule out alternate names;
     * priors 9 for a country, 6.2 for a state (a city of 1.6 million; New York alone is the city), 5 for a county; +1 in a
     * resolved state; distance weight 2 at a scale of 50 km; support within 150 km; the focus for
     * mentions with no plausible candidate.
     */
    public static Config defaults() {
      return new Config(5_000, 500_000, 1.2, 0.5, 100_000);
    }
  }

  private final Candidates candidates;
  private final Config config;

  public PlaceResolver(Gazetteer gazetteer) {
    this(gazetteer, Config.defaults());
  }

  public PlaceResolver(Gazetteer gazetteer, Config config) {
    this.config = Objects.requireNonNull(config, "config");
    this.candidates = new Candidates(Objects.requireNonNull(gazetteer, "gazetteer"), config);
  }

  /**
   * The place {@code mention} most likely means in a text that names the countries {@code
   * contextCountries} (ISO 3166-1 alpha-2 codes, upper case); empty when no candidate is plausible.
   */
  public Optional<Place> resolve(String mention, Set<String> contextCountries) {
    Objects.requireNonNull(mention, "mention");
    return resolveAll(mention, List.of(new Span(0, mention.length())), contextCountries).get(0).place();
  }

  /**
   * Resolves the place mentions at {@code spans} of {@code text} together, in a text that also names
   * the countries {@code contextCountries} (ISO 3166-1 alpha-2 codes, upper case); one resolution
   * per span, in order.
   */
  public List<Resolution> resolveAll(String text, List<Span> spans, Set<String> contextCountries) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(spans, "spans");
    Objects.requireNonNull(contextCountries, "contextCountries");
    for (String code : contextCountries) {
      if (code == null || !code.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException(
            "context countries must be ISO 3166-1 alpha-2 codes: " + contextCountries);
      }
    }
    Map<String, Integer> distinct = new LinkedHashMap<>();
    List<List<Candidate>> lists = new ArrayList<>();
    int[] mentionOf = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      if (span.end() > text.length()) {
        throw new IllegalArgumentException(
            "span beyond the text: " + span + ", text length " + text.length());
      }
      String mention = span.of(text);
      String key = NameKey.of(mention);
      Integer at = distinct.get(key);
      if (at == null) {
        at = lists.size();
        distinct.put(key, at);
        lists.add(key.isEmpty() ? List.of() : candidates.of(mention));
      }
      mentionOf[i] = at;
    }
    Candidate[] chosen = new JointChoice(config, lists, Set.copyOf(contextCountries)).choose();
    Place focus = config.focusFallback() ? focus(chosen, mentionOf) : null;
    List<Resolution> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      Candidate c = chosen[mentionOf[i]];
      boolean guessed = c == null && focus != null && !NameKey.of(span.of(text)).isEmpty();
      out.add(
          new Resolution(
              span,
              span.of(text),
              guessed ? Optional.of(focus) : Optional.ofNullable(c).map(Candidate::place),
              Metonymy.isMetonymic(text, span.start(), span.end()),
              guessed));
    }
    return out;
  }

  /**
   * The place chosen for most mentions, a place before a country, the first mentioned on a tie;
   * null when nothing was chosen.
   */
  private static Place focus(Candidate[] chosen, int[] mentionOf) {
    Map<Place, Integer> votes = new LinkedHashMap<>();
    for (int m : mentionOf) {
      if (chosen[m] != null) {
        votes.merge(chosen[m].place(), 1, Integer::sum);
      }
    }
    Place best = null;
    for (Map.Entry<Place, Integer> e : votes.entrySet()) {
      if (best == null || rank(e.getKey(), e.getValue()) > rank(best, votes.get(best))) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static long rank(Place p, int votes) {
    return (p.kind() == Place.Kind.COUNTRY ? 0 : 1_000_000L) + votes;
  }
}
