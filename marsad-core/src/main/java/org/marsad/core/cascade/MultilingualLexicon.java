package org.marsad.core.cascade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.core.domain.Span;

/**
 * The cascade's relevance cues for news not in English ({@code triggers.multilingual.json}): per
 * language, religion terms and trigger terms written as word beginnings ("mosqu" for "mosquée").
 * A sentence holding one of each is a candidate: the document is a lead worth translating, though
 * no English stage reads it. Languages written with attached clitics or without spaces (Arabic,
 * Persian, Urdu, Hindi, Bengali, Chinese) match terms anywhere in a word. Immutable and thread-safe.
 */
public final class MultilingualLexicon {

  static final String RESOURCE = "/org/marsad/core/cascade/triggers.multilingual.json";
  private static final Set<String> ANYWHERE = Set.of("ar", "fa", "ur", "hi", "bn", "zh");

  /** The two term lists of one language, as patterns. */
  private record Terms(Pattern religion, Pattern triggers) {}

  private final Map<String, Terms> languages;

  private MultilingualLexicon(Map<String, Terms> languages) {
    this.languages = Map.copyOf(languages);
  }

  private static final class Holder {
    static final MultilingualLexicon DEFAULT = load(RESOURCE);
  }

  /** The bundled lexicon, loaded once per JVM. */
  public static MultilingualLexicon defaultLexicon() {
    return Holder.DEFAULT;
  }

  static MultilingualLexicon load(String resource) {
    try (InputStream in = MultilingualLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("multilingual trigger file not found on the class path: " + resource);
      }
      return parse(new ObjectMapper().readTree(in), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read multilingual trigger file " + resource, e);
    }
  }

  static MultilingualLexicon parse(JsonNode root, String origin) {
    Map<String, Terms> out = new HashMap<>();
    root.path("languages").fields().forEachRemaining(e -> {
      String lang = e.getKey();
      boolean anywhere = ANYWHERE.contains(lang);
      Pattern religion = pattern(terms(e.getValue(), "religion", lang, origin), anywhere);
      Pattern triggers = pattern(terms(e.getValue(), "triggers", lang, origin), anywhere);
      out.put(lang, new Terms(religion, triggers));
    });
    if (out.isEmpty()) {
      throw new IllegalArgumentException(origin + ": no languages");
    }
    return new MultilingualLexicon(out);
  }

  private static List<String> terms(JsonNode lang, String list, String code, String origin) {
    List<String> out = new ArrayList<>();
    lang.path(list).forEach(t -> out.add(t.asText().toLowerCase(Locale.ROOT).trim()));
    out.removeIf(String::isEmpty);
    if (out.isEmpty()) {
      throw new IllegalArgumentException(origin + ": language " + code + " has no " + list + " terms");
    }
    return out;
  }

  private static Pattern pattern(List<String> terms, boolean anywhere) {
    String alternatives = terms.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
    return Pattern.compile((anywhere ? "" : "(?<![\\p{L}\\p{N}])") + "(?:" + alternatives + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The languages it has cues for (ISO 639-1). */
  public Set<String> languages() {
    return languages.keySet();
  }

  /** Whether {@code sentence} in {@code language} holds a religion term and a trigger term. */
  public boolean isCandidate(String language, String sentence) {
    Terms t = languages.get(language);
    return t != null && t.religion().matcher(sentence).find() && t.triggers().matcher(sentence).find();
  }

  /** The focus of a text in {@code language}: its candidate sentences. */
  public Focus focus(String language, String text) {
    if (!languages.containsKey(language)) {
      return Focus.none(0);
    }
    List<Span> sentences = SentenceSplitter.split(text);
    List<Span> kept = sentences.stream().filter(s -> isCandidate(language, s.of(text))).toList();
    return kept.isEmpty() ? Focus.none(sentences.size()) : new Focus(kept, sentences.size(), kept.size());
  }
}
