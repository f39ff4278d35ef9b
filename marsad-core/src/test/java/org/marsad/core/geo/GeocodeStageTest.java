package org.marsad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.Span;
import org.marsad.core.nlp.Mention;
import org.marsad.core.nlp.NlpStage;
import org.marsad.core.nlp.ParsedText;
import org.marsad.core.nlp.Sentence;
import org.marsad.core.nlp.Token;
import org.marsad.core.stage.Analysis;

class GeocodeStageTest {

  /** A parse of {@code text} with one-token mentions of the given words and types, no CoreNLP. */
  private static Analysis parsed(String text, String... wordTypePairs) {
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    int at = 0;
    for (int k = 0; k < wordTypePairs.length; k += 2) {
      String word = wordTypePairs[k];
      int start = text.indexOf(word, at);
      Span span = new Span(start, start + word.length());
      tokens.add(new Token(tokens.size(), word, word, "NNP", span, -1, "root"));
      mentions.add(new Mention(0, tokens.size() - 1, tokens.size() - 1, span, word, wordTypePairs[k + 1]));
      at = span.end();
    }
    Sentence s = new Sentence(0, new Span(0, text.length()), tokens);
    Document d = new Document("id", "s", "", "", LocalDate.of(2023, 7, 13), "", "", text);
    return Analysis.of(d).with(NlpStage.PARSE, new ParsedText(List.of(s), mentions, List.of()));
  }

  private static Map<Span, Place> places(Analysis a) {
    return new GeocodeStage().apply(a).get(GeocodeStage.PLACES).bySpan();
  }

  @Test
  void apply_resolvesCitiesAndCountries() {
    Map<Span, Place> p = places(parsed("Niamey, the capital of Niger", "Niamey", "CITY", "Niger", "COUNTRY"));
    assertThat(p.values()).extracting(Place::country).containsOnly("NE");
    assertThat(p.values()).extracting(Place::kind).contains(Place.Kind.CITY, Place.Kind.COUNTRY);
  }

  @Test
  void apply_seatOfNamedOrganisation_isContext() {
    // the United States is named, but Geneva beside the Human Rights Council is Switzerland's
    Map<Span, Place> p = places(parsed("The Human Rights Council in Geneva; the United States voted against",
        "Human Rights Council", "ORGANIZATION", "Geneva", "CITY", "United States", "COUNTRY"));
    assertThat(p.values()).filteredOn(x -> x.kind() == Place.Kind.CITY).extracting(Place::country).containsExactly("CH");
  }

  @Test
  void apply_nonPlaceMentions_areLeftAlone() {
    assertThat(places(parsed("Bilawal spoke", "Bilawal", "PERSON"))).isEmpty();
  }
}
