package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.core.domain.Document;
import org.marsad.core.embed.EmbedderConfig;
import org.marsad.core.embed.SentenceEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad bench embed}: sentences per second and peak heap of the sentence embedder. */
@Command(name = "embed", mixinStandardHelpOptions = true,
    description = "Time sentence embeddings (all-MiniLM-L6-v2) over sentences of the evaluation articles.")
final class BenchEmbedCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR", description = "Folder of *.jsonl article texts (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = {"-n", "--n"}, defaultValue = "2000", description = "Sentences to embed (default: ${DEFAULT-VALUE}).")
  int n;

  @Option(names = "--batch", defaultValue = "1", description = "Texts per model call (default: ${DEFAULT-VALUE}; see EmbedderConfig).")
  int batch;

  @Option(names = "--threads", description = "Model calls at once (default: one per core).")
  Integer threads;

  @Option(names = "--ort-threads", defaultValue = "1", description = "ONNX Runtime threads inside one call (0: one per core; default: ${DEFAULT-VALUE}).")
  int ortThreads;

  @Override
  public Integer call() throws Exception {
    List<String> sentences = sentences(BenchCorpus.read(data, 100_000), n);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no article texts under " + data);
    }
    long loadStart = System.nanoTime();
    EmbedderConfig defaults = EmbedderConfig.defaults();
    int parallelism = threads == null ? defaults.parallelism() : threads;
    SentenceEmbedder embedder = SentenceEmbedder.load(new EmbedderConfig(defaults.maxTokens(), batch, parallelism, ortThreads));
    long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
    embedder.embedAll(sentences.subList(0, Math.min(50, sentences.size())));
    HeapPeaks.reset();
    long tokens = sentences.stream().mapToLong(embedder::tokenCount).sum();
    long start = System.nanoTime();
    embedder.embedAll(sentences);
    double seconds = (System.nanoTime() - start) / 1e9;
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("sentences", sentences.size());
    line.put("tokens", tokens);
    line.put("seconds", Math.round(seconds * 100) / 100.0);
    line.put("sentences_per_s", Math.round(sentences.size() / seconds * 10) / 10.0);
    line.put("batch", batch);
    line.put("threads", parallelism);
    line.put("ort_threads", ortThreads);
    line.put("model", SentenceEmbedder.MODEL);
    line.put("model_load_ms", loadMs);
    line.put("peak_heap_mb", HeapPeaks.peakMb());
    System.out.printf(Locale.ROOT, "%d sentences (%.1f word pieces each) in %.1f s: %.1f sentences/s (batch %d, %d threads)%n",
        sentences.size(), tokens / (double) sentences.size(), seconds, sentences.size() / seconds, batch, parallelism);
    System.out.println(line);
    return Main.OK;
  }

  /** The first {@code n} sentences of at least three words, cycling through the documents' sentences again if needed. */
  static List<String> sentences(List<Document> docs, int n) {
    List<String> all = new ArrayList<>();
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    for (Document d : docs) {
      it.setText(d.text());
      for (int s = it.first(), e = it.next(); e != BreakIterator.DONE && all.size() < n; s = e, e = it.next()) {
        String sentence = d.text().substring(s, e).strip();
        if (sentence.split("\\s+").length >= 3) {
          all.add(sentence);
        }
      }
      if (all.size() >= n) {
        break;
      }
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; !all.isEmpty() && out.size() < n; i++) {
      out.add(all.get(i % all.size()));
    }
    return out;
  }
}
