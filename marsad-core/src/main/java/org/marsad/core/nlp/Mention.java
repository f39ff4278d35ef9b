package org.marsad.core.nlp;

import org.marsad.core.domain.Span;

/**
 * A named-entity mention: a person, organisation, place, title, nationality or the like.
 *
 * @param sentence index of its sentence
 * @param first index of its first token in the sentence
 * @param last index of its last token in the sentence (inclusive)
 * @param span character offsets in the document text
 * @param text the mention as written
 * @param type CoreNLP's fine-grained NER type: PERSON, ORGANIZATION, CITY, COUNTRY, LOCATION,
 *     STATE_OR_PROVINCE, TITLE, NATIONALITY, RELIGION, IDEOLOGY, MISC
 */
public record Mention(int sentence, int first, int last, Span span, String text, String type) {

  public Mention {
    if (last < first) {
      throw new IllegalArgumentException("mention last token before first: first=" + first + ", last=" + last);
    }
  }

  public boolean isPlace() {
    return switch (type) {
      case "CITY", "COUNTRY", "LOCATION", "STATE_OR_PROVINCE" -> true;
      default -> false;
    };
  }

  public boolean covers(int tokenIndex) {
    return first <= tokenIndex && tokenIndex <= last;
  }
}
