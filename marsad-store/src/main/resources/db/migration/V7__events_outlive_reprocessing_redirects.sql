-- Marsad store, schema version 7: re-processing keeps analysts' work, and old event addresses answer.
--
-- V3 deleted an event the moment its last source left. Re-processing a document deletes its records
-- and stores them again in one transaction, and EventCarryOver re-attaches the new records to the
-- events their predecessors belonged to; so the check now waits for the commit (a DEFERRABLE
-- constraint trigger), and an event an analyst has reviewed (reviewed_at set) is never deleted by it:
-- its sources may come back, and the analyst's verdict stays visible.

drop trigger event_sources_drop_sourceless_after_delete on event_sources;
drop trigger event_sources_drop_sourceless_after_move on event_sources;
drop function events_drop_if_sourceless();

-- Where an old event id leads: to_id is the event it was merged into (Reviews.merge), or null when the
-- event was deleted (Gone). Redirects to an event that is later merged or deleted follow it.
create table event_redirects (
  from_id bigint primary key,
  to_id   bigint,
  constraint event_redirects_distinct check (from_id <> to_id)
);
comment on table event_redirects is
  'old event ids: merged into to_id, or deleted (to_id null); the web answers 301 or 410';
create index event_redirects_to on event_redirects (to_id) where to_id is not null;

create function events_drop_if_sourceless_at_commit() returns trigger language plpgsql as $$
begin
  if exists (select 1 from event_sources s where s.event_id = old.event_id) then
    return null;
  end if;
  delete from events e where e.id = old.event_id and e.reviewed_at is null;
  if found then
    update event_redirects set to_id = null where to_id = old.event_id;
    insert into event_redirects (from_id, to_id) values (old.event_id, null)
      on conflict (from_id) do nothing;
  end if;
  return null;
end;
$$;

create constraint trigger event_sources_drop_sourceless_after_delete
  after delete on event_sources
  deferrable initially deferred
  for each row execute function events_drop_if_sourceless_at_commit();

create constraint trigger event_sources_drop_sourceless_after_move
  after update of event_id on event_sources
  deferrable initially deferred
  for each row when (old.event_id is distinct from new.event_id)
  execute function events_drop_if_sourceless_at_commit();
