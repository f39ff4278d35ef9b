package org.marsad.app;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills an empty store with synthetic rows for the API benchmark, in a few bulk statements:
 * documents of words (one in ten from a small news vocabulary, the rest filler), one record (with evidence) per document
 * for the first {@code 2 × events} documents, and events of two sources each (incidents, then a
 * quarter as many responses). Deterministic: the row numbers are the only source of variety.
 * Stateless.
 */
final class SyntheticWorkspace {

  static final List<String> WORDS = List.of(
      "mosque", "quran", "attack", "vandalism", "graffiti", "hijab", "ban", "minister", "condemned",
      "resolution", "council", "islamophobia", "muslims", "police", "arrested", "court", "verdict",
      "community", "leaders", "statement", "government", "protest", "rally", "far-right", "campaign",
      "school", "students", "discrimination", "burning", "embassy", "ambassador", "summoned",
      "security", "prayers", "worshippers", "fire", "arson", "cemetery", "desecration", "threat",
      "letters", "online", "hate", "speech", "incitement", "law", "parliament", "vote", "envoy",
      "report", "observatory", "session", "meeting", "foreign", "secretary", "general", "rights",
      "human", "united", "nations", "organisation", "cooperation", "islamic", "city", "capital",
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "week", "year",
      "the", "a", "of", "in", "on", "and", "to", "was", "were", "said", "after", "before", "with");

  static final List<String> COUNTRIES = List.of("FR", "DE", "GB", "US", "CA", "SE", "DK", "NL",
      "BE", "IN", "LK", "MM", "CN", "AU", "NZ", "AT", "CH", "IT", "ES", "NO");

  static final List<String> INCIDENT_TYPES = List.of("place_of_worship_attack", "desecration",
      "physical_assault", "threat_harassment", "hate_speech", "online_hate", "discrimination",
      "dress_restriction", "discriminatory_policy", "far_right_mobilisation");

  static final List<String> RESPONSE_TYPES = List.of("statement", "condemnation", "meeting",
      "resolution", "report", "legal_action");

  private SyntheticWorkspace() {}

  /** Inserts {@code documents} documents and {@code incidents} incident events (plus a quarter as many responses). */
  static void fill(Jdbi jdbi, int documents, int incidents) {
    int responses = incidents / 4;
    int events = incidents + responses;
    if (documents < 2 * events) {
      throw new IllegalArgumentException("need at least two documents per event: documents="
          + documents + ", events=" + events);
    }
    String words = array(WORDS);
    jdbi.useTransaction(h -> {
      h.execute("insert into documents (id, source, url, title, published, language, text, ingested_at, status)"
          + " select 'bench-' || i, 'bench', 'https://example.org/' || i,"
          + " (select string_agg(case when (i::bigint * 7919 + j * 104729) % 4 = 0"
          + "   then w[1 + ((i::bigint * 7919 + j * 104729) / 4 % " + WORDS.size() + ")]"
          + "   else 'w' || ((i::bigint * 7919 + j * 104729) % 20000) end, ' ')"
          + "   from generate_series(1, 8) j),"
          + " date '2015-01-01' + (i % 3650),"
          + " 'en',"
          // one word in ten from the news vocabulary, the others from 20,000 filler words, so that a
          // topic word is in about one document in thirteen, as in a general news archive
          + " (select string_agg(case when x % 10 = 0 then w[1 + (x / 10) % " + WORDS.size() + "]"
          + "   else 'w' || (x % 20000) end, ' ')"
          + "   from (select (i::bigint * 2654435761 + j * 40503 + j * j * 7919) % 1000003 as x"
          + "     from generate_series(1, 70) j) t),"
          + " now(), 'processed'"
          + " from generate_series(1, " + documents + ") i, (select " + words + " as w) v");
      h.execute("insert into records (document_id, ordinal, kind, type, date, place_id, place_name,"
          + " place_country, place_admin1, place_lat, place_lon, place_population, place_kind, summary, created_at)"
          + " select 'bench-' || i, 0, case when e <= " + incidents + " then 'incident' else 'response' end,"
          + " case when e <= " + incidents + " then (" + array(INCIDENT_TYPES) + ")[1 + e % " + INCIDENT_TYPES.size() + "]"
          + "   else (" + array(RESPONSE_TYPES) + ")[1 + e % " + RESPONSE_TYPES.size() + "] end,"
          + " date '2015-01-01' + (e * 37 % 3650),"
          + " 'bench:' || (e % 500), 'City ' || (e % 500), (" + array(COUNTRIES) + ")[1 + (e % 500) % " + COUNTRIES.size() + "],"
          + " '', -40 + (e % 500) * 0.16, -120 + (e % 500) * 0.5, 10000, 'city',"
          + " left(d.text, 120), now()"
          + " from (select i, (i + 1) / 2 as e from generate_series(1, " + (2 * events) + ") i) s"
          + " join documents d on d.id = 'bench-' || s.i");
      h.execute("insert into evidence (record_id, field, ordinal, document_id, span_start, span_end, quote)"
          + " select r.id, 'record', 0, r.document_id, 0, 60, left(d.text, 60) from records r"
          + " join documents d on d.id = r.document_id where r.document_id like 'bench-%'");
      h.execute("insert into events (kind, type, date, place_id, place_name, place_country, place_admin1,"
          + " place_lat, place_lon, place_kind, summary, created_at, updated_at)"
          + " select kind, type, date, place_id, place_name, place_country, place_admin1, place_lat,"
          + " place_lon, place_kind, summary, now(), now() from records r"
          + " where r.document_id like 'bench-%' and (substr(r.document_id, 7)::int % 2) = 1"
          + " order by substr(r.document_id, 7)::int");
      h.execute("insert into event_sources (record_id, event_id, signal, decided_at)"
          + " select r.id, e.id, 'new', now() from records r"
          + " join (select id, row_number() over (order by id) as n from events) e"
          + "   on e.n = (substr(r.document_id, 7)::int + 1) / 2"
          + " where r.document_id like 'bench-%'");
      h.execute("analyze");
    });
  }

  private static String array(List<String> values) {
    StringBuilder b = new StringBuilder("array[");
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : ", ").append('\'').append(values.get(i).replace("'", "''")).append('\'');
    }
    return b.append("]::text[]").toString();
  }
}
