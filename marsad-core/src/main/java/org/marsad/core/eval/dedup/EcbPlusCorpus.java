package org.marsad.core.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ECB+ documents converted to {@code documents.jsonl} (see the data folder's SOURCE.md): each
 * with its gold sub-topic (one real-world event) and split (Cybulska and Vossen 2015: train, dev,
 * test). Reads the whole file once; the result is immutable.
 */
public final class EcbPlusCorpus {

  /**
   * One ECB+ document.
   *
   * @param id document id, e.g. {@code 36_1ecb}
   * @param subtopic gold event, e.g. {@code 36_ecb}
   * @param split train, dev or test
   * @param text the sentences, one per line
   */
  public record Doc(String id, String subtopic, String split, String text) {

    public Doc {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(subtopic, "subtopic");
      Objects.requireNonNull(split, "split");
      Objects.requireNonNull(text, "text");
    }
  }

  private EcbPlusCorpus() {}

  /**
   * The documents of {@code split} in file order.
   *
   * @throws UncheckedIOException when the file is missing or unreadable
   * @throws IllegalArgumentException when a line is not a document
   */
  public static List<Doc> read(Path dir, String split) {
    Path file = dir.resolve("documents.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        if (!node.hasNonNull("doc_id") || !node.hasNonNull("subtopic") || !node.hasNonNull("split")
            || !node.hasNonNull("text")) {
          throw new IllegalArgumentException("not an ECB+ document: " + file + " line " + n);
        }
        if (node.get("split").asText().equals(split)) {
          docs.add(new Doc(node.get("doc_id").asText(), node.get("subtopic").asText(), split,
              node.get("text").asText()));
        }
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("no ECB+ documents: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return docs;
  }
}
