package org.marsad.app;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.embed.SentenceEmbedder;

/**
 * An optional file of sentence embeddings by text, so that repeated training and evaluation runs
 * embed each post once. The file names the embedding model; a file of another model is ignored and
 * rewritten. Not thread-safe: one command uses it at a time.
 */
final class EmbeddingCache {

  private static final String MAGIC = "MARSAD-EMBEDDINGS-1";

  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();

  private EmbeddingCache(Path file) {
    this.file = file;
  }

  /** The cache in {@code file} (empty when the file does not exist or holds another model's vectors). */
  static EmbeddingCache open(Path file) throws IOException {
    EmbeddingCache c = new EmbeddingCache(file);
    if (Files.isRegularFile(file)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        if (MAGIC.equals(in.readUTF()) && SentenceEmbedder.MODEL.equals(in.readUTF())) {
          int n = in.readInt();
          for (int i = 0; i < n; i++) {
            String text = in.readUTF();
            float[] v = new float[in.readInt()];
            for (int d = 0; d < v.length; d++) {
              v[d] = in.readFloat();
            }
            c.vectors.put(text, v);
          }
        }
      }
    }
    return c;
  }

  /** Embeddings of {@code texts}, computing the missing ones with the shared embedder and saving them. */
  float[][] embed(List<String> texts) {
    List<String> missing = new ArrayList<>(texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList());
    if (!missing.isEmpty()) {
      float[][] fresh = SentenceEmbedder.shared().embedAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        vectors.put(missing.get(i), fresh[i]);
      }
      save();
    }
    return texts.stream().map(t -> vectors.get(t).clone()).toArray(float[][]::new);
  }

  private void save() {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeUTF(MAGIC);
      out.writeUTF(SentenceEmbedder.MODEL);
      out.writeInt(vectors.size());
      for (Map.Entry<String, float[]> e : vectors.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write the embedding cache " + file + ": " + e.getMessage(), e);
    }
  }
}
