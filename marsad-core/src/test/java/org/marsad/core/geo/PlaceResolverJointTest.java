package org.marsad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.Span;

/** The resolver over whole texts: admin areas, context from the other mentions, focus, metonymy. */
class PlaceResolverJointTest {

  private final PlaceResolver resolver = new PlaceResolver(Gazetteer.shared());

  /** Resolves every mention listed, each at its first occurrence in {@code text}. */
  private List<Resolution> resolve(String text, Set<String> context, String... mentions) {
    List<Span> spans = new ArrayList<>();
    for (String m : mentions) {
      int at = text.indexOf(m);
      spans.add(new Span(at, at + m.length()));
    }
    return resolver.resolveAll(text, spans, context);
  }

  private static Place place(Resolution r) {
    return r.place().orElseThrow(() -> new AssertionError("unresolved: " + r.mention()));
  }

  @Test
  void resolveAll_georgiaWithAtlanta_isTheState() {
    List<Resolution> r = resolve("Georgia police in Atlanta said", Set.of(), "Georgia", "Atlanta");

    assertThat(place(r.get(0)).id()).isEqualTo("admin:US-GA");
    assertThat(place(r.get(1)).country()).isEqualTo("US");
  }

  @Test
  void resolveAll_georgiaWithTbilisi_isTheCountry() {
    List<Resolution> r = resolve("Troops left Georgia and Tbilisi.", Set.of(), "Georgia", "Tbilisi");

    assertThat(place(r.get(0)).id()).isEqualTo("country:GE");
  }

  @Test
  void resolveAll_stateAlone_isTheStateNotATown() {
    assertThat(place(resolve("Texas", Set.of(), "Texas").get(0)).id()).isEqualTo("admin:US-TX");
    assertThat(place(resolve("Ontario", Set.of(), "Ontario").get(0)).id()).isEqualTo("admin:CA-ON");
  }

  @Test
  void resolveAll_parisWithTexasAndDallas_isParisTexas() {
    List<Resolution> r =
        resolve("Paris, Texas, is two hours from Dallas.", Set.of(), "Paris", "Texas", "Dallas");

    assertThat(place(r.get(0)).country()).isEqualTo("US");
    assertThat(place(r.get(0)).admin1()).isEqualTo("TX");
  }

  @Test
  void resolveAll_countyAndItsTown_stayTogether() {
    List<Resolution> r =
        resolve("A fire in London, Laurel County, Ky.", Set.of(), "London", "Laurel County", "Ky.");

    assertThat(place(r.get(1)).id()).isEqualTo("admin:US-21125");
    assertThat(place(r.get(0)).country()).isEqualTo("US");
    assertThat(place(r.get(0)).admin1()).isEqualTo("KY");
    assertThat(place(r.get(2)).id()).isEqualTo("admin:US-KY");
  }

  @Test
  void resolveAll_abbreviationWithoutFullStop_isNoState() {
    assertThat(resolve("W.Va.", Set.of(), "W.Va.").get(0).place().map(Place::id)).contains("admin:US-WV");
    assertThat(resolve("KY", Set.of(), "KY").get(0).place().map(Place::id)).isNotEqualTo(java.util.Optional.of("admin:US-KY"));
  }

  @Test
  void resolveAll_genevaNearHumanRightsCouncil_isSwitzerland() {
    // GeocodeStage puts the Council's seat (CH) in the context.
    List<Resolution> r = resolve("The Human Rights Council in Geneva voted.", Set.of("CH"), "Geneva");

    assertThat(place(r.get(0)).name()).isEqualTo("Genève");
    assertThat(place(r.get(0)).country()).isEqualTo("CH");
  }

  @Test
  void resolveAll_unknownStreet_getsTheFocusMarkedGuessed() {
    String text = "Alexandria woman held. The fire at Dublin Road, Alexandria, in Rapides Parish.";
    List<Resolution> r = resolve(text, Set.of(), "Alexandria", "Dublin Road", "Rapides Parish");

    Place alexandria = place(r.get(0));
    assertThat(alexandria.admin1()).isEqualTo("LA");
    assertThat(r.get(1).guessed()).isTrue();
    assertThat(r.get(1).place()).contains(alexandria);
    assertThat(r.get(0).guessed()).isFalse();
  }

  @Test
  void resolveAll_governmentSpeaking_isMarkedMetonymicButResolved() {
    List<Resolution> r = resolve("Stockholm said the burning was legal.", Set.of(), "Stockholm");

    assertThat(r.get(0).metonymic()).isTrue();
    assertThat(place(r.get(0)).country()).isEqualTo("SE");
  }

  @Test
  void resolveAll_englandAlone_isTheAreaNotTheKingdom() {
    assertThat(place(resolve("England", Set.of(), "England").get(0)).id()).isEqualTo("admin:GB-ENG");
  }
}
