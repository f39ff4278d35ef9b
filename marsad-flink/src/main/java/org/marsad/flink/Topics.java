package org.marsad.flink;

import java.util.List;
import java.util.Objects;

/**
 * The Kafka topics between the stages of the scale-out host: raw documents ({@value
 * org.marsad.flink.format.DocumentJson#FORMAT}), the documents the cascade lets through (same
 * format) and one result per document ({@value org.marsad.flink.format.ResultJson#FORMAT}), all
 * keyed by document id, so every copy of a document lands in one partition.
 */
public record Topics(String raw, String relevant, String results) implements java.io.Serializable {

  public Topics {
    for (String t : new String[] {raw, relevant, results}) {
      Objects.requireNonNull(t, "topic");
      if (!t.matches("[A-Za-z0-9._-]{1,249}")) {
        throw new IllegalArgumentException("not a Kafka topic name: " + t);
      }
    }
    if (new java.util.HashSet<>(List.of(raw, relevant, results)).size() != 3) {
      throw new IllegalArgumentException("the three topics must differ: raw=" + raw + ", relevant="
          + relevant + ", results=" + results);
    }
  }

  /** {@code PREFIXdocuments.raw}, {@code PREFIXdocuments.relevant}, {@code PREFIXresults}. */
  public static Topics withPrefix(String prefix) {
    return new Topics(prefix + "documents.raw", prefix + "documents.relevant", prefix + "results");
  }

  public List<String> all() {
    return List.of(raw, relevant, results);
  }
}
