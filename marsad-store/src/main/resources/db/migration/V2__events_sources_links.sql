-- Marsad store, schema version 2: events. An event is one real-world incident or response; the
-- records read from many documents (its sources) are attached to it. Counts of incidents and
-- responses are counts of events, never of records or articles.
--
-- Every attachment and link keeps its decision trail: which signal decided it, with what score,
-- who (the pipeline or an analyst) and when, so that analysts can merge and split later.

create table events (
  id             bigint      generated always as identity primary key,
  kind           text        not null,
  type           text        not null,
  date           date,
  date_end       date,
  place_id       text,
  place_name     text,
  place_country  text,
  place_admin1   text,
  place_lat      double precision,
  place_lon      double precision,
  place_kind     text,
  summary        text        not null default '',
  status         text        not null default 'unverified',
  created_at     timestamptz not null,
  updated_at     timestamptz not null,
  constraint events_kind_known check (kind in ('incident', 'response')),
  constraint events_status_known check (status in ('unverified', 'verified', 'rejected')),
  constraint events_dates_ordered check (date is null or date_end is null or date_end >= date),
  constraint events_place_kind_known check (place_kind in ('city', 'admin', 'country'))
);
comment on table events is 'one real-world incident or response, whatever the number of its sources';
comment on column events.type is 'typology id of the incident or response type';

create index events_kind_type on events (kind, type);
create index events_kind_date on events (kind, date);
create index events_place_country on events (place_country);
create index events_status on events (kind, status);

-- A record belongs to at most one event. Re-processing a document replaces its records, which
-- drops their attachments (cascade); the dedup stage attaches the new records again.
create table event_sources (
  record_id   bigint           primary key references records (id) on delete cascade,
  event_id    bigint           not null references events (id) on delete cascade,
  signal      text             not null,
  score       double precision,
  decided_by  text             not null default 'marsad',
  decided_at  timestamptz      not null
);
comment on column event_sources.signal is
  'what joined the record to the event: new, near_duplicate, same_event (with the signals), analyst';
create index event_sources_event on event_sources (event_id);

-- A response concerns incidents: a condemnation points at the burning it condemns.
create table event_links (
  response_id bigint           not null references events (id) on delete cascade,
  incident_id bigint           not null references events (id) on delete cascade,
  signal      text             not null,
  score       double precision,
  decided_by  text             not null default 'marsad',
  decided_at  timestamptz      not null,
  primary key (response_id, incident_id),
  constraint event_links_distinct check (response_id <> incident_id)
);
create index event_links_incident on event_links (incident_id);

-- Near-duplicate documents (syndicated copies, updates of one story): the first document stored
-- is the original; later copies point at it.
alter table documents add column duplicate_of text references documents (id) on delete set null;
create index documents_duplicate_of on documents (duplicate_of) where duplicate_of is not null;
