"""Backups and restore: everything comes back identical, and nothing is lost on the way."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.services import Services
from privacydesk.services.backup import BackupError
from privacydesk.store.errors import RegisterCorruptError, RegisterTooNewError
from tests.conftest import Clock
from tests.documents.conftest import make_image, make_pdf
from tests.services.helpers import new_request


def _fill(services: Services) -> dict[str, object]:
    case_id = services.cases.register(new_request()).id
    services.cases.register(new_request("Jan Peeters"))
    services.attachments.add(case_id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST)
    services.attachments.add(case_id, "id.png", make_image("PNG"), AttachmentRole.ID_RECTO)
    services.letters.issue(services.letters.draft(case_id, LetterKind.ACKNOWLEDGEMENT))
    return _snapshot(services)


def _snapshot(services: Services) -> dict[str, object]:
    cases = {
        c.reference: (c.requester_name, c.status, c.received) for c in services.cases.list_cases()
    }
    blobs = {}
    letters = {}
    for summary in services.cases.list_cases():
        for a in services.attachments.list(summary.id):
            blobs[(summary.reference, a.name)] = hashlib.sha256(
                services.attachments.data(a.id)
            ).hexdigest()
        for letter in services.letters.list(summary.id):
            letters[(summary.reference, letter.kind)] = hashlib.sha256(
                services.letters.pdf(letter.id)
            ).hexdigest()
    return {"cases": cases, "blobs": blobs, "letters": letters}


def test_a_restored_backup_gives_back_every_case_attachment_and_letter(
    services: Services, tmp_path: Path
) -> None:
    before = _fill(services)
    backup = services.backup.backup_to(tmp_path / "backup.sqlite")
    assert backup.path.exists() and len(backup.sha256) == 64
    # Work goes on, then something goes wrong.
    case = services.cases.find("PD-2026-0001")
    services.attachments.purge_id_copies(case.id)
    services.cases.register(new_request("Later toegevoegd"))
    assert _snapshot(services) != before

    safety = services.backup.restore_from(backup.path)
    assert _snapshot(services) == before
    assert safety.exists()
    assert services.audit.verify().ok
    assert services.audit.all()[-1].action == "register.restored"


def test_a_restore_can_be_undone_with_the_safety_backup(services: Services, tmp_path: Path) -> None:
    _fill(services)
    backup = services.backup.backup_to(tmp_path / "oud.sqlite")
    services.cases.register(new_request("Na de back-up"))
    current = _snapshot(services)
    safety = services.backup.restore_from(backup.path)
    services.backup.restore_from(safety)
    assert _snapshot(services) == current


def test_a_backup_never_overwrites_a_file(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "backup.sqlite"
    target.write_bytes(b"iets anders")
    with pytest.raises(BackupError, match="bestaat al"):
        services.backup.backup_to(target)
    assert target.read_bytes() == b"iets anders"


@pytest.mark.parametrize("kind", ["garbage", "newer"])
def test_a_bad_backup_is_refused_and_the_register_left_alone(
    services: Services, tmp_path: Path, kind: str
) -> None:
    before = _fill(services)
    bad = tmp_path / "bad.sqlite"
    if kind == "garbage":
        bad.write_bytes(b"Dit is geen register." * 200)
        error: type[Exception] = RegisterCorruptError
    else:
        services.backup.backup_to(bad)
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
        conn.commit()
        conn.close()
        error = RegisterTooNewError
    with pytest.raises(error):
        services.backup.restore_from(bad)
    assert _snapshot(services) == before


def test_automatic_backups_are_made_once_per_change_and_rotated(
    services: Services, clock: Clock, register_path: Path
) -> None:
    services.settings.save(replace(services.settings.get(), backup_count=3))
    services.reload_settings()
    first = services.backup.automatic_backup()
    assert first is not None and first.path.parent == register_path.parent / "backups"
    assert services.backup.automatic_backup() is None  # nothing changed since, same day
    for day in range(5):
        clock.advance(1)
        services.cases.register(new_request(f"Persoon {day}"))
        assert services.backup.automatic_backup() is not None
    kept = services.backup.backups()
    assert len(kept) == 3
    assert kept[-1].name.startswith("register-2026-11-30")
