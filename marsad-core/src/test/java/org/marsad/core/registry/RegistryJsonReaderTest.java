package org.marsad.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegistryJsonReaderTest {

  private static final String MINIMAL =
      """
      {"format": "marsad-registry", "version": "t1", "honorifics": ["Dr"], "title_prefixes": [],
       "member_states": [{"alpha2": "PK", "name": "Pakistan", "joined": 1969}],
       "observer_states": [],
       "organisations": [{"id": "oic", "kind": "organisation", "name": "OIC body"%s}],
       "persons": [%s]}
      """;

  private static Registry read(String orgExtra, String persons) {
    String json = MINIMAL.formatted(orgExtra, persons);
    return Registry.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void read_minimalRegistry_loads() {
    Registry r =
        read(
            "",
            """
            {"id": "a-b", "name": "Ali Baba",
             "offices": [{"title": "Envoy", "org": "oic", "from": "2019"}]}
            """);
    assertThat(r.version()).isEqualTo("t1");
    assertThat(r.person("Dr Ali Baba")).map(RegistryPerson::id).contains("a-b");
    assertThat(r.memberStates()).hasSize(1);
  }

  @Test
  void read_unknownField_failsWithPath() {
    assertThatThrownBy(() -> read(", \"colour\": \"green\"", ""))
        .hasMessageContaining("organisations[0]")
        .hasMessageContaining("colour");
  }

  @Test
  void read_aliasNamingTwoPersons_fails() {
    assertThatThrownBy(
            () ->
                read(
                    "",
                    """
                    {"id": "a", "name": "Ali One", "aliases": ["Ali"]},
                    {"id": "b", "name": "Ali Two", "aliases": ["ali"]}\
                    """))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'ali'");
  }

  @Test
  void read_unknownOfficeOrganisation_fails() {
    assertThatThrownBy(
            () ->
                read(
                    "",
                    """
                    {"id": "a", "name": "Ali One", "offices": [{"title": "Envoy", "org": "nato"}]}\
                    """))
        .hasMessageContaining("org=nato");
  }

  @Test
  void read_badDate_failsWithPath() {
    assertThatThrownBy(
            () ->
                read(
                    "",
                    """
                    {"id": "a", "name": "Ali One",
                     "offices": [{"title": "Envoy", "org": "oic", "from": "May 2019"}]}
                    """))
        .hasMessageContaining("persons[0].offices[0].from")
        .hasMessageContaining("May 2019");
  }

  @Test
  void read_unknownParent_fails() {
    assertThatThrownBy(() -> read(", \"parent\": \"un\"", "")).hasMessageContaining("parent=un");
  }

  @Test
  void read_notJson_fails() {
    assertThatThrownBy(
            () -> Registry.read(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("not valid JSON");
  }
}
