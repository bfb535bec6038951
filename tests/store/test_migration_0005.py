"""Registers made before 0005 open in this version: their data stays, a server gains its triggers."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import create_engine, text

from privacydesk.services import open_services
from privacydesk.store.engine import _alembic_config, head_revision, sqlite_url
from privacydesk.store.models import SettingRow
from tests.postgres_server import PostgresServer
from tests.services.helpers import new_request


def _make_at_0001(url: str) -> None:
    """A register as the previous version left it, with a setting the officer had saved."""
    engine = create_engine(url)
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('kept', '\"ja\"')"))
    engine.dispose()


def _register_a_case_then_upgrade(location: str) -> None:
    services = open_services(location, actor="officer")
    try:
        case = services.cases.register(new_request())
        assert services.register.schema_version == head_revision()
        assert services.cases.get(case.id).reference.startswith("PD-2026-")
        assert services.audit.verify().ok
        with services.ctx.reading() as session:
            assert session.get(SettingRow, "kept") is not None
    finally:
        services.close()


def test_a_file_register_from_the_previous_version_opens_and_keeps_its_trigger(
    register_path: Path,
) -> None:
    _make_at_0001(sqlite_url(register_path))
    _register_a_case_then_upgrade(str(register_path))
    import sqlite3

    conn = sqlite3.connect(register_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM audit_event")
    finally:
        conn.close()


@pytest.mark.postgresql
def test_a_server_register_from_the_previous_version_gains_append_only_triggers(
    postgres_server: PostgresServer,
) -> None:
    database = postgres_server.new_database()
    url = postgres_server.url(database)
    _make_at_0001(url.replace("postgresql://", "postgresql+psycopg://"))
    _register_a_case_then_upgrade(url)
    with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.RaiseException):
        conn.execute("DELETE FROM audit_event")
    postgres_server.drop_database(database)
