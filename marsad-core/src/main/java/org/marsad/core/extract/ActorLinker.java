package org.marsad.core.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Span;

/**
 * Links actors to reference data: the registry of states, organisations and office holders, and
 * country names. Implementations are immutable and thread-safe.
 */
interface ActorLinker {

  /** An organisation of the registry found in a text. */
  record Found(String registryId, String name, String country, Span span) {}

  /** The actor with its registry id, canonical name and the office it held at {@code at}. */
  Actor link(Actor actor, LocalDate at);

  /** Registry organisations named in {@code text} within {@code span}. */
  List<Found> organisationsIn(String text, Span span);

  /** The ISO alpha-2 code for a country name, alias or demonym. */
  Optional<String> countryCode(String nameOrDemonym);

  Optional<String> countryName(String alpha2);
}
