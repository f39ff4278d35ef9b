-- Marsad store, schema version 6: the audit log is append-only. Rows are added (every review, account and
-- token change inserts one) and never changed or removed: UPDATE, DELETE and TRUNCATE of audit_log are
-- refused by the database itself, whoever sends them, with SQLSTATE 42501 (insufficient privilege) and a
-- message that says why. The one exception is a restore (StoreBackup), which replaces the whole store in one
-- transaction and says so with SET LOCAL marsad.restore = 'on'; the setting ends with that transaction.
-- (A superuser can still drop the triggers: this guards against mistakes and code paths, not the DBA.)

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  if coalesce(current_setting('marsad.restore', true), '') = 'on' then
    if tg_op = 'UPDATE' then
      return new;
    end if;
    return old; -- DELETE goes on; TRUNCATE (a statement trigger) ignores the value
  end if;
  raise exception 'the audit log is append-only: % of audit_log refused', tg_op
    using errcode = 'insufficient_privilege',
          hint = 'only a restore of a whole backup (marsad restore) may replace it';
end;
$$;

create trigger audit_log_no_update_or_delete
  before update or delete on audit_log
  for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
  before truncate on audit_log
  for each statement execute function audit_log_refuse_change();
