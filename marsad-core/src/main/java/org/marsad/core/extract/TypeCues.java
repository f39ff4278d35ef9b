package org.marsad.core.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.domain.RecordKind;

/**
 * How one type of the typology is recognised in English text.
 *
 * @param type typology id
 * @param kind incident or response
 * @param triggers words that may state it
 * @param themeVocabulary vocabulary its arguments must mention, or null
 * @param contextVocabulary vocabulary its sentence must mention, or null
 * @param abstractTriggers trigger lemmas that count only in a concrete phrase ("incidents of ...")
 * @param needsAgent whether a record needs an identified agent
 * @param needsParticipant whether a record needs a second party (a meeting)
 * @param argumentRole the role of actors named among an incident's arguments ("target", or
 *     "perpetrator" for a rally of a named movement), or null to read none
 * @param notAgentVocabulary who cannot be the only agent (police "said" reports, it does not
 *     respond), or null
 * @param needsInstitution whether its actors must include an office holder, an organisation or a
 *     state: a response of the Observatory's kind is made by institutions, not by anyone quoted
 */
record TypeCues(
    String type,
    RecordKind kind,
    List<Trigger> triggers,
    String themeVocabulary,
    String contextVocabulary,
    Set<String> abstractTriggers,
    boolean needsAgent,
    boolean needsParticipant,
    String argumentRole,
    String notAgentVocabulary,
    boolean needsInstitution) {

  TypeCues {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    triggers = List.copyOf(triggers);
    abstractTriggers = Set.copyOf(abstractTriggers);
  }
}
