package org.marsad.core.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.Span;
import org.marsad.core.nlp.Mention;
import org.marsad.core.nlp.NlpStage;
import org.marsad.core.nlp.ParsedText;
import org.marsad.core.registry.Registry;
import org.marsad.core.registry.RegistryOrg;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Key;
import org.marsad.core.stage.Stage;

/**
 * Resolves the place mentions of a parsed document together against the gazetteer ({@link
 * PlaceResolver#resolveAll}), using as context the countries the document names (countries,
 * demonyms, and the seats of the registry's organisations it names: the Human Rights Council puts
 * Geneva in Switzerland) and the places its other mentions resolve to. A mention that stands for a
 * government ("Stockholm said") is no place and is left out, and so is a guess from the
 * text's focus for a mention with no plausible candidate. Requires the parse; provides the
 * places. Thread-safe.
 */
public final class GeocodeStage implements Stage {

  public static final Key<ResolvedPlaces> PLACES = Key.of("places", ResolvedPlaces.class);

  /** The places resolved for a document's mentions, keyed by the mention's span. */
  public record ResolvedPlaces(Map<Span, Place> bySpan) {
    public ResolvedPlaces {
      bySpan = Map.copyOf(bySpan);
    }
  }

  private final Gazetteer gazetteer;
  private final Registry registry;
  private final PlaceResolver resolver;

  public GeocodeStage() {
    this(Gazetteer.shared(), Registry.shared());
  }

  GeocodeStage(Gazetteer gazetteer, Registry registry) {
    this(gazetteer, registry, PlaceResolver.Config.defaults());
  }

  private GeocodeStage(Gazetteer gazetteer, Registry registry, PlaceResolver.Config config) {
    this.gazetteer = gazetteer;
    this.registry = registry;
    this.resolver = new PlaceResolver(gazetteer, config);
  }

  /** The stage over the shared gazetteer and registry with resolver settings {@code config}. */
  public static GeocodeStage withConfig(PlaceResolver.Config config) {
    return new GeocodeStage(Gazetteer.shared(), Registry.shared(), config);
  }

  @Override
  public String name() {
    return "geocode";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NlpStage.PARSE);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(PLACES);
  }

  @Override
  public Analysis apply(Analysis in) {
    Map<Span, Place> places = new HashMap<>();
    for (Resolution r : resolutions(in.get(NlpStage.PARSE), in.document().text())) {
      if (!r.metonymic() && !r.guessed()) {
        r.place().ifPresent(p -> places.put(r.span(), p));
      }
    }
    return in.with(PLACES, new ResolvedPlaces(places));
  }

  /**
   * What the resolver makes of each place mention of {@code parse}, a parse of {@code text}, in
   * text order: metonymic mentions and focus guesses included and marked.
   */
  public List<Resolution> resolutions(ParsedText parse, String text) {
    Set<String> context = new HashSet<>();
    for (Mention m : parse.mentions()) {
      if (m.type().equals("COUNTRY") || m.type().equals("NATIONALITY")) {
        gazetteer.countryCodeOf(m.text()).ifPresent(context::add);
      } else if (m.type().equals("ORGANIZATION")) {
        registry
            .organisation(m.text())
            .map(RegistryOrg::seatCountry)
            .filter(c -> !c.isEmpty())
            .ifPresent(context::add);
      }
    }
    List<Span> spans = parse.mentions().stream().filter(Mention::isPlace).map(Mention::span).toList();
    return resolver.resolveAll(text, spans, context);
  }
}
