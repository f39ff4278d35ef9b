package org.marsad.core.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code registry.json} into {@link RegistryData}. Every object is checked for unknown fields
 * and every error names its JSON path ({@code persons[3].offices[1].from}). Stateless and
 * thread-safe.
 */
final class RegistryJsonReader {

  static final String FORMAT = "marsad-registry";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> TOP =
      Set.of(
          "format",
          "version",
          "compiled",
          "sources",
          "honorifics",
          "title_prefixes",
          "member_states",
          "observer_states",
          "observer_notes",
          "organisations",
          "persons");
  private static final Set<String> STATE = Set.of("alpha2", "name", "joined", "note");
  private static final Set<String> ORG =
      Set.of(
          "id",
          "kind",
          "name",
          "acronyms",
          "aliases",
          "parent",
          "seat_country",
          "seat_city",
          "note");
  private static final Set<String> PERSON =
      Set.of("id", "name", "country", "aliases", "honorifics", "offices", "note");
  private static final Set<String> OFFICE = Set.of("title", "org", "country", "from", "to", "note");

  private RegistryJsonReader() {}

  /** Parses the registry from {@code in}; the stream is not closed. */
  static RegistryData read(InputStream in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("registry is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("registry must be a JSON object");
    }
    onlyFields(root, "$", TOP);
    String format = text(root, "format", "$");
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(
          "registry format must be " + FORMAT + ": format=" + format);
    }
    List<MemberState> states = new ArrayList<>();
    states.addAll(states(root, "member_states", MemberState.Status.MEMBER));
    states.addAll(states(root, "observer_states", MemberState.Status.OBSERVER));
    List<RegistryOrg> orgs = new ArrayList<>();
    each(root, "organisations", (node, path) -> orgs.add(org(node, path)));
    List<RegistryPerson> persons = new ArrayList<>();
    each(root, "persons", (node, path) -> persons.add(person(node, path)));
    return new RegistryData(
        text(root, "version", "$"),
        strings(root, "honorifics", "$"),
        strings(root, "title_prefixes", "$"),
        states,
        orgs,
        persons);
  }

  private static List<MemberState> states(JsonNode root, String field, MemberState.Status status) {
    List<MemberState> out = new ArrayList<>();
    each(
        root,
        field,
        (node, path) -> {
          onlyFields(node, path, STATE);
          JsonNode joined = node.get("joined");
          if (joined != null && !joined.isNull() && !joined.isInt()) {
            throw new IllegalArgumentException(path + ".joined must be a year or null: " + joined);
          }
          out.add(
              wrap(
                  path,
                  () ->
                      new MemberState(
                          text(node, "alpha2", path),
                          text(node, "name", path),
                          joined == null || joined.isNull() ? null : joined.intValue(),
                          status,
                          optText(node, "note", path))));
        });
    return out;
  }

  private static RegistryOrg org(JsonNode node, String path) {
    onlyFields(node, path, ORG);
    String kind = text(node, "kind", path);
    RegistryOrg.Kind k;
    try {
      k = RegistryOrg.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          path + ".kind must be organisation, organ or office: kind=" + kind, e);
    }
    return wrap(
        path,
        () ->
            new RegistryOrg(
                text(node, "id", path),
                k,
                text(node, "name", path),
                strings(node, "acronyms", path),
                strings(node, "aliases", path),
                optText(node, "parent", path),
                optText(node, "seat_country", path),
                optText(node, "seat_city", path),
                optText(node, "note", path)));
  }

  private static RegistryPerson person(JsonNode node, String path) {
    onlyFields(node, path, PERSON);
    String id = text(node, "id", path);
    List<Office> offices = new ArrayList<>();
    if (node.hasNonNull("offices")) {
      each(node, "offices", path, (o, opath) -> offices.add(office(id, o, opath)));
    }
    return wrap(
        path,
        () ->
            new RegistryPerson(
                id,
                text(node, "name", path),
                strings(node, "aliases", path),
                strings(node, "honorifics", path),
                optText(node, "country", path),
                offices,
                optText(node, "note", path)));
  }

  private static Office office(String personId, JsonNode node, String path) {
    onlyFields(node, path, OFFICE);
    return wrap(
        path,
        () ->
            new Office(
                personId,
                text(node, "title", path),
                optText(node, "org", path),
                optText(node, "country", path),
                date(node, "from", path),
                date(node, "to", path),
                optText(node, "note", path)));
  }

  private static PartialDate date(JsonNode node, String field, String path) {
    String t = optText(node, field, path);
    return t.isEmpty() ? null : wrap(path + "." + field, () -> PartialDate.parse(t));
  }

  private interface Visitor {
    void visit(JsonNode node, String path);
  }

  private static void each(JsonNode root, String field, Visitor v) {
    each(root, field, "$", v);
  }

  private static void each(JsonNode parent, String field, String path, Visitor v) {
    JsonNode arr = parent.get(field);
    if (arr == null || !arr.isArray()) {
      throw new IllegalArgumentException(path + "." + field + " must be an array");
    }
    for (int i = 0; i < arr.size(); i++) {
      String p = (path.equals("$") ? "" : path + ".") + field + "[" + i + "]";
      if (!arr.get(i).isObject()) {
        throw new IllegalArgumentException(p + " must be an object");
      }
      v.visit(arr.get(i), p);
    }
  }

  private static void onlyFields(JsonNode node, String path, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException("unknown field at " + path + ": " + name);
      }
    }
  }

  private static String text(JsonNode node, String field, String path) {
    String t = optText(node, field, path);
    if (t.isBlank()) {
      throw new IllegalArgumentException(path + "." + field + " is required");
    }
    return t;
  }

  private static String optText(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(path + "." + field + " must be a string: " + v);
    }
    return v.textValue();
  }

  private static List<String> strings(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(path + "." + field + " must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isTextual() || e.textValue().isBlank()) {
        throw new IllegalArgumentException(
            path + "." + field + " must hold non-blank strings: " + e);
      }
      out.add(e.textValue());
    }
    return out;
  }

  private interface Maker<T> {
    T make();
  }

  /** Runs {@code maker}, prefixing any validation message with the JSON path. */
  private static <T> T wrap(String path, Maker<T> maker) {
    try {
      return maker.make();
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(path)) {
        throw e;
      }
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }
}
