package org.marsad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.core.domain.Place;

class PlaceResolverTest {

  private final PlaceResolver resolver = new PlaceResolver(Gazetteer.shared());

  private static Set<String> context(String codes) {
    return codes == null || codes.isBlank() ? Set.of() : Set.of(codes.split(" "));
  }

  @ParameterizedTest(name = "{0} in [{1}] -> {2}, {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "Niamey, NE, Niamey, NE",
        "Niamey, -, Niamey, NE",
        "Nouakchott, -, Nouakchott, MR",
        "Geneva, -, Genève, CH",
        "Stockholm, -, Stockholm, SE",
        "Quebec City, -, Québec, CA",
        "Kandy, LK, Kandy, LK",
        "Dresden, -, Dresden, DE",
        "Leipzig, -, Leipzig, DE",
        "Cupertino, US, Cupertino, US",
        "Paris, -, Paris, FR",
        "London, -, London, GB",
        "Jeddah, -, Jeddah, SA",
        "New York, -, New York City, US",
        "Copenhagen, -, Copenhagen, DK",
        "Christchurch, -, Christchurch, NZ",
        "Hyderabad, PK, Hyderabad, PK",
        "Hyderabad, -, Hyderābād, IN",
        "Geneva, US, Geneva, US",
        "GENEVE, -, Genève, CH",
        "New Delhi, -, New Delhi, IN",
        "Delhi, -, Delhi, IN",
        "Bombay, -, Mumbai, IN",
        "Makkah, -, Mecca, SA",
        "Paris, US, Paris, FR",
        "Birmingham, US, Birmingham, US",
        "Birmingham, -, Birmingham, GB",
        "Cox's Bazar, -, Cox’s Bāzār, BD",
      })
  void resolve_knownCity_choosesExpectedPlace(
      String mention, String codes, String name, String country) {
    Optional<Place> place = resolver.resolve(mention, context(codes));

    assertThat(place).as(mention).isPresent();
    assertThat(place.get().kind()).isEqualTo(Place.Kind.CITY);
    assertThat(place.get().name()).isEqualTo(name);
    assertThat(place.get().country()).isEqualTo(country);
  }

  @ParameterizedTest(name = "{0} -> country {1}")
  @CsvSource({
    "Niger, NE",
    "Denmark, DK",
    "Pakistan's, PK",
    "the Netherlands, NL",
    "U.S., US",
    "Britain, GB",
    "Palestine, PS",
  })
  void resolve_countryName_choosesCountry(String mention, String code) {
    Place place = resolver.resolve(mention, Set.of()).orElseThrow();

    assertThat(place.kind()).isEqualTo(Place.Kind.COUNTRY);
    assertThat(place.id()).isEqualTo("country:" + code);
    assertThat(place.country()).isEqualTo(code);
  }

  @Test
  void resolve_alternateNameOfBigCity_losesToPlaceNamedSoUnlessInContext() {
    // "New Delhi" is an alternate name of Delhi (11 million) and the name of the capital (300,000).
    assertThat(Gazetteer.shared().candidates("New Delhi").get(0).name()).isEqualTo("Delhi");
    assertThat(resolver.resolve("New Delhi", Set.of()).orElseThrow().name()).isEqualTo("New Delhi");
    // "Victoria" is an alternate name of Hong Kong (7 million) and the name of a dozen places.
    assertThat(Gazetteer.shared().candidates("Victoria").get(0).name()).isEqualTo("Hong Kong");

    assertThat(resolver.resolve("Victoria", Set.of()).orElseThrow().name()).isEqualTo("Victoria");
    assertThat(resolver.resolve("Victoria", Set.of("HK")).orElseThrow().name()).isEqualTo("Hong Kong");
  }

  @Test
  void resolve_countryNameWithCityInContext_stillChoosesCountry() {
    // Denmark, Western Australia exists; the country wins even when the text names Australia.
    assertThat(Gazetteer.shared().candidates("Denmark"))
        .anyMatch(p -> p.kind() == Place.Kind.CITY);

    assertThat(resolver.resolve("Denmark", Set.of("AU")).orElseThrow().id())
        .isEqualTo("country:DK");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Police", "Nice", "Reading", "Mobile", "Split", "Bath", "Friday", "Muslim", "State"})
  void resolve_commonWordWithoutContext_isEmpty(String mention) {
    assertThat(resolver.resolve(mention, Set.of())).isEmpty();
    assertThat(resolver.resolve(mention, Set.of("NE"))).isEmpty();
  }

  @Test
  void resolve_commonWordThatIsAPlace_needsContextAndSize() {
    // These places exist, so the emptiness above is the resolver's choice, not missing data.
    assertThat(Gazetteer.shared().candidates("Police"))
        .anyMatch(p -> p.country().equals("PL") && p.population() > 15_000);
    assertThat(Gazetteer.shared().candidates("Nice")).anyMatch(p -> p.country().equals("US"));

    assertThat(resolver.resolve("Police", Set.of("PL")).orElseThrow().country()).isEqualTo("PL");
    assertThat(resolver.resolve("Reading", Set.of("GB")).orElseThrow().country()).isEqualTo("GB");
    assertThat(resolver.resolve("Nice", Set.of("FR", "US")).orElseThrow().country()).isEqualTo("FR");
    assertThat(resolver.resolve("Nice", Set.of("US"))).isEmpty();
  }

  // Changed with the admin areas: a demonym used to resolve to nothing; it now means its country or
  // area, because the geocoding corpora (LGL, GeoWebNews, TR-News) count "Palestinian" or "Irish" as
  // toponyms of their country. GeocodeStage asks only about mentions CoreNLP tags as places.
  @Test
  void resolve_demonym_givesItsCountryOrArea() {
    assertThat(resolver.resolve("Danish", Set.of("DK")).orElseThrow().id()).isEqualTo("country:DK");
    assertThat(resolver.resolve("Pakistani", Set.of()).orElseThrow().id()).isEqualTo("country:PK");
    assertThat(resolver.resolve("Texan", Set.of()).orElseThrow().id()).isEqualTo("admin:US-TX");
  }

  @Test
  void resolve_smallPlaceOutsideContext_isEmpty() {
    // Digana (Sri Lanka) is not in cities500; a village elsewhere must not stand in for it.
    assertThat(resolver.resolve("Digana", Set.of("LK"))).isEmpty();
    Place small =
        Gazetteer.shared().candidates("Chailly-en-Brie").stream().findFirst().orElseThrow();
    assertThat(small.population()).isLessThan(15_000);

    assertThat(resolver.resolve("Chailly-en-Brie", Set.of())).isEmpty();
    assertThat(resolver.resolve("Chailly-en-Brie", Set.of("FR"))).contains(small);
  }

  @Test
  void resolve_unknownOrBlank_isEmpty() {
    assertThat(resolver.resolve("Xqzzyville", Set.of())).isEmpty();
    assertThat(resolver.resolve("  ", Set.of())).isEmpty();
  }

  @Test
  void resolve_lowerCaseContextCode_fails() {
    assertThatThrownBy(() -> resolver.resolve("Paris", Set.of("fr")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fr");
  }

  @Test
  void config_negativePopulation_failsWithValue() {
    assertThatThrownBy(() -> new PlaceResolver.Config(-1, 0, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minPopulation=-1");
  }

  @Test
  void config_strictMinimum_rejectsMidSizedCity() {
    PlaceResolver strict =
        new PlaceResolver(Gazetteer.shared(), new PlaceResolver.Config(1_000_000, 1_000_000, 3, 0.5, 100_000));

    assertThat(strict.resolve("Leipzig", Set.of())).isEmpty();
    assertThat(strict.resolve("Leipzig", Set.of("DE"))).isPresent();
  }
}
