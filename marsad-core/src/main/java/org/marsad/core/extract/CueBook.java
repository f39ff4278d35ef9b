package org.marsad.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.core.domain.RecordKind;

/**
 * The cues of one typology pack in one language: vocabularies and, per type, its triggers. Loaded
 * from a cue file; unknown vocabularies, types or keys fail at load time with their name.
 * Immutable and thread-safe.
 */
public final class CueBook {

  static final String DEFAULT_RESOURCE = "/org/marsad/core/typology/religion-islamophobia.cues.en.json";
  private static final Set<String> TYPE_KEYS =
      Set.of("triggers", "theme", "context", "abstract", "agent", "participant", "argument_role", "not_agent",
          "institutional_agent");
  private static final Set<String> RESPONSE_TYPES = Set.of("statement", "condemnation", "meeting",
      "phone_call", "session", "resolution", "report", "proposal", "support", "diplomatic_protest",
      "sanction", "legal_action", "positive_development");

  private final String pack;
  private final Map<String, Vocabulary> vocabularies;
  private final List<TypeCues> types;
  private final WordTerms religionWords;
  private final Set<String> triggerLemmas;

  private CueBook(String pack, Map<String, Vocabulary> vocabularies, List<TypeCues> types) {
    this.pack = pack;
    this.vocabularies = Map.copyOf(vocabularies);
    this.types = List.copyOf(types);
    this.religionWords = vocabularies.containsKey("religion") ? WordTerms.of(vocabularies.get("religion")) : null;
    this.triggerLemmas = types.stream().flatMap(t -> t.triggers().stream())
        .map(t -> t.lemmas().getFirst().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static final class Holder {
    static final CueBook DEFAULT = load(DEFAULT_RESOURCE);
  }

  /** The default pack's English cues, loaded once per JVM. */
  public static CueBook defaultBook() {
    return Holder.DEFAULT;
  }

  static CueBook load(String resource) {
    try (InputStream in = CueBook.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("cue file not found on the class path: " + resource);
      }
      return parse(new ObjectMapper().readTree(in), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cue file " + resource, e);
    }
  }

  static CueBook parse(JsonNode root, String origin) {
    Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
    root.path("vocabularies").fields().forEachRemaining(e -> {
      List<String> terms = new ArrayList<>();
      e.getValue().forEach(t -> terms.add(t.asText()));
      vocabularies.put(e.getKey(), Vocabulary.of(e.getKey(), terms));
    });
    Set<String> topic = new HashSet<>();
    for (String name : List.of("religion", "hatred")) {
      if (vocabularies.containsKey(name)) {
        topic.addAll(vocabularies.get(name).terms());
      }
    }
    vocabularies.put("topic", Vocabulary.of("topic", topic));
    List<TypeCues> types = new ArrayList<>();
    root.path("types").fields().forEachRemaining(e -> {
      String id = e.getKey();
      JsonNode t = e.getValue();
      t.fieldNames().forEachRemaining(k -> {
        if (!TYPE_KEYS.contains(k)) {
          throw new IllegalArgumentException(origin + ": unknown key \"" + k + "\" in type " + id);
        }
      });
      List<Trigger> triggers = new ArrayList<>();
      t.path("triggers").forEach(x -> triggers.add(Trigger.parse(x.asText())));
      Set<String> abstracts = new HashSet<>();
      t.path("abstract").forEach(x -> abstracts.add(x.asText().toLowerCase(Locale.ROOT)));
      String theme = textOrNull(t, "theme");
      String context = textOrNull(t, "context");
      for (String v : new String[] {theme, context, textOrNull(t, "not_agent")}) {
        if (v != null && !vocabularies.containsKey(v)) {
          throw new IllegalArgumentException(origin + ": type " + id + " names unknown vocabulary \"" + v + "\"");
        }
      }
      for (Trigger trigger : triggers) {
        for (String v : new String[] {trigger.themeVocabulary(), trigger.agentVocabulary(), trigger.headVocabulary()}) {
          if (v != null && !vocabularies.containsKey(v)) {
            throw new IllegalArgumentException(
                origin + ": trigger " + trigger.lemmas() + " of " + id + " names unknown vocabulary \"" + v + "\"");
          }
        }
      }
      RecordKind kind = RESPONSE_TYPES.contains(id) ? RecordKind.RESPONSE : RecordKind.INCIDENT;
      types.add(new TypeCues(id, kind, triggers, theme, context, abstracts,
          t.path("agent").asBoolean(false), t.path("participant").asBoolean(false), textOrNull(t, "argument_role"),
          textOrNull(t, "not_agent"), t.path("institutional_agent").asBoolean(false)));
    });
    return new CueBook(root.path("pack").asText(""), vocabularies, types);
  }

  private static String textOrNull(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Whether {@code text} uses a word of the pack's religion vocabulary: the cascade's first test. */
  public boolean isTopical(CharSequence text) {
    String plain = text.toString().replace('\uFFFD', ' ');
    if (religionWords != null) {
      // a quick test that finds every text the pattern finds, and a few more: most news fails it
      String[] words = WordTerms.words(plain);
      if (!religionWords.foundIn(new java.util.HashSet<>(List.of(words)), WordTerms.joined(words))) {
        return false;
      }
    }
    return vocabulary("religion").foundIn(plain);
  }

  /** The first lemma of every trigger, lower-cased: a sentence without one yields no record. */
  public Set<String> triggerLemmas() {
    return triggerLemmas;
  }

  public String pack() {
    return pack;
  }

  List<TypeCues> types() {
    return types;
  }

  /** The vocabulary {@code name}; fails with the name when the cue file has none. */
  Vocabulary vocabulary(String name) {
    Vocabulary v = vocabularies.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no vocabulary \"" + name + "\" in pack " + pack);
    }
    return v;
  }
}
