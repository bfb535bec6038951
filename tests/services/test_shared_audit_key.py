"""A register shared on a server is signed with one key, kept on the server, by every officer."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from privacydesk.cli import main
from privacydesk.services import open_services
from privacydesk.services.audit import REKEYED
from tests.conftest import Clock
from tests.services.helpers import new_request

pytestmark = pytest.mark.postgresql


def _computer(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    # Each computer keeps its own keys: a different key folder is a different computer.
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv("PRIVACYDESK_KEY_DIR", str(folder))


def test_two_officers_on_two_computers_sign_alike_and_both_verify(
    postgres_url: str, clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _computer(monkeypatch, tmp_path / "computer-a")
    anna = open_services(postgres_url, actor="anna", now=clock)
    first = anna.cases.register(new_request("Anna Peeters"))
    _computer(monkeypatch, tmp_path / "computer-b")
    bram = open_services(postgres_url, actor="bram", now=clock)
    try:
        second = bram.cases.register(new_request("Bram De Smet"))
        anna.identity.waive(first.id, "bekende klant")
        bram.identity.waive(second.id, "bekende klant")
        anna.cases.update_notes(second.id, "Gebeld")
        for services in (anna, bram):
            verdict = services.audit.verify()
            assert verdict.ok, verdict.problems
            assert verdict.notes == ()
        assert not [e for e in anna.audit.all() if e.action == REKEYED]
    finally:
        anna.close()
        bram.close()
    # Neither computer keeps the shared register's key: it is on the server.
    assert not list((tmp_path / "computer-a").iterdir())
    assert not list((tmp_path / "computer-b").iterdir())
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM audit_key").fetchone() == (1,)


def test_a_moved_register_verifies_from_any_computer_with_the_key_on_the_server(
    tmp_path: Path,
    clock: Clock,
    postgres_server: object,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.postgres_server import PostgresServer

    assert isinstance(postgres_server, PostgresServer)
    _computer(monkeypatch, tmp_path / "computer-a")
    source = tmp_path / "register.sqlite"
    services = open_services(source, actor="anna", now=clock)
    case = services.cases.register(new_request("Anna Peeters"))
    services.identity.waive(case.id, "bekende klant")
    services.close()
    target = postgres_server.url(postgres_server.new_database())

    assert main(["--db", str(source), "move-register", "--to", target]) == 0

    _computer(monkeypatch, tmp_path / "computer-b")
    capsys.readouterr()
    assert main(["--db", target, "verify-audit"]) == 0
    moved = open_services(target, actor="bram", now=clock)
    try:
        moved.cases.update_notes(case.id, "Gebeld")
        verdict = moved.audit.verify()
        assert verdict.ok and verdict.notes == (), verdict.problems
        assert not [e for e in moved.audit.all() if e.action == REKEYED]
    finally:
        moved.close()
    _computer(monkeypatch, tmp_path / "computer-a")
    assert main(["--db", target, "verify-audit"]) == 0
    assert not list((tmp_path / "computer-b").iterdir())
