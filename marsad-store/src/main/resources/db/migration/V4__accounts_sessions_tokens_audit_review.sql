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
create sequence documents_status_seq;
alter table documents add column status_seq bigint;
update documents set status_seq = nextval('documents_status_seq') where status <> 'ingested';
create function documents_next_status_seq() returns trigger language plpgsql as $$
begin
  new.status_seq := nextval('documents_status_seq');
  return new;
end;
$$;
create trigger documents_status_seq_on_change
  before insert or update of status on documents
  for each row execute function documents_next_status_seq();
create index documents_by_status_seq on documents (status_seq);
