"""On a PostgreSQL register the audit trail refuses edits too (second line after rights).

The first line is the server's own rights: the officers' role may only INSERT and SELECT
audit events (``privacydesk server-setup``). These triggers stop even the owner's sessions
from editing or deleting an event by mistake. A file register has had its triggers since 0001.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 05:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION privacydesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'audit trail is append-only'; END $$"
    )
    op.execute(
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION privacydesk_audit_append_only()"
    )
    op.execute(
        "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
        "FOR EACH STATEMENT EXECUTE FUNCTION privacydesk_audit_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update ON audit_event")
    op.execute("DROP FUNCTION IF EXISTS privacydesk_audit_append_only()")
