"""Each register gets an id, so the key that signs its audit trail can be found.

The key itself lives outside the register (services/audit_keys.py). Registers made before
this revision are re-keyed at their first open, which is written in the trail itself.

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-28 05:40:00
"""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None

REGISTER_ID_KEY = "register.id"


def upgrade() -> None:
    bind = op.get_bind()
    found = bind.execute(
        sa.text("SELECT value FROM setting WHERE key = :key"), {"key": REGISTER_ID_KEY}
    ).first()
    if found is None:
        bind.execute(
            sa.text("INSERT INTO setting (key, value) VALUES (:key, :value)"),
            {"key": REGISTER_ID_KEY, "value": json.dumps(uuid.uuid4().hex)},
        )


def downgrade() -> None:
    op.execute(sa.text(f"DELETE FROM setting WHERE key = '{REGISTER_ID_KEY}'"))
