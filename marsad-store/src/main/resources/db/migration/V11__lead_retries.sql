-- Marsad store, schema version 11: a lead whose fetch failed for a passing reason (its server's
-- 5xx or 429, a timeout, robots.txt unreachable for now) is tried again later, a few times, instead
-- of being lost: how many times it was tried, and when it may be tried again (null: now).
-- Times are written by the application from its injected clock, never by now().

alter table leads add column attempts int not null default 0;
alter table leads add column retry_at timestamptz;
comment on column leads.retry_at is 'not handed out before this time; null for a lead never tried or tried for good';
