-- Marsad store, schema version 1: documents, the records read from them with every field's evidence,
-- and the quarantine of inputs that could not be handled. Needs PostgreSQL 12 or later.
--
-- Offsets (span_start, span_end) are half-open [start, end) offsets in UTF-16 code units into
-- documents.text, as Java counts them. PostgreSQL's substr() counts code points, so the two differ on
-- text outside the Basic Multilingual Plane; cut spans in Java, or use evidence.quote.
-- Times are written by the application from its injected clock, never by now().

create table documents (
  id          text        primary key,
  source      text        not null,
  url         text        not null default '',
  title       text        not null default '',
  published   date,
  author      text        not null default '',
  language    text        not null default '',
  text        text        not null,
  ingested_at timestamptz not null,
  status      text        not null default 'ingested',
  constraint documents_status_known
    check (status in ('ingested', 'processed', 'skipped_language', 'failed'))
);
comment on column documents.id is 'hash of the normalised content: equal content, equal id';

create index documents_needing_processing on documents (ingested_at, id) where status = 'ingested';
create index documents_status on documents (status);
create index documents_published on documents (published);
create index documents_source on documents (source);

create table records (
  id               bigint      generated always as identity primary key,
  document_id      text        not null references documents (id) on delete cascade,
  ordinal          int         not null,
  kind             text        not null,
  type             text        not null,
  date             date,
  date_end         date,
  place_id         text,
  place_name       text,
  place_country    text,
  place_admin1     text,
  place_lat        double precision,
  place_lon        double precision,
  place_population bigint,
  place_kind       text,
  summary          text        not null default '',
  provenance       text        not null default '',
  created_at       timestamptz not null,
  constraint records_ordinal_unique unique (document_id, ordinal),
  constraint records_kind_known check (kind in ('incident', 'response')),
  constraint records_dates_ordered check (date is null or date_end is null or date_end >= date),
  constraint records_place_whole check (
    (place_id is null and place_name is null and place_country is null and place_admin1 is null
      and place_lat is null and place_lon is null and place_population is null and place_kind is null)
    or (place_id is not null and place_name is not null and place_country is not null
      and place_admin1 is not null and place_lat is not null and place_lon is not null
      and place_population is not null and place_kind is not null)),
  constraint records_place_kind_known check (place_kind in ('city', 'admin', 'country'))
);
comment on column records.ordinal is 'position of the record among those read from its document';
comment on column records.place_id is 'gazetteer id: GeoNames id for cities, country:XX for countries';

create index records_kind_type on records (kind, type);
create index records_kind_date on records (kind, date);
create index records_place_country on records (place_country);

create table record_actors (
  record_id   bigint not null references records (id) on delete cascade,
  ordinal     int    not null,
  name        text   not null,
  type        text   not null default '',
  role        text   not null default '',
  title       text   not null default '',
  org         text   not null default '',
  country     text   not null default '',
  registry_id text   not null default '',
  primary key (record_id, ordinal)
);
create index record_actors_name on record_actors (name);
create index record_actors_registry_id on record_actors (registry_id) where registry_id <> '';

-- One row per piece of evidence of a record: field 'record' (the sentences stating it, ordinal 0..n-1),
-- 'date' and 'place' (ordinal 0), 'actor' (ordinal = the actor's ordinal; its mention).
create table evidence (
  record_id     bigint not null references records (id) on delete cascade,
  field         text   not null,
  ordinal       int    not null,
  actor_ordinal int    generated always as (case when field = 'actor' then ordinal end) stored,
  document_id   text   not null references documents (id) on delete cascade,
  span_start    int    not null,
  span_end      int    not null,
  quote         text   not null,
  primary key (record_id, field, ordinal),
  foreign key (record_id, actor_ordinal) references record_actors (record_id, ordinal) on delete cascade,
  constraint evidence_field_known check (field in ('record', 'date', 'place', 'actor')),
  constraint evidence_single_field check (field in ('record', 'actor') or ordinal = 0),
  constraint evidence_span_valid check (0 <= span_start and span_start <= span_end)
);
create index evidence_document_span on evidence (document_id, span_start);

create table quarantine (
  id           bigint      generated always as identity primary key,
  source       text        not null,
  stage        text        not null,
  reason       text        not null,
  content      bytea       not null,
  content_hash text        not null,
  at           timestamptz not null,
  constraint quarantine_source_content_unique unique (source, content_hash)
);
comment on column quarantine.content_hash is 'SHA-256 of content, lower-case hex';

create index quarantine_stage on quarantine (stage);
