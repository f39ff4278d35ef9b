package org.marsad.core.hate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reconstructed HateXplain folder ({@code hatexplain_reconstructed.jsonl} and the official
 * {@code post_id_divisions.json}) into labelled posts. Each post's split is checked against the
 * official division; a mismatch, a post missing from it or a bad line fails with the post id or
 * line number. Stateless.
 */
public final class HateXplainData {

  public static final String POSTS = "hatexplain_reconstructed.jsonl";
  public static final String DIVISIONS = "post_id_divisions.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HateXplainData() {}

  /** All posts of the folder, in file order. */
  public static List<LabelledPost> read(Path dir) throws IOException {
    Path posts = dir.resolve(POSTS);
    Path divisions = dir.resolve(DIVISIONS);
    if (!Files.isRegularFile(posts) || !Files.isRegularFile(divisions)) {
      throw new IOException("not a HateXplain folder (needs " + POSTS + " and " + DIVISIONS + "): " + dir);
    }
    Map<String, String> splitOf = new HashMap<>();
    MAPPER.readTree(divisions.toFile()).properties().forEach(e ->
        e.getValue().forEach(id -> splitOf.put(id.asText(), e.getKey())));
    List<LabelledPost> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(posts)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode j = MAPPER.readTree(line);
        String id = j.path("post_id").asText("");
        String split = j.path("split").asText("");
        if (!split.equals(splitOf.get(id))) {
          throw new IOException(POSTS + ":" + n + ": post " + id + " is in split " + split
              + " but the official division says " + splitOf.get(id));
        }
        JsonNode target = j.path("target_majority");
        out.add(new LabelledPost(id, split, j.path("text").asText(), HateLabel.ofId(j.path("label").asText()),
            target.isTextual() ? target.asText() : null));
      }
    }
    return out;
  }

  /** The posts of one split, in file order. */
  public static List<LabelledPost> split(List<LabelledPost> posts, String split) {
    if (!LabelledPost.SPLITS.contains(split)) {
      throw new IllegalArgumentException("split must be train, val or test: " + split);
    }
    return posts.stream().filter(p -> p.split().equals(split)).toList();
  }
}
