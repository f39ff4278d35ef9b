package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Span;
import org.marsad.core.eval.geo.DocSplit;
import org.marsad.core.eval.geo.EndToEnd;
import org.marsad.core.eval.geo.ErrorStats;
import org.marsad.core.eval.geo.GeoCorpus;
import org.marsad.core.eval.geo.GeoDocument;
import org.marsad.core.eval.geo.GoldToponym;
import org.marsad.core.geo.Gazetteer;
import org.marsad.core.geo.GeocodeStage;
import org.marsad.core.geo.PlaceResolver;
import org.marsad.core.geo.Resolution;
import org.marsad.core.nlp.NlpStage;
import org.marsad.core.stage.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval geo --data DIR}: toponym resolution and end-to-end geoparsing scored against a
 * geocoding corpus (LGL, GeoWebNews, GeoVirus, TR-News in the JSON Lines form of ../shared/data).
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
    description = {
      "Resolve the gold toponyms of DIR/<name>.jsonl and score them (acc@161 km, AUC of log error,"
          + " mean km; every gold toponym with a point counts, one left unresolved as 20,039 km),"
          + " then run CoreNLP and the geocoder end to end (e2e F1: our place mentions matched to"
          + " gold spans, correct within 161 km).",
      "None of the sets defines a split: dev and test are the halves of a fixed hash of the"
          + " document id (see DocSplit); tune on dev, report test."})
final class EvalGeoCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Folder of the corpus: lgl, geowebnews, geovirus or trnews under ../shared/data.")
  Path data;

  @Option(names = "--split", defaultValue = "test", paramLabel = "dev|test|all",
      description = "Which half of the documents to score (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--no-e2e", description = "Skip the end-to-end run (no CoreNLP; e2e_f1 is null).")
  boolean noE2e;

  @Option(names = "--errors", defaultValue = "8", paramLabel = "N",
      description = "Examples to list per kind of error (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--set", paramLabel = "NAME=VALUE",
      description = "Override a resolver setting (PlaceResolver.Config) for this run, for tuning on dev.")
  java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    Path file = corpusFile(data);
    String corpus = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
    DocSplit which = DocSplit.of(split);
    List<GeoDocument> docs =
        GeoCorpus.read(file).stream().filter(d -> which.contains(corpus, d.id())).toList();
    Gazetteer gazetteer = Gazetteer.shared();
    PlaceResolver.Config config = ResolverSettings.of(settings);
    PlaceResolver resolver = new PlaceResolver(gazetteer, config);
    GeoErrorReport report = new GeoErrorReport(gazetteer, examples);
    for (GeoDocument doc : docs) {
      List<Span> spans = doc.toponyms().stream().map(GoldToponym::span).toList();
      List<Resolution> resolved = resolver.resolveAll(doc.text(), spans, Set.of());
      for (int i = 0; i < spans.size(); i++) {
        report.add(doc.toponyms().get(i), resolved.get(i));
      }
    }
    ErrorStats stats = report.stats();
    System.out.printf("%s, split %s: %d documents, %d toponyms with a point (of %d)%n%n",
        corpus, which.name().toLowerCase(java.util.Locale.ROOT), docs.size(), stats.n(),
        docs.stream().mapToInt(d -> d.toponyms().size()).sum());
    System.out.printf("%-44s %8s %6s %9s %9s%n", "resolution of the gold toponyms", "acc@161", "AUC",
        "mean km", "median km");
    System.out.printf("%-44s %8.3f %6.3f %9.0f %9.1f%n", "Marsad (this run)", stats.acc161(), stats.auc(),
        stats.meanKm(), stats.medianKm());
    for (PublishedGeoFigures.Row r : PublishedGeoFigures.of(corpus)) {
      System.out.printf("%-44s %8.2f %6.2f %9.0f %9s%n", r.system(), r.acc161(), r.auc(), r.meanKm(), "");
    }
    if (!PublishedGeoFigures.of(corpus).isEmpty()) {
      System.out.println("(published: Gritta et al. 2018, Table 1, whole corpus; ours: the split above)");
    }
    System.out.println();
    report.print(System.out);
    EndToEnd e2e = noE2e ? null : endToEnd(docs, config);
    if (e2e != null) {
      System.out.printf("%nend to end (CoreNLP place mentions, geocoder): predictions %d, correct %d, gold %d:"
          + " precision %.3f recall %.3f F1 %.3f%n", e2e.predicted(), e2e.correct(), e2e.gold(),
          e2e.precision(), e2e.recall(), e2e.f1());
    }
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("data", corpus);
    line.put("split", which.name().toLowerCase(java.util.Locale.ROOT));
    line.put("acc161", round(stats.acc161()));
    line.put("auc", round(stats.auc()));
    line.put("mean_km", Math.round(stats.meanKm()));
    line.put("median_km", round(stats.medianKm()));
    line.put("n", stats.n());
    if (e2e == null) {
      line.putNull("e2e_f1");
    } else {
      line.put("e2e_f1", round(e2e.f1()));
      line.put("e2e_precision", round(e2e.precision()));
      line.put("e2e_recall", round(e2e.recall()));
    }
    line.put("metonymic_flagged", report.metonymicFlagged());
    line.put("docs", docs.size());
    System.out.println(line);
    return Main.OK;
  }

  private static EndToEnd endToEnd(List<GeoDocument> docs, PlaceResolver.Config config) {
    NlpStage nlp = new NlpStage();
    GeocodeStage geocode = GeocodeStage.withConfig(config);
    EndToEnd e2e = new EndToEnd();
    for (GeoDocument doc : docs) {
      Document d = new Document("geo-" + doc.id(), "eval", "", "", null, "", "en", doc.text());
      Analysis a = nlp.apply(Analysis.of(d));
      List<EndToEnd.Prediction> predictions = new ArrayList<>();
      for (Resolution r : geocode.resolutions(a.get(NlpStage.PARSE), doc.text())) {
        r.place().ifPresent(p -> predictions.add(new EndToEnd.Prediction(r.span(), p.lat(), p.lon())));
      }
      e2e.add(doc.toponyms(), predictions);
    }
    return e2e;
  }

  static Path corpusFile(Path dir) throws IOException {
    Path named = dir.resolve(dir.toAbsolutePath().normalize().getFileName() + ".jsonl");
    if (Files.isRegularFile(named)) {
      return named;
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> jsonl = files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
      if (jsonl.size() != 1) {
        throw new IllegalArgumentException("expected one .jsonl corpus in " + dir + ", found " + jsonl.size());
      }
      return jsonl.get(0);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
