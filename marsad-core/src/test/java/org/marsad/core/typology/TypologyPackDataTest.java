package org.marsad.core.typology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the shipped Islamophobia pack data against DESIGN.md; the loader is tested elsewhere. */
class TypologyPackDataTest {

  private static final String RESOURCE = "/org/marsad/core/typology/religion-islamophobia.json";

  private static final List<String> INCIDENTS =
      List.of(
          "place_of_worship_attack",
          "desecration",
          "physical_assault",
          "threat_harassment",
          "hate_speech",
          "online_hate",
          "discrimination",
          "dress_restriction",
          "discriminatory_policy",
          "far_right_mobilisation");
  private static final List<String> RESPONSES =
      List.of(
          "statement",
          "condemnation",
          "meeting",
          "phone_call",
          "session",
          "resolution",
          "report",
          "proposal",
          "support",
          "diplomatic_protest",
          "sanction",
          "legal_action",
          "positive_development");
  private static final Set<String> OIC_SECTIONS =
      Set.of(
          "Manifestations of Islamophobia",
          "Positive developments",
          "OIC initiatives and activities to counter Islamophobia");
  private static final Set<String> PLOVER_EVENTS =
      Set.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "DEMAND",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");
  private static final Map<String, Set<String>> ACLED =
      Map.of(
          "Battles",
          Set.of(
              "Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
          "Explosions/Remote violence",
          Set.of(
              "Chemical weapon",
              "Air/drone strike",
              "Suicide bomb",
              "Shelling/artillery/missile attack",
              "Remote explosive/landmine/IED",
              "Grenade"),
          "Violence against civilians",
          Set.of("Sexual violence", "Attack", "Abduction/forced disappearance"),
          "Protests",
          Set.of(
              "Peaceful protest",
              "Protest with intervention",
              "Excessive force against protesters"),
          "Riots",
          Set.of("Violent demonstration", "Mob violence"),
          "Strategic developments",
          Set.of(
              "Agreement",
              "Arrests",
              "Change to group/activity",
              "Disrupted weapons use",
              "Headquarters or base established",
              "Looting/property destruction",
              "Non-violent transfer of territory",
              "Other"));
  private static final Set<String> ODIHR_CATEGORIES =
      Set.of("Violent attacks against people", "Threats", "Attacks against property");

  private static JsonNode pack;
  private static Map<String, JsonNode> types;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = TypologyPackDataTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      pack = new ObjectMapper().readTree(in);
    }
    types = new LinkedHashMap<>();
    for (JsonNode t : pack.get("types")) {
      types.put(t.get("id").asText(), t);
    }
  }

  @Test
  void header_packFields_arePresent() {
    assertThat(pack.get("id").asText()).isEqualTo("religion-islamophobia");
    assertThat(pack.get("version").asText()).isNotBlank();
    assertThat(pack.get("profile").asText()).isEqualTo("islamophobia");
  }

  @Test
  void religionTerms_coreTerms_arePresentOnce() {
    List<String> terms = new ArrayList<>();
    pack.get("religion_terms").forEach(t -> terms.add(t.asText()));
    assertThat(terms)
        .contains("Muslim", "Muslims", "Islam", "Islamic", "mosque", "Quran", "Koran", "hijab")
        .doesNotHaveDuplicates();
  }

  @Test
  void types_designIds_eachPresentExactlyOnceWithItsKind() {
    List<String> ids = new ArrayList<>();
    pack.get("types").forEach(t -> ids.add(t.get("id").asText()));
    List<String> expected = new ArrayList<>(INCIDENTS);
    expected.addAll(RESPONSES);
    assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    INCIDENTS.forEach(
        id -> assertThat(types.get(id).get("kind").asText()).as(id).isEqualTo("incident"));
    RESPONSES.forEach(
        id -> assertThat(types.get(id).get("kind").asText()).as(id).isEqualTo("response"));
  }

  @Test
  void types_everyType_hasLabelDescriptionAndEmptyCues() {
    types.forEach(
        (id, t) -> {
          assertThat(t.path("label").asText()).as(id).isNotBlank();
          assertThat(t.path("description").asText()).as(id).isNotBlank();
          assertThat(t.get("cues")).as(id).isNotNull();
          assertThat(t.get("cues").isObject() && t.get("cues").isEmpty()).as(id + " cues").isTrue();
        });
  }

  @Test
  void crosswalks_oic_haveKnownSectionAndTheme() {
    types.forEach(
        (id, t) -> {
          JsonNode oic = t.path("crosswalks").path("oic");
          assertThat(oic.path("section").asText()).as(id).isIn(OIC_SECTIONS);
          assertThat(oic.path("theme").asText()).as(id).isNotBlank();
        });
    INCIDENTS.forEach(
        id ->
            assertThat(types.get(id).at("/crosswalks/oic/section").asText())
                .as(id)
                .isEqualTo("Manifestations of Islamophobia"));
  }

  @Test
  void crosswalks_plover_haveKnownEventOrAReasonAndReligiousContext() {
    types.forEach(
        (id, t) -> {
          JsonNode p = t.path("crosswalks").path("plover");
          assertThat(p.isObject()).as(id).isTrue();
          JsonNode event = p.get("event");
          if (event == null || event.isNull()) {
            assertThat(p.path("note").asText()).as(id + " null event needs a note").isNotBlank();
          } else {
            assertThat(event.asText()).as(id).isIn(PLOVER_EVENTS);
          }
          assertThat(p.has("mode")).as(id + " mode key").isTrue();
          List<String> context = new ArrayList<>();
          p.path("context").forEach(c -> context.add(c.asText()));
          assertThat(context).as(id).contains("religious");
        });
  }

  @Test
  void crosswalks_acled_useCodebookTypes() {
    types.forEach(
        (id, t) -> {
          JsonNode acled = t.path("crosswalks").path("acled");
          assertThat(acled.isArray()).as(id).isTrue();
          for (JsonNode a : acled) {
            String type = a.path("event_type").asText();
            assertThat(ACLED).as(id).containsKey(type);
            assertThat(a.path("sub_event_type").asText()).as(id).isIn(ACLED.get(type));
          }
        });
    assertThat(types.get("physical_assault").at("/crosswalks/acled")).isNotEmpty();
  }

  @Test
  void crosswalks_odihr_nullOrAntiMuslimBiasWithKnownCategory() {
    types.forEach(
        (id, t) -> {
          JsonNode o = t.path("crosswalks").get("odihr");
          assertThat(o).as(id + " odihr key").isNotNull();
          if (!o.isNull()) {
            assertThat(o.path("bias").asText()).as(id).isEqualTo("Anti-Muslim hate crime");
            assertThat(o.path("category").asText()).as(id).isIn(ODIHR_CATEGORIES);
          }
        });
    RESPONSES.forEach(
        id -> assertThat(types.get(id).at("/crosswalks/odihr").isNull()).as(id).isTrue());
  }

  @Test
  void crosswalks_cameo_areWellFormedCodes() {
    types.forEach(
        (id, t) -> {
          JsonNode cameo = t.path("crosswalks").path("cameo");
          assertThat(cameo.isArray() && !cameo.isEmpty()).as(id).isTrue();
          for (JsonNode c : cameo) {
            assertThat(c.asText()).as(id).matches("(0[1-9]|1[0-9]|20)\\d{0,2}");
          }
        });
  }

  @Test
  void crosswalks_cameo_existInSharedLookupTable() throws IOException {
    Set<String> known = cameoCodes("CAMEO.eventcodes.txt");
    types.forEach(
        (id, t) ->
            t.at("/crosswalks/cameo").forEach(c -> assertThat(c.asText()).as(id).isIn(known)));
  }

  @Test
  void gdeltReligionCodes_existInSharedLookupTable() throws IOException {
    Set<String> known = cameoCodes("CAMEO.religion.txt");
    assertThat(pack.get("gdelt_religion_codes")).isNotEmpty();
    pack.get("gdelt_religion_codes").forEach(c -> assertThat(c.asText()).isIn(known));
  }

  /** The codes (first column) of a CAMEO lookup table of ../shared's GDELT data; skips the test without it. */
  private static Set<String> cameoCodes(String file) throws IOException {
    String shared = System.getenv("MARSAD_SHARED");
    assumeTrue(shared != null, "MARSAD_SHARED not set");
    Path table = Path.of(shared, "data", "gdelt", "cameo_lookups", file);
    assumeTrue(Files.isRegularFile(table), "no CAMEO table at " + table);
    return Files.readAllLines(table, StandardCharsets.UTF_8).stream()
        .map(l -> l.split("\t", 2)[0])
        .collect(Collectors.toCollection(HashSet::new));
  }
}
