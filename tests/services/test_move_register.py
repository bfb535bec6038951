"""Moving a file register onto a server, and backing a server register up."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from privacydesk.cli import main
from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.workflow import Status
from privacydesk.services import open_services
from tests.conftest import Clock, MemoryKeyring
from tests.documents.conftest import make_pdf
from tests.services.helpers import new_request

pytestmark = pytest.mark.postgresql


def _fill_file_register(path: Path, clock: Clock) -> dict[str, object]:
    services = open_services(path, actor="officer", now=clock)
    try:
        first = services.cases.register(new_request("Anna Peeters"))
        second = services.cases.register(new_request("Bram De Smet"))
        services.attachments.add(first.id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST)
        services.identity.waive(first.id, "bekende klant")
        services.cases.change_status(first.id, Status.IN_PROGRESS)
        services.cases.update_notes(second.id, "Gebeld op maandag")
        draft = services.letters.draft(first.id, LetterKind.ACKNOWLEDGEMENT)
        services.letters.issue(draft)
        return {
            "references": sorted(c.reference for c in services.cases.list_cases()),
            "events": len(services.audit.all()),
        }
    finally:
        services.close()


def test_a_file_register_moves_whole_and_checked_to_an_empty_server_database(
    tmp_path: Path,
    clock: Clock,
    postgres_server: object,
    capsys: pytest.CaptureFixture[str],
    _private_keyring: MemoryKeyring,
) -> None:
    from tests.postgres_server import PostgresServer

    assert isinstance(postgres_server, PostgresServer)
    source = tmp_path / "register.sqlite"
    before = _fill_file_register(source, clock)
    database = postgres_server.new_database()
    target = postgres_server.url(database, password="s3cret-wachtwoord")

    assert main(["--db", str(source), "move-register", "--to", target]) == 0

    out = capsys.readouterr().out
    assert "2 dossiers, 1 documenten, 1 brieven" in out and "gecontroleerd" in out
    assert "s3cret-wachtwoord" not in out
    # The password is in the credential store, under the URL without it; never in the register.
    assert list(_private_keyring.passwords.values()) == ["s3cret-wachtwoord"]
    with psycopg.connect(postgres_server.url(database)) as conn:
        settings = conn.execute("SELECT value FROM setting").fetchall()
    assert not any("s3cret" in value for (value,) in settings)

    moved = open_services(postgres_server.url(database), actor="officer", now=clock)
    try:
        assert sorted(c.reference for c in moved.cases.list_cases()) == before["references"]
        assert len(moved.audit.all()) == before["events"] and moved.audit.verify().ok
        # Work goes on where it stopped: the next reference, new ids after the copied ones.
        third = moved.cases.register(new_request("Chris Wouters"))
        assert third.reference.endswith("0003")
        moved.attachments.add(third.id, "brief.pdf", make_pdf("x"), AttachmentRole.CORRESPONDENCE)
        assert moved.audit.verify().ok
    finally:
        moved.close()

    # A second move into the now-filled database is refused, and changes nothing.
    assert main(["--db", str(source), "move-register", "--to", target]) == 2
    assert "niet leeg" in capsys.readouterr().err


def test_a_server_register_is_backed_up_with_pg_dump_or_says_to_use_it(
    postgres_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = open_services(postgres_url, actor="officer")
    services.cases.register(new_request())
    services.close()
    dump = tmp_path / "register.dump"

    assert main(["--db", postgres_url, "backup", str(dump)]) == 0
    assert dump.read_bytes().startswith(b"PGDMP")
    assert "Back-up gemaakt" in capsys.readouterr().out

    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert main(["--db", postgres_url, "backup", str(tmp_path / "other.dump")]) == 2
    err = capsys.readouterr().err
    assert "pg_dump" in err and "Traceback" not in err
    assert not (tmp_path / "other.dump").exists()


def test_demo_and_a_server_url_never_make_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = "postgresql+psycopg://jan@127.0.0.1:1/privacydesk"
    assert main(["--db", url, "--demo", "cases"]) == 2
    assert main(["--db", url, "cases"]) == 2
    assert "niet bereikbaar" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
