-- Marsad store, schema version 4: the analysts' workspace. Accounts with a role, browser sessions,
-- API tokens for scripts, the audit log of every change an analyst makes, and the review fields of
-- events. Secrets are never stored: sessions and tokens are kept as the SHA-256 of their value,
-- passwords as Argon2id hashes (PHC string format).

create table users (
  id            bigint      generated always as identity primary key,
  name          text        not null,
  role          text        not null,
  password_hash text        not null,
  created_at    timestamptz not null,
  disabled      boolean     not null default false,
  constraint users_name_unique unique (name),
  constraint users_role_known check (role in ('admin', 'analyst', 'viewer')),
  constraint users_name_valid check (name ~ '^[A-Za-z0-9._@-]{1,64}$')
);

create table sessions (
  token_hash  text        primary key,
  user_id     bigint      not null references users (id) on delete cascade,
  csrf        text        not null,
  created_at  timestamptz not null,
  expires_at  timestamptz not null
);
comment on column sessions.token_hash is 'SHA-256 (hex) of the session cookie value';
create index sessions_user on sessions (user_id);

create table api_tokens (
  id           bigint      generated always as identity primary key,
  user_id      bigint      not null references users (id) on delete cascade,
  name         text        not null,
  token_hash   text        not null,
  created_at   timestamptz not null,
  revoked_at   timestamptz,
  constraint api_tokens_hash_unique unique (token_hash)
);
comment on column api_tokens.token_hash is 'SHA-256 (hex) of the token a script sends as Bearer';

-- Who changed what, when, and the event before and after (to_jsonb of its row); never updated.
-- event_id has no foreign key: the history of an event merged into another (and so deleted by V3's
-- trigger) stays.
create table audit_log (
  id         bigint      generated always as identity primary key,
  at         timestamptz not null,
  actor      text        not null,
  action     text        not null,
  event_id   bigint,
  before     jsonb,
  after      jsonb,
  constraint audit_log_action_known
    check (action in ('verify', 'reject', 'unverify', 'edit', 'merge', 'split', 'user_add', 'token_add', 'token_revoke'))
);
create index audit_log_event on audit_log (event_id, at);

alter table events add column reviewed_by text;
alter table events add column reviewed_at timestamptz;
-- the order of lists: newest first, undated last
create index events_listed on events (kind, date desc nulls last, id desc);

-- Lists filter by words in the summary, type or place: a lower-cased copy kept by PostgreSQL, searched
-- with strpos (no LIKE patterns, so % and _ in what people type are plain characters).
alter table events add column search_text text
  generated always as (lower(summary || ' ' || type || ' ' || coalesce(place_name, ''))) stored;

-- Documents get a new number from this sequence whenever their status is set (processed, skipped,
-- failed, or back to ingested), so the search index asks only for what changed since its last sync.
-- An insert that brings its own number (a restore) keeps it; the sequence belongs to the column, so a
-- restore moves it past the restored numbers.
alter table documents add column status_seq bigint;
create sequence documents_status_seq owned by documents.status_seq;
update documents set status_seq = nextval('documents_status_seq') where status <> 'ingested';
create function documents_next_status_seq() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' and new.status_seq is not null then
    return new;
  end if;
  new.status_seq := nextval('documents_status_seq');
  return new;
end;
$$;
create trigger documents_status_seq_on_change
  before insert or update of status on documents
  for each row execute function documents_next_status_seq();
create index documents_by_status_seq on documents (status_seq);

-- Fields an analyst corrected stay corrected: when the pipeline re-derives an event's fields from its
-- sources (a source joins or leaves), the trigger keeps the analyst's values of the fields listed in
-- edited_fields. Reviews mark their own edits with the transaction setting marsad.analyst_edit = on.
alter table events add column edited_fields text[] not null default '{}';
create function events_keep_analyst_edits() returns trigger language plpgsql as $$
begin
  if coalesce(current_setting('marsad.analyst_edit', true), '') = 'on' then
    return new;
  end if;
  if 'type' = any(old.edited_fields) then new.type := old.type; end if;
  if 'date' = any(old.edited_fields) or 'date_end' = any(old.edited_fields) then
    new.date := old.date;
    new.date_end := old.date_end;
  end if;
  if 'place_name' = any(old.edited_fields) then new.place_name := old.place_name; end if;
  if 'country' = any(old.edited_fields) then new.place_country := old.place_country; end if;
  if 'summary' = any(old.edited_fields) then new.summary := old.summary; end if;
  new.edited_fields := old.edited_fields;
  return new;
end;
$$;
create trigger events_keep_analyst_edits
  before update on events
  for each row execute function events_keep_analyst_edits();
