-- Marsad store, schema version 5: the feeds the watcher polls, with what polling has learnt
-- (validators for conditional GET, failures in a row for the backoff, when to poll next), and the
-- links of the items already fetched from each, so an article is fetched once.
-- Times are written by the application from its injected clock, never by now().

create table sources (
  url            text        primary key,
  added_at       timestamptz not null,
  etag           text        not null default '',
  last_modified  text        not null default '',
  failures       integer     not null default 0 check (failures >= 0),
  next_poll_at   timestamptz,
  last_status    text        not null default '',
  last_polled_at timestamptz
);
comment on column sources.next_poll_at is 'not polled before this time; null: at once';

create table source_items (
  source_url text        not null references sources (url) on delete cascade,
  link       text        not null,
  seen_at    timestamptz not null,
  primary key (source_url, link)
);
