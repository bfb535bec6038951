"""A register on a PostgreSQL server: its URL is a server, its trail append-only by rights."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest

from privacydesk.services import open_services
from privacydesk.services.context import os_user
from privacydesk.store.addresses import is_server_url
from privacydesk.store.engine import head_revision, open_register
from privacydesk.store.errors import RegisterError
from privacydesk.store.server_setup import set_up_server
from tests.postgres_server import PostgresServer
from tests.services.helpers import new_request

pytestmark = pytest.mark.postgresql


@pytest.mark.parametrize(
    "location",
    [
        "postgresql://jan@db.example/privacydesk",
        "postgresql+psycopg://jan:secret@db.example:5433/privacydesk",
        "postgres://jan@db.example/privacydesk",
        "POSTGRESQL+PSYCOPG2://db.example/privacydesk",
    ],
)
def test_a_postgresql_url_is_a_server_never_a_file(location: str) -> None:
    assert is_server_url(location)


@pytest.mark.parametrize("location", ["register.sqlite", r"C:\Data\register.sqlite", "sqlite:///x"])
def test_a_path_is_not_a_server(location: str) -> None:
    assert not is_server_url(location)


def test_an_unreachable_server_is_a_sentence_and_no_file_appears(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RegisterError, match="niet bereikbaar") as caught:
        open_register("postgresql+psycopg://jan:geheim@127.0.0.1:1/privacydesk")
    assert "geheim" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_another_database_kind_is_refused_not_made_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RegisterError, match="PostgreSQL"):
        open_register("mysql://jan@db.example/privacydesk")
    assert list(tmp_path.iterdir()) == []


def test_the_migrations_run_on_a_server_and_the_trail_names_the_login(postgres_url: str) -> None:
    opened = open_register(postgres_url)
    assert opened.path is None and opened.login == "postgres"
    assert opened.schema_version == head_revision()
    opened.engine.dispose()
    services = open_services(postgres_url)
    try:
        case = services.cases.register(new_request())
        (event,) = services.audit.for_case(case.id)
        user = os_user()
        assert event.actor == ("postgres" if user == "postgres" else f"postgres ({user})")
    finally:
        services.close()


def test_even_the_owner_cannot_edit_or_delete_an_event_on_the_server(postgres_url: str) -> None:
    services = open_services(postgres_url, actor="officer")
    services.cases.register(new_request())
    services.close()
    with psycopg.connect(postgres_url) as conn:
        for sql in ("UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute(sql)
            conn.rollback()


@pytest.fixture
def shared_register(postgres_server: PostgresServer) -> tuple[PostgresServer, str]:
    database = "shared_" + os.urandom(4).hex()
    report = set_up_server(postgres_server.url(), database=database, officers=("jan", "els"))
    assert report.created_database and set(report.officers) <= {"jan", "els"}
    return postgres_server, database


def test_server_setup_gives_officers_a_register_whose_trail_they_cannot_change(
    shared_register: tuple[PostgresServer, str],
) -> None:
    server, database = shared_register
    jan_url = server.url(database, user="jan")
    services = open_services(jan_url)
    try:
        case = services.cases.register(new_request())
        services.cases.update_notes(case.id, "Gebeld")
        assert services.audit.for_case(case.id)[0].actor.startswith("jan")
        assert services.audit.verify().ok
    finally:
        services.close()
    with psycopg.connect(jan_url) as conn:
        for sql in (
            "UPDATE audit_event SET actor = 'x'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "UPDATE audit_key SET key = 'x'",  # the key that signs the trail, kept here
            "DELETE FROM audit_key",
            "ALTER TABLE audit_event DISABLE TRIGGER ALL",
            "DROP TABLE audit_event",
            "UPDATE alembic_version SET version_num = 'x'",
            "CREATE TABLE sneaky (x int)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
            conn.rollback()
        # What the work needs stays allowed.
        conn.execute("UPDATE \"case\" SET notes = 'bijgewerkt'")


def test_server_setup_can_run_again_and_keeps_the_data(
    shared_register: tuple[PostgresServer, str],
) -> None:
    server, database = shared_register
    services = open_services(server.url(database, user="els"))
    services.cases.register(new_request())
    services.close()
    again = set_up_server(server.url(), database=database, officers=("els", "piet"))
    assert not again.created_database and again.officers["els"] == ""
    services = open_services(server.url(database, user="piet"))
    try:
        assert services.cases.count() == 1 and services.audit.verify().ok
    finally:
        services.close()


def _database_files(server: PostgresServer, database: str) -> bytes:
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute("CHECKPOINT")  # what is in shared memory goes to the files first
        oid = conn.execute("SELECT oid FROM pg_database WHERE datname = %s", (database,)).fetchone()
    assert oid is not None
    folder = server.folder / "data" / "base" / str(oid[0])
    return b"".join(path.read_bytes() for path in folder.iterdir() if path.is_file())


def test_a_purged_id_copy_leaves_the_servers_database_files(
    shared_register: tuple[PostgresServer, str],
) -> None:
    from privacydesk.core.attachments import AttachmentRole
    from tests.services.test_purge_with_a_reader import _id_scan

    server, database = shared_register
    marker = b"ID-COPY-ON-THE-SERVER-" + os.urandom(6).hex().encode()
    services = open_services(server.url(database, user="jan"))  # an officer, not a superuser
    try:
        case_id = services.cases.register(new_request()).id
        services.attachments.add(case_id, "id.png", _id_scan(marker), AttachmentRole.ID_RECTO)
        assert marker in _database_files(server, database)

        assert services.attachments.purge_id_copies(case_id) == 1

        assert services.audit.for_case(case_id)[-1].action == "identity.id_copies_purged"
        assert not services.attachments.journal_holds_removed
    finally:
        services.close()
    assert marker not in _database_files(server, database)


def test_a_password_typed_once_goes_to_the_credential_store_not_the_register(
    postgres_url: str,
) -> None:
    from sqlalchemy.engine import make_url

    from privacydesk.store.credentials import with_stored_password

    with_password = postgres_url.replace("postgres@", "postgres:Zeer-geheim@")
    opened = open_register(with_password)
    assert "Zeer-geheim" not in opened.location
    opened.engine.dispose()
    restored = with_stored_password(make_url(postgres_url))
    assert restored.password == "Zeer-geheim"
    with psycopg.connect(postgres_url) as conn:
        stored = conn.execute("SELECT key, value FROM setting").fetchall()
    assert not any("Zeer-geheim" in key + value for key, value in stored)


def test_an_officer_can_apply_retention_which_redacts_the_trail_and_nothing_else(
    shared_register: tuple[PostgresServer, str],
) -> None:
    """The officers have no UPDATE right on the trail; retention's redaction goes through
    the one function the owner role lends them (migration 0008), and only for its change."""
    from datetime import date

    from privacydesk.core.workflow import Status
    from tests.conftest import Clock

    server, database = shared_register
    jan_url = server.url(database, user="jan")
    clock = Clock(date(2020, 3, 2))
    services = open_services(jan_url, now=clock)
    try:
        case = services.cases.register(new_request("Jan Peeters", received=date(2020, 3, 2)))
        kept = services.cases.register(new_request("Els Maes", received=date(2020, 3, 2)))
        services.identity.waive(case.id, "Bekende klant")
        services.cases.change_status(case.id, Status.ANSWERED, answered_on=date(2020, 3, 2))
        services.cases.change_status(case.id, Status.CLOSED)
        clock.set_day(date(2026, 11, 25))
        assert services.retention.apply([case.id]) == [case.reference]
        verdict = services.audit.verify()
        assert verdict.ok, verdict.problems
        kept_event = services.audit.for_case(kept.id)[0].id
    finally:
        services.close()
    with psycopg.connect(jan_url) as conn:
        assert "Jan Peeters" not in repr(conn.execute("SELECT * FROM audit_event").fetchall())
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            conn.execute(
                "SELECT privacydesk_redact_audit_event(%s, %s)",
                (kept_event, '{"redacted": []}'),
            )
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE audit_event SET details = '{\"redacted\": []}'")
