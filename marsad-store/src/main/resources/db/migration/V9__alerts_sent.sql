-- Marsad store, schema version 9: spike alerts already sent, so that each spike (a country, an
-- incident type and a day) reaches each webhook once, also across restarts. A row is written only
-- after the webhook answered 2xx; a failed send leaves none, and the next run tries again.

create table alerts_sent (
  destination text        not null,
  day         date        not null,
  country     text        not null,
  type        text        not null,
  host        text        not null,
  count       integer     not null,
  sent_at     timestamptz not null,
  primary key (destination, day, country, type)
);
comment on table alerts_sent is 'spike alerts sent: one row per spike and webhook';
comment on column alerts_sent.destination is
  'SHA-256 (hex) of the webhook URL, which may hold a secret; never the URL itself';
comment on column alerts_sent.host is 'scheme, host and port of the webhook, for people';
comment on column alerts_sent.country is 'ISO 3166-1 alpha-2 code, or empty when the place is unknown';
comment on column alerts_sent.count is 'incidents that day when the alert was sent';
