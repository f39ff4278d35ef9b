package org.marsad.core.geo;

import java.util.HashMap;
import java.util.HashSet;
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
 * Resolves the place mentions of a parsed document against the gazetteer, using as context the
 * countries the document names (countries, demonyms, and the seats of the registry's
 * organisations it names: the Human Rights Council puts Geneva in Switzerland). Requires the parse; provides the places.
 * Thread-safe.
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
    this.gazetteer = gazetteer;
    this.registry = registry;
    this.resolver = new PlaceResolver(gazetteer);
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
    ParsedText parse = in.get(NlpStage.PARSE);
    Set<String> context = new HashSet<>();
    for (Mention m : parse.mentions()) {
      if (m.type().equals("COUNTRY") || m.type().equals("NATIONALITY")) {
        gazetteer.countryCodeOf(m.text()).ifPresent(context::add);
      } else if (m.type().equals("ORGANIZATION")) {
        registry.organisation(m.text()).map(RegistryOrg::seatCountry).filter(c -> !c.isEmpty()).ifPresent(context::add);
      }
    }
    Map<Span, Place> places = new HashMap<>();
    for (Mention m : parse.mentions()) {
      if (m.isPlace()) {
        resolver.resolve(m.text(), context).ifPresent(p -> places.put(m.span(), p));
      }
    }
    return in.with(PLACES, new ResolvedPlaces(places));
  }
}
