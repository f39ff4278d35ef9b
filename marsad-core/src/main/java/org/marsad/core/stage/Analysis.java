package org.marsad.core.stage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.domain.Document;

/**
 * What is known about one document so far: the document and the values stages have provided.
 * Immutable: {@link #with} returns a new analysis. Thread-safe.
 */
public final class Analysis {

  private final Document document;
  private final Map<Key<?>, Object> values;

  private Analysis(Document document, Map<Key<?>, Object> values) {
    this.document = Objects.requireNonNull(document, "document");
    this.values = values;
  }

  public static Analysis of(Document document) {
    return new Analysis(document, Map.of());
  }

  public Document document() {
    return document;
  }

  public boolean has(Key<?> key) {
    return values.containsKey(key);
  }

  public Set<Key<?>> keys() {
    return values.keySet();
  }

  /** The value for {@code key}; fails with the key's name when no stage provided it. */
  public <T> T get(Key<T> key) {
    Object value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("no value for key \"" + key + "\" in document " + document.id());
    }
    return key.type().cast(value);
  }

  public <T> Analysis with(Key<T> key, T value) {
    Objects.requireNonNull(value, () -> "value for key " + key);
    Map<Key<?>, Object> copy = new LinkedHashMap<>(values);
    copy.put(key, key.type().cast(value));
    return new Analysis(document, Map.copyOf(copy));
  }

  public Analysis withDocument(Document newDocument) {
    return new Analysis(newDocument, values);
  }
}
