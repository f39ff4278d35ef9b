package org.marsad.core.nlp;

import org.marsad.core.domain.Span;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word the text as written
 * @param lemma dictionary form, lower case for common words
 * @param pos Penn Treebank part of speech
 * @param span character offsets in the document text
 * @param head index of the syntactic head in the sentence, -1 for the root
 * @param relation Universal Dependencies relation to the head ({@code root} for the root)
 */
public record Token(int index, String word, String lemma, String pos, Span span, int head, String relation) {

  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("token index must be >= 0: " + index);
    }
    if (head < -1) {
      throw new IllegalArgumentException("head must be >= -1: " + head);
    }
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
