"""GBA and court inquiries on a case; the day a case was anonymised after its retention period.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inquiry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("their_reference", sa.String(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("what_was_sent", sa.String(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("inquiry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inquiry_case_id"), ["case_id"], unique=False)
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anonymised_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_column("anonymised_on")
    with op.batch_alter_table("inquiry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inquiry_case_id"))
    op.drop_table("inquiry")
