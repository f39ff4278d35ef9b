package org.marsad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.core.domain.Place;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.shared();

  @Test
  void shared_loadsAllResources_once() {
    assertThat(Gazetteer.shared()).isSameAs(gazetteer);
    assertThat(gazetteer.size()).isBetween(150_000, 250_000);
    assertThat(gazetteer.countries()).isBetween(245, 260);
  }

  @Test
  void candidates_geneva_listsGeneveFirstThenUsTownsByPopulation() {
    List<Place> candidates = gazetteer.candidates("Geneva");

    assertThat(candidates).hasSizeGreaterThan(5);
    assertThat(candidates.get(0).name()).isEqualTo("Genève");
    assertThat(candidates.get(0).country()).isEqualTo("CH");
    // Changed with the admin areas: their populations are estimates, so they come after the places
    // (here the canton of Geneva), and the places alone are sorted by population.
    assertThat(candidates.stream().filter(p -> p.kind() == Place.Kind.CITY).toList())
        .extracting(Place::population)
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(candidates.subList(candidates.size() - 2, candidates.size()))
        .extracting(Place::id)
        .contains("admin:CH-GE");
    assertThat(candidates).anyMatch(p -> p.country().equals("US") && p.admin1().equals("IL"));
  }

  @Test
  void candidates_caseAndAccents_doNotMatter() {
    assertThat(gazetteer.candidates("GENÈVE")).isEqualTo(gazetteer.candidates("geneve"));
    assertThat(gazetteer.candidates("sao paulo")).first().extracting(Place::country).isEqualTo("BR");
  }

  @Test
  void candidates_countryName_includesCountryPlace() {
    List<Place> candidates = gazetteer.candidates("Niger");

    assertThat(candidates).first().satisfies(p -> {
      assertThat(p.id()).isEqualTo("country:NE");
      assertThat(p.kind()).isEqualTo(Place.Kind.COUNTRY);
    });
  }

  @Test
  void candidates_arabicName_findsCity() {
    assertThat(gazetteer.candidates("جنيف")).anyMatch(p -> p.name().equals("Genève"));
    assertThat(gazetteer.candidates("الدنمارك")).first().extracting(Place::id).isEqualTo("country:DK");
  }

  @Test
  void candidates_unknown_isEmpty() {
    assertThat(gazetteer.candidates("Xqzzyville")).isEmpty();
    assertThat(gazetteer.candidates("")).isEmpty();
  }

  @Test
  void country_code_givesCountryPlace() {
    Place dk = gazetteer.country("dk").orElseThrow();

    assertThat(dk.id()).isEqualTo("country:DK");
    assertThat(dk.name()).isEqualTo("Denmark");
    assertThat(dk.lat()).isBetween(54.0, 58.0);
    assertThat(dk.population()).isGreaterThan(5_000_000);
    assertThat(gazetteer.country("ZZ")).isEmpty();
    // The population source files the United Kingdom under "UK" and Northern Ireland under "GB".
    assertThat(gazetteer.country("GB").orElseThrow().population()).isGreaterThan(60_000_000);
  }

  @Test
  void countryName_code_givesCommonName() {
    assertThat(gazetteer.countryName("US")).contains("United States");
    assertThat(gazetteer.countryName("GB")).contains("United Kingdom");
    assertThat(gazetteer.countryName("XK")).contains("Kosovo");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Danish, DK", "Danes, DK", "Swiss, CH", "Pakistani, PK", "Pakistanis, PK", "French, FR",
    "American, US", "British, GB", "Indian, IN", "Saudi, SA", "Emirati, AE", "Dutch, NL",
    "Turkish, TR", "Iranian, IR", "Palestinian, PS", "Nigerien, NE", "Nigerian, NG",
  })
  void countryCodeOf_demonym_givesCountry(String demonym, String code) {
    assertThat(gazetteer.countryCodeOf(demonym)).contains(code);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Denmark, DK", "Pakistan's, PK", "Pakistan’s, PK", "US, US", "U.S., US", "USA, US",
    "United States, US", "the United States, US", "America, US", "UK, GB", "Britain, GB",
    "Great Britain, GB", "Russia, RU", "Iran, IR", "Syria, SY", "South Korea, KR",
    "North Korea, KP", "Palestine, PS", "Côte d'Ivoire, CI", "Ivory Coast, CI", "Türkiye, TR",
    "the Netherlands, NL", "Philippines', PH", "Sweden, SE", "Niger, NE", "Nigeria, NG",
    "Saudi Arabia, SA", "Allemagne, DE", "السعودية, SA",
  })
  void countryCodeOf_nameOrAlias_givesCountry(String name, String code) {
    assertThat(gazetteer.countryCodeOf(name)).contains(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kashmir", "Europe", "IT", "in", "Paris", "", "Muslim"})
  void countryCodeOf_notACountry_isEmpty(String text) {
    assertThat(gazetteer.countryCodeOf(text)).isEmpty();
  }
}
