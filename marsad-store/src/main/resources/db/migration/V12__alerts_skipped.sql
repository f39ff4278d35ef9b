-- Marsad store, schema version 12: a spike held back at a webhook's first use. The first time a
-- webhook is used, the spikes of days before its backfill (by default all but the latest day and the
-- day before) are recorded here as skipped instead of being posted, so a new webhook is not flooded
-- with weeks of old spikes; later runs send only spikes the webhook has no row for, and a run asked
-- for a longer backfill posts the skipped spikes it reaches (the row then turns into a sent one).

alter table alerts_sent add column skipped boolean not null default false;
comment on column alerts_sent.skipped is
  'true: held back at the webhook''s first use, never posted; false: posted and answered 2xx';
comment on column alerts_sent.sent_at is 'when the alert was sent, or recorded as skipped';
