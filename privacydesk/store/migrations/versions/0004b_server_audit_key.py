"""On a PostgreSQL register the audit key lives on the server, so every officer signs alike.

A file register keeps its key outside the file (services/audit_keys.py). A register shared
by a team cannot: each officer's computer would make its own key and seal the trail of the
others. There the key is one row in ``audit_key``, which the officers' role may read and
insert once, never change (``server-setup``); the first line of defence on a server is its
own rights, and the witness files still catch a rewrite by the owner.

Revision ID: 0004b
Revises: 0006
Create Date: 2026-11-28 06:50:00
"""

from __future__ import annotations

from alembic import op

revision = "0004b"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # a file register never holds its own key
    op.execute(
        "CREATE TABLE audit_key (id INTEGER PRIMARY KEY CHECK (id = 1), key VARCHAR NOT NULL)"
    )
    op.execute(
        "CREATE TRIGGER audit_key_no_update BEFORE UPDATE OR DELETE ON audit_key "
        "FOR EACH ROW EXECUTE FUNCTION privacydesk_audit_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE audit_key")
