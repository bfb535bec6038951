"""The one change the trail allows: removing a deleted case's personal data from its events.

When retention anonymises a case, its earlier events keep their kind, time, actor, case
and reference, but the personal fields of their details go (services/audit_redaction.py).
Everything else stays refused:

* a file register's update trigger lets through only that change — every column but
  ``details`` unchanged, the old details not yet redacted, the new ones marked redacted,
  and the case anonymised;
* on a server the officers still have no UPDATE right on ``audit_event``; one function,
  owned by the owner role and running with its rights (SECURITY DEFINER), performs the
  redaction, and the trigger allows an update only from inside it, of that shape.

Revision ID: 0008
Revises: 0004b
Create Date: 2026-11-28 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0004b"
branch_labels = None
depends_on = None

# The SQLite trigger of 0001, and the one that replaces it (kept in step with
# services/audit.py, which puts it back when it goes missing).
_SQLITE_OLD = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END"
)
SQLITE_NO_UPDATE = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "WHEN NOT ("
    "NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor "
    "AND NEW.action IS OLD.action AND NEW.case_id IS OLD.case_id "
    "AND NEW.case_reference IS OLD.case_reference AND NEW.prev_hash IS OLD.prev_hash "
    "AND NEW.hash IS OLD.hash "
    "AND json_valid(OLD.details) AND json_valid(NEW.details) "
    "AND json_type(OLD.details, '$.redacted') IS NULL "
    "AND json_type(NEW.details, '$.redacted') = 'array' "
    'AND EXISTS (SELECT 1 FROM "case" WHERE "case".id = OLD.case_id '
    'AND "case".anonymised_on IS NOT NULL)'
    ") BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END"
)

_PG_GUARD = """
CREATE FUNCTION privacydesk_audit_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
        AND current_setting('privacydesk.redacting', true) = 'on'
        AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
        AND NEW.action = OLD.action AND NEW.case_id IS NOT DISTINCT FROM OLD.case_id
        AND NEW.case_reference = OLD.case_reference AND NEW.prev_hash = OLD.prev_hash
        AND NEW.hash = OLD.hash
        AND jsonb_typeof(OLD.details::jsonb) = 'object'
        AND NOT (OLD.details::jsonb ? 'redacted')
        AND jsonb_typeof(NEW.details::jsonb -> 'redacted') = 'array'
        AND EXISTS (SELECT 1 FROM "case" c WHERE c.id = OLD.case_id
                    AND c.anonymised_on IS NOT NULL)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit trail is append-only';
END $$
"""

_PG_REDACT = """
CREATE FUNCTION privacydesk_redact_audit_event(event_id integer, redacted varchar)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    changed integer;
BEGIN
    PERFORM set_config('privacydesk.redacting', 'on', true);
    UPDATE audit_event SET details = redacted WHERE id = event_id;
    GET DIAGNOSTICS changed = ROW_COUNT;
    PERFORM set_config('privacydesk.redacting', 'off', true);
    IF changed <> 1 THEN
        RAISE EXCEPTION 'no audit event %', event_id;
    END IF;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute(SQLITE_NO_UPDATE)
        return
    op.execute(_PG_GUARD)
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update ON audit_event")
    op.execute(
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION privacydesk_audit_event_guard()"
    )
    op.execute(_PG_REDACT)
    # Only the officers (server-setup grants it) may call it, not every login.
    op.execute(
        "REVOKE ALL ON FUNCTION privacydesk_redact_audit_event(integer, varchar) FROM PUBLIC"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute(_SQLITE_OLD)
        return
    op.execute("DROP FUNCTION IF EXISTS privacydesk_redact_audit_event(integer, varchar)")
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update ON audit_event")
    op.execute(
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION privacydesk_audit_append_only()"
    )
    op.execute("DROP FUNCTION IF EXISTS privacydesk_audit_event_guard()")
