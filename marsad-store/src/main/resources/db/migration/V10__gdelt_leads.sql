-- Marsad store, schema version 10: GDELT as a source of leads. A source is a feed (RSS/Atom) or a
-- GDELT export (a lastupdate.txt or an export file); a lead is an article URL that a GDELT event
-- about Muslims points at, queued once, fetched once (its outcome kept, never retried); the lead
-- events themselves are remembered by their GLOBALEVENTID, so that a later mentions export (GDELT's
-- mentions of an event go on for days) still finds which of its mentions are leads.
-- Times are written by the application from its injected clock, never by now().

alter table sources add column kind text not null default 'feed' check (kind in ('feed', 'gdelt'));

create table leads (
  url           text        primary key,
  origin        text        not null default '',
  first_seen_at timestamptz not null,
  fetched_at    timestamptz,
  outcome       text        not null default ''
);
comment on column leads.origin is 'the GDELT file or source the lead was first read from';
comment on column leads.outcome is 'one line: stored, quarantined, HTTP status or the error; empty until fetched';

create index leads_unfetched on leads (first_seen_at, url) where fetched_at is null;

create table lead_events (
  event_id      text        primary key,
  first_seen_at timestamptz not null
);
create index lead_events_first_seen on lead_events (first_seen_at);
