package org.marsad.core.nlp;

import java.util.List;

/** The linguistic analysis of a document: sentences with their trees, entity mentions and timexes. */
public record ParsedText(List<Sentence> sentences, List<Mention> mentions, List<Timex> timexes) {

  public ParsedText {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    timexes = List.copyOf(timexes);
  }

  public List<Mention> mentionsIn(int sentence) {
    return mentions.stream().filter(m -> m.sentence() == sentence).toList();
  }

  public List<Timex> timexesIn(int sentence) {
    return timexes.stream().filter(t -> t.sentence() == sentence).toList();
  }
}
