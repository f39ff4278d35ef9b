package org.marsad.core.extract;

import java.util.List;
import java.util.Set;
import org.marsad.core.geo.GeocodeStage;
import org.marsad.core.nlp.NlpStage;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Key;
import org.marsad.core.stage.Stage;

/**
 * Reads the incidents and responses of a parsed, geocoded document with the default typology
 * pack's English cues. Requires the parse and places; provides the records. Thread-safe.
 */
public final class ExtractStage implements Stage {

  public static final Key<ExtractedRecords> RECORDS = Key.of("records", ExtractedRecords.class);

  private final Extractor extractor;

  public ExtractStage() {
    this(CueBook.defaultBook());
  }

  public ExtractStage(CueBook book) {
    this.extractor = new Extractor(book, ReferenceLinker.shared());
  }

  /**
   * Whether extraction may read a record, or a reference to one, from {@code sentence} (parsed, with or
   * without entities and timexes), whatever else its document holds: false means it never will.
   */
  public static java.util.function.Function<List<org.marsad.core.nlp.Sentence>, java.util.BitSet> mayYield(CueBook book) {
    Extractor extractor = new Extractor(book, ReferenceLinker.shared());
    return extractor::mayYield;
  }

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NlpStage.PARSE, GeocodeStage.PLACES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(RECORDS);
  }

  @Override
  public Analysis apply(Analysis in) {
    return in.with(RECORDS, new ExtractedRecords(extractor.extract(
        in.document(), in.get(NlpStage.PARSE), in.get(GeocodeStage.PLACES).bySpan())));
  }
}
