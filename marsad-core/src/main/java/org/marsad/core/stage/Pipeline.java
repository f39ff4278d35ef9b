package org.marsad.core.stage;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stages run in order; itself a stage. Built with its wiring checked: a stage whose required keys
 * no earlier stage provides fails the build, naming the stage and the key. A failure inside a
 * stage becomes a {@link StageFailure} naming that stage. Thread-safe when its stages are.
 */
public final class Pipeline implements Stage {

  private final String name;
  private final List<Stage> stages;
  private final Set<Key<?>> requires;
  private final Set<Key<?>> provides;

  private Pipeline(String name, List<Stage> stages) {
    this.name = name;
    this.stages = List.copyOf(stages);
    Set<Key<?>> provided = new LinkedHashSet<>();
    Set<Key<?>> unmet = new LinkedHashSet<>();
    for (Stage stage : stages) {
      for (Key<?> key : stage.requires()) {
        if (!provided.contains(key)) {
          unmet.add(key);
        }
      }
      provided.addAll(stage.provides());
    }
    this.requires = Set.copyOf(unmet);
    this.provides = Set.copyOf(provided);
  }

  /**
   * A pipeline of {@code stages} that needs nothing but the document; fails now, naming the stage
   * and the key, if a stage requires a key no earlier stage provides.
   */
  public static Pipeline of(String name, List<Stage> stages) {
    Pipeline p = new Pipeline(name, stages);
    Set<Key<?>> available = new HashSet<>();
    for (Stage stage : p.stages) {
      for (Key<?> key : stage.requires()) {
        if (!available.contains(key)) {
          throw new IllegalArgumentException("stage \"" + stage.name() + "\" requires \"" + key
              + "\", which no earlier stage of pipeline \"" + name + "\" provides");
        }
      }
      available.addAll(stage.provides());
    }
    return p;
  }

  /** A part of a larger pipeline: it may require keys that stages before it provide. */
  public static Pipeline part(String name, List<Stage> stages) {
    return new Pipeline(name, stages);
  }

  public List<Stage> stages() {
    return stages;
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
    return provides;
  }

  @Override
  public Analysis apply(Analysis in) {
    Analysis current = in;
    for (Stage stage : stages) {
      try {
        current = stage.apply(current);
      } catch (StageFailure failure) {
        throw failure;
      } catch (RuntimeException | StackOverflowError e) {
        throw new StageFailure(stage.name(), stage.name() + " failed: " + e, e);
      }
    }
    return current;
  }
}
