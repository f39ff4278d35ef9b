package org.marsad.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryTest {

  private final Registry registry = Registry.shared();

  @Test
  void shared_calledTwice_returnsSameInstance() {
    assertThat(Registry.shared()).isSameAs(registry);
    assertThat(registry.version()).isNotBlank();
  }

  @Test
  void memberStates_shippedData_has57UniqueValidCodes() {
    List<MemberState> members = registry.memberStates();
    Set<String> iso = Set.of(Locale.getISOCountries());
    Set<String> codes = new HashSet<>();
    for (MemberState m : members) {
      assertThat(m.alpha2()).matches("[A-Z]{2}").isIn(iso);
      assertThat(codes.add(m.alpha2())).as("duplicate %s", m.alpha2()).isTrue();
      assertThat(m.isMember()).isTrue();
    }
    assertThat(members).hasSize(57);
    assertThat(codes).contains("PK", "SA", "NE", "TR", "PS", "CI", "GY", "SR");
  }

  @Test
  void isMemberState_membersObserversAndOthers_answersForFullMembersOnly() {
    assertThat(registry.isMemberState("PK")).isTrue();
    assertThat(registry.isMemberState("ne")).isTrue();
    assertThat(registry.isMemberState("RU")).isFalse();
    assertThat(registry.observerStates()).extracting(MemberState::alpha2).contains("RU", "TH");
    assertThat(registry.isMemberState("DK")).isFalse();
    assertThat(registry.isMemberState("IN")).isFalse();
    assertThat(registry.isMemberState(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Qureshi",
        "Makhdoom Shah Mahmood Qureshi",
        "Shah Mahmood Qureshi",
        "Foreign Minister Makhdoom Shah Mahmood Qureshi",
        "makhdoom qureshi",
        "Qureshi's"
      })
  void person_qureshiMentions_resolveToQureshi(String mention) {
    assertThat(registry.person(mention)).map(RegistryPerson::id).contains("shah-mahmood-qureshi");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dr Yousef Al-Othaimeen",
        "Dr. Yousef Al-Othaimeen",
        "Yousef Al Othaimeen",
        "Al-Othaimeen",
        "Al Othaimeen",
        "Othaimeen",
        "YOUSEF AL‑OTHAIMEEN"
      })
  void person_othaimeenMentions_resolveToOthaimeen(String mention) {
    assertThat(registry.person(mention)).map(RegistryPerson::id).contains("yousef-al-othaimeen");
  }

  @Test
  void person_otherSeedNames_resolve() {
    assertThat(registry.person("Bilawal Bhutto Zardari"))
        .map(RegistryPerson::id)
        .contains("bilawal-bhutto-zardari");
    assertThat(registry.person("Bilawal"))
        .map(RegistryPerson::id)
        .contains("bilawal-bhutto-zardari");
    assertThat(registry.person("Lars Løkke Rasmussen"))
        .map(RegistryPerson::id)
        .contains("lars-lokke-rasmussen");
    assertThat(registry.person("Lokke Rasmussen"))
        .map(RegistryPerson::id)
        .contains("lars-lokke-rasmussen");
    assertThat(registry.person("Ambassador Yousef Al-Dodeay"))
        .map(RegistryPerson::id)
        .contains("yousef-aldobeay");
    assertThat(registry.person("Sohail Mahmood"))
        .map(RegistryPerson::id)
        .contains("sohail-mahmood");
    assertThat(registry.person("Antonio Guterres"))
        .map(RegistryPerson::id)
        .contains("antonio-guterres");
    assertThat(registry.person("Guterres")).map(RegistryPerson::id).contains("antonio-guterres");
    assertThat(registry.person("Ekmeleddin Ihsanoglu"))
        .map(RegistryPerson::id)
        .contains("ekmeleddin-ihsanoglu");
  }

  @ParameterizedTest
  @ValueSource(strings = {"John Smith", "Zardari", "Rasmussen", "Mahmood", "Yousef", "", "  "})
  void person_unknownOrAmbiguousName_isEmpty(String mention) {
    assertThat(registry.person(mention)).isEmpty();
  }

  @Test
  void officesOf_qureshi_foreignMinisterIn2020NotIn2023() {
    List<Office> in2020 = registry.officesOf("shah-mahmood-qureshi", LocalDate.of(2020, 11, 26));
    assertThat(in2020)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.title()).isEqualTo("Foreign Minister");
              assertThat(o.country()).isEqualTo("PK");
            });
    assertThat(registry.officesOf("shah-mahmood-qureshi", LocalDate.of(2023, 8, 1))).isEmpty();
  }

  @Test
  void officesOf_othaimeen_secretaryGeneralOfOicIn2020() {
    assertThat(registry.officesOf("yousef-al-othaimeen", LocalDate.of(2020, 6, 1)))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.title()).isEqualTo("Secretary General");
              assertThat(o.orgId()).isEqualTo("oic");
            });
    assertThat(registry.officesOf("yousef-al-othaimeen", LocalDate.of(2022, 1, 1))).isEmpty();
  }

  @Test
  void officesOf_pakistaniForeignMinisterOn2023Date_isBilawalOnly() {
    LocalDate seedDate = LocalDate.of(2023, 8, 1);
    List<String> holders =
        registry.persons().stream()
            .filter(
                p ->
                    registry.officesOf(p.id(), seedDate).stream()
                        .anyMatch(
                            o -> o.title().equals("Foreign Minister") && o.country().equals("PK")))
            .map(RegistryPerson::id)
            .toList();
    assertThat(holders).containsExactly("bilawal-bhutto-zardari");
  }

  @Test
  void officesOf_unknownPerson_isEmpty() {
    assertThat(registry.officesOf("nobody", LocalDate.of(2020, 1, 1))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Council of Foreign Ministers",
        "CFM",
        "OIC-CFM",
        "OICCFM",
        "the OIC Council of Foreign Ministers",
        "Islamic Conference of Foreign Ministers"
      })
  void organisation_cfmMentions_resolveToCfm(String mention) {
    assertThat(registry.organisation(mention)).map(RegistryOrg::id).contains("oic-cfm");
  }

  @Test
  void organisation_otherBodies_resolve() {
    assertThat(registry.organisation("Human Rights Council"))
        .map(RegistryOrg::id)
        .contains("un-hrc");
    assertThat(registry.organisation("United Nations Human Rights Council"))
        .map(RegistryOrg::id)
        .contains("un-hrc");
    assertThat(registry.organisation("UN General Assembly")).map(RegistryOrg::id).contains("unga");
    assertThat(registry.organisation("U.N. General Assembly"))
        .map(RegistryOrg::id)
        .contains("unga");
    assertThat(registry.organisation("Islamophobia Observatory"))
        .map(RegistryOrg::id)
        .contains("oic-islamophobia-observatory");
    assertThat(registry.organisation("Organization of Islamic Cooperation"))
        .map(RegistryOrg::id)
        .contains("oic");
    assertThat(registry.organisation("Organisation of the Islamic Conference"))
        .map(RegistryOrg::id)
        .contains("oic");
    assertThat(registry.organisation("OIC")).map(RegistryOrg::id).contains("oic");
    assertThat(registry.organisation("Special Envoy on Jammu & Kashmir"))
        .map(RegistryOrg::id)
        .contains("oic-special-envoy-jammu-kashmir");
    assertThat(
            registry.organisation("Secretary-General of the Organization of Islamic Cooperation"))
        .map(RegistryOrg::id)
        .contains("oic-secretary-general");
    assertThat(registry.organisation("Organization for Security and Co-operation in Europe"))
        .map(RegistryOrg::id)
        .contains("osce");
    assertThat(registry.organisation("ODIHR")).map(RegistryOrg::id).contains("odihr");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Council of Ministers", "World Bank", "Pegida", "NATO", ""})
  void organisation_unknownName_isEmpty(String mention) {
    assertThat(registry.organisation(mention)).isEmpty();
  }

  @Test
  void organisations_seats_areWhereExpected() {
    assertThat(registry.organisationById("un-hrc"))
        .get()
        .extracting(RegistryOrg::seatCountry, RegistryOrg::seatCity)
        .containsExactly("CH", "Geneva");
    assertThat(registry.organisationById("unga"))
        .get()
        .extracting(RegistryOrg::seatCountry, RegistryOrg::seatCity)
        .containsExactly("US", "New York");
    assertThat(registry.organisationById("oic"))
        .get()
        .extracting(RegistryOrg::seatCountry, RegistryOrg::seatCity)
        .containsExactly("SA", "Jeddah");
    assertThat(registry.organisationById("oic-cfm"))
        .get()
        .extracting(RegistryOrg::seatCountry)
        .isEqualTo("");
  }

  @Test
  void persons_everyOffice_namesAKnownOrganisationOrCountry() {
    for (RegistryPerson p : registry.persons()) {
      for (Office o : p.offices()) {
        if (!o.orgId().isEmpty()) {
          assertThat(registry.organisationById(o.orgId())).as(p.id()).isPresent();
        }
      }
    }
  }
}
