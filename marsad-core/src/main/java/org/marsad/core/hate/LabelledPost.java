package org.marsad.core.hate;

import java.util.Objects;
import java.util.Set;

/**
 * One annotated post of a hate-speech data set.
 *
 * @param id the post's id in its data set
 * @param split {@code train}, {@code val} or {@code test}
 * @param text the post
 * @param label the annotators' majority class
 * @param target the community most annotators named as targeted, or null when none passed the
 *     data set's filter
 */
public record LabelledPost(String id, String split, String text, HateLabel label, String target) {

  /** Splits of the official HateXplain division. */
  public static final Set<String> SPLITS = Set.of("train", "val", "test");

  /** Targets that count as anti-Muslim for {@link #targetsIslam()}. */
  public static final Set<String> ISLAM_TARGETS = Set.of("Islam", "Arab");

  public LabelledPost {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, () -> "text of post " + id);
    Objects.requireNonNull(label, () -> "label of post " + id);
    if (!SPLITS.contains(split)) {
      throw new IllegalArgumentException("split must be train, val or test: " + split + " (post " + id + ")");
    }
  }

  /**
   * Whether the post is hateful or offensive towards Islam or Muslims: a target of {@link
   * #ISLAM_TARGETS} and a label other than normal (the data set's rule, see its SOURCE.md).
   */
  public boolean targetsIslam() {
    return label != HateLabel.NORMAL && target != null && ISLAM_TARGETS.contains(target);
  }
}
