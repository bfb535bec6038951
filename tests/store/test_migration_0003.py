"""Migration 0003: a register made by the previous version opens with its cases intact and
gains the representative's address (empty)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from privacydesk.services import open_services
from privacydesk.store.engine import _alembic_config, sqlite_url


def test_a_register_of_the_previous_version_is_upgraded_with_its_cases(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    engine = create_engine(sqlite_url(path))
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006")  # the previous version's schema
        conn.execute(
            text(
                'INSERT INTO "case" (reference, year, number, requester_name, requester_address,'
                " requester_email, requester_phone, language, relationship, representative,"
                " channel, received, status, notes, extended, extension_reasons,"
                " extension_override_reason, identity_status, identity_method, identity_note,"
                " identity_by, id_document_type, id_card_last_digits, created_at, updated_at)"
                " VALUES ('PD-2026-0001', 2026, 1, 'Jan Peeters', 'Kerkstraat 1', '', '', 'nl',"
                " 'customer', 'Mr. Claes', 'email', '2026-11-20', 'received', '', 0, '', '',"
                " 'unverified', '', '', '', '', '', '2026-11-20 10:00:00', '2026-11-20 10:00:00')"
            )
        )
    engine.dispose()
    services = open_services(path)
    try:
        case = services.cases.find("PD-2026-0001")
        assert case.requester.name == "Jan Peeters"
        assert case.requester.representative == "Mr. Claes"
        assert case.requester.representative_address == ""
    finally:
        services.close()
