package org.marsad.core.extract;

import org.marsad.core.nlp.Sentence;

/**
 * A trigger of one type found in a sentence.
 *
 * @param cues the type's cues
 * @param trigger the trigger that matched
 * @param sentence the sentence
 * @param token index of the trigger's first word
 * @param last index of its last word
 * @param anaphoric whether it is a definite mention ("the ban") that failed its theme and may
 *     only refer back to a record already read
 */
record Match(TypeCues cues, Trigger trigger, Sentence sentence, int token, int last, boolean anaphoric) {

  String type() {
    return cues.type();
  }
}
