package org.marsad.core.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps lookup keys to registry entries. Its {@link Builder} refuses a key that would name two
 * different entries, so an ambiguous alias fails when the registry loads, not silently at lookup.
 * The index is immutable and thread-safe; the builder is for one thread.
 *
 * @param <T> the entry type
 */
final class MentionIndex<T> {

  private final Map<String, T> byKey;

  private MentionIndex(Map<String, T> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** A builder that uses {@code idOf} to tell whether two entries are the same. */
  static <T> Builder<T> builder(Function<T, String> idOf) {
    return new Builder<>(idOf);
  }

  /** The entry for {@code key}, if any. */
  Optional<T> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  int size() {
    return byKey.size();
  }

  /** Collects keys; not thread-safe. */
  static final class Builder<T> {
    private final Map<String, T> byKey = new HashMap<>();
    private final Function<T, String> idOf;

    private Builder(Function<T, String> idOf) {
      this.idOf = idOf;
    }

    /** Adds {@code key} for {@code entry}; an empty key is ignored, a clash throws. */
    Builder<T> put(String key, T entry) {
      if (key.isEmpty()) {
        return this;
      }
      T previous = byKey.putIfAbsent(key, entry);
      if (previous != null && !idOf.apply(previous).equals(idOf.apply(entry))) {
        throw new IllegalStateException(
            "ambiguous mention key '"
                + key
                + "' names both "
                + idOf.apply(previous)
                + " and "
                + idOf.apply(entry));
      }
      return this;
    }

    MentionIndex<T> build() {
      return new MentionIndex<>(byKey);
    }
  }
}
