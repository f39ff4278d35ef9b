-- Marsad store, schema version 3: events never outlive their sources, and documents keep the
-- sketches that near-duplicate detection needs (MinHash signature and its LSH band keys), so that
-- a new document is compared only with the documents that share a band, never with all of them.

-- An event whose last source is removed (its document re-processed or deleted) or moved to another
-- event is deleted with its links, so that no event without sources lingers or is counted.
create function events_drop_if_sourceless() returns trigger language plpgsql as $$
begin
  delete from events e
   where e.id = old.event_id
     and not exists (select 1 from event_sources s where s.event_id = old.event_id);
  return null;
end;
$$;

create trigger event_sources_drop_sourceless_after_delete
  after delete on event_sources
  for each row execute function events_drop_if_sourceless();

create trigger event_sources_drop_sourceless_after_move
  after update of event_id on event_sources
  for each row when (old.event_id is distinct from new.event_id)
  execute function events_drop_if_sourceless();

-- MinHash signature of a document's shingles (little-endian 64-bit values), and one row per LSH
-- band: documents sharing a (band, bucket) are near-duplicate candidates.
create table document_sketches (
  document_id text        primary key references documents (id) on delete cascade,
  scheme      text        not null,
  minhash     bytea       not null
);
comment on column document_sketches.scheme is 'shingling and hashing scheme with its version';

create table document_bands (
  band        smallint    not null,
  bucket      bigint      not null,
  document_id text        not null references documents (id) on delete cascade,
  primary key (band, bucket, document_id)
);
create index document_bands_document on document_bands (document_id);
