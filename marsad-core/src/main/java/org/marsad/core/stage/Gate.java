package org.marsad.core.stage;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs an inner stage only for the documents a cheap test lets through; the others get the given
 * empty values for what the inner stage provides, so later stages see the same keys. This is how
 * the cascade keeps expensive stages off irrelevant news. Thread-safe when its parts are.
 */
public final class Gate implements Stage {

  private final String name;
  private final Predicate<Analysis> passes;
  private final Stage inner;
  private final Map<Key<?>, Object> whenSkipped;
  private final Set<Key<?>> requires;

  /**
   * @param requires keys the test reads
   * @param whenSkipped a value for every key {@code inner} provides
   */
  public Gate(String name, Set<Key<?>> requires, Predicate<Analysis> passes, Stage inner,
      Map<Key<?>, Object> whenSkipped) {
    this.name = Objects.requireNonNull(name, "name");
    this.passes = Objects.requireNonNull(passes, "passes");
    this.inner = Objects.requireNonNull(inner, "inner");
    this.whenSkipped = Map.copyOf(whenSkipped);
    this.requires = Set.copyOf(requires);
    if (!whenSkipped.keySet().equals(inner.provides())) {
      throw new IllegalArgumentException("gate \"" + name + "\" must give a value for each key its stage \""
          + inner.name() + "\" provides: provides=" + inner.provides() + ", given=" + whenSkipped.keySet());
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<Key<?>> requires() {
    return requires;
  }

  @Override
  public Set<Key<?>> provides() {
    return inner.provides();
  }

  /**
   * Whether {@code in} passes the test, so that {@link #apply} would run the inner stage. A host
   * that splits the pipeline (the scale-out host sends the documents that pass to another topic)
   * asks this after running the stages before the gate.
   */
  public boolean admits(Analysis in) {
    return passes.test(in);
  }

  @Override
  public Analysis apply(Analysis in) {
    if (admits(in)) {
      return inner.apply(in);
    }
    Analysis out = in;
    for (Map.Entry<Key<?>, Object> e : whenSkipped.entrySet()) {
      out = put(out, e.getKey(), e.getValue());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> Analysis put(Analysis a, Key<T> key, Object value) {
    return a.with(key, (T) value);
  }
}
