package org.marsad.flink;

import java.util.List;
import java.util.Objects;

/**
 * The Kafka topics between the stages of the scale-out host: raw documents ({@value
 * org.marsad.flink.format.DocumentJson#FORMAT}), the documents the cascade lets through (same
 * format), one result per document ({@value org.marsad.flink.format.ResultJson#FORMAT}), and
 * for each record the block it joined with the candidates there ({@value BlockGroups#FORMAT}).
 * Documents and results are keyed by document id, so every copy of a document lands in one
 * partition; blocks by record reference.
 */
public record Topics(String raw, String relevant, String results, String blocks)
    implements java.io.Serializable {

  public Topics {
    for (String t : new String[] {raw, relevant, results, blocks}) {
      Objects.requireNonNull(t, "topic");
      if (!t.matches("[A-Za-z0-9._-]{1,249}")) {
        throw new IllegalArgumentException("not a Kafka topic name: " + t);
      }
    }
    if (new java.util.HashSet<>(List.of(raw, relevant, results, blocks)).size() != 4) {
      throw new IllegalArgumentException("the four topics must differ: raw=" + raw + ", relevant="
          + relevant + ", results=" + results + ", blocks=" + blocks);
    }
  }

  /**
   * {@code PREFIXdocuments.raw}, {@code PREFIXdocuments.relevant}, {@code PREFIXresults}, {@code
   * PREFIXblocks}.
   */
  public static Topics withPrefix(String prefix) {
    return new Topics(prefix + "documents.raw", prefix + "documents.relevant", prefix + "results",
        prefix + "blocks");
  }

  public List<String> all() {
    return List.of(raw, relevant, results, blocks);
  }
}
