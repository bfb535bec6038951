"""A register made before inquiries and retention opens with its cases intact."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from privacydesk.store.engine import _alembic_config, head_revision, open_register


def test_a_register_of_the_previous_version_is_upgraded_with_its_cases(
    register_path: Path,
) -> None:
    engine = create_engine(f"sqlite:///{register_path}")
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0005")
        conn.execute(
            text(
                'INSERT INTO "case" (reference, year, number, requester_name, requester_address,'
                " requester_email, requester_phone, language, relationship, representative,"
                " channel, received, status, notes, extended, extension_reasons,"
                " extension_override_reason, identity_status, identity_method, identity_note,"
                " identity_by, id_document_type, id_card_last_digits, created_at, updated_at)"
                " VALUES ('PD-2026-0001', 2026, 1, 'Jan Peeters', '', '', '', 'nl', 'customer',"
                " '', 'post', :received, 'received', '', 0, '', '', 'unverified', '', '', '',"
                " '', '', :now, :now)"
            ),
            {"received": date(2026, 3, 2), "now": datetime(2026, 3, 2, 9)},
        )
    engine.dispose()

    opened = open_register(register_path)
    with opened.engine.connect() as conn:
        row = conn.execute(
            text('SELECT reference, requester_name, anonymised_on FROM "case"')
        ).one()
        inquiries = conn.execute(text("SELECT count(*) FROM inquiry")).scalar()
    opened.engine.dispose()
    assert opened.schema_version == head_revision() == "0006"
    assert tuple(row) == ("PD-2026-0001", "Jan Peeters", None)
    assert inquiries == 0
