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
from privacydesk.services.witness import WITNESS_SUFFIX
from privacydesk.store.errors import RegisterCorruptError, RegisterTooNewError
from tests.conftest import Clock
from tests.documents.conftest import make_image, make_pdf
from tests.services.helpers import new_request

# Backups of a file register are copies of the file; a server is backed up with pg_dump.
pytestmark = pytest.mark.file_register


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
        for a in services.attachments.for_case(summary.id):
            blobs[(summary.reference, a.name)] = hashlib.sha256(
                services.attachments.data(a.id)
            ).hexdigest()
        for letter in services.letters.for_case(summary.id):
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
    # Everything comes back, except the ID copy purged after the backup: purged stays purged.
    blobs = dict(before["blobs"])  # type: ignore[call-overload]
    del blobs[("PD-2026-0001", "id.png")]
    assert _snapshot(services) == {**before, "blobs": blobs}
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


def test_restoring_an_older_backup_never_hands_out_an_issued_reference_again(
    services: Services, tmp_path: Path
) -> None:
    assert services.cases.register(new_request("Voor de back-up")).reference == "PD-2026-0001"
    backup = services.backup.backup_to(tmp_path / "oud.sqlite")
    # PD-2026-0002 goes out on a letter; then the older backup is restored.
    assert services.cases.register(new_request("Na de back-up")).reference == "PD-2026-0002"
    services.backup.restore_from(backup.path)

    assert services.cases.register(new_request("Nieuw")).reference == "PD-2026-0003"
    restored = next(e for e in services.audit.all() if e.action == "register.restored")
    assert restored.details["reference_counters_kept"] == [
        {
            "year": 2026,
            "restored_last_number": 1,
            "last_number": 2,
            "next_reference": "PD-2026-0003",
        }
    ]
    assert services.audit.verify().ok


def test_restoring_a_backup_as_far_along_as_the_register_leaves_its_counter_alone(
    services: Services, tmp_path: Path
) -> None:
    services.cases.register(new_request())
    services.cases.register(new_request())
    backup = services.backup.backup_to(tmp_path / "recent.sqlite")
    services.backup.restore_from(backup.path)
    assert services.audit.all()[-1].details["reference_counters_kept"] == []
    assert services.cases.register(new_request()).reference == "PD-2026-0003"


def _failing_copy(kind: str):  # type: ignore[no-untyped-def]
    def copy(source: Path, target: Path, *, source_read_only: bool = False) -> None:
        target.write_bytes(b"SQLite format 3\x00 half a copy")
        if kind == "error":
            raise sqlite3.OperationalError("disk I/O error")

    return copy


@pytest.mark.parametrize("kind", ["error", "damaged"])
def test_a_failed_backup_is_not_logged_and_leaves_no_file(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    from privacydesk.core.errors import UserFacingError
    from privacydesk.services import backup as backup_module

    services.cases.register(new_request())
    events = len(services.audit.all())
    monkeypatch.setattr(backup_module, "_copy_database", _failing_copy(kind))
    with pytest.raises(UserFacingError):
        services.backup.backup_to(tmp_path / "usb" / "backup.sqlite")
    assert len(services.audit.all()) == events
    assert list((tmp_path / "usb").iterdir()) == []


def test_a_backup_is_logged_once_it_is_made(services: Services, tmp_path: Path) -> None:
    info = services.backup.backup_to(tmp_path / "backup.sqlite")
    event = services.audit.all()[-1]
    assert (event.action, event.details["file"]) == ("register.backup", "backup.sqlite")
    assert info.sha256 == hashlib.sha256(info.path.read_bytes()).hexdigest()


def test_safety_backups_made_before_a_restore_are_rotated(
    services: Services, clock: Clock, tmp_path: Path
) -> None:
    """They hold ID copies purged since, so they must not pile up for ever."""
    from privacydesk.services.backup import SAFETY_KEEP

    services.cases.register(new_request())
    backup = services.backup.backup_to(tmp_path / "oud.sqlite")
    # Several in the same second too ("…-2.sqlite" sorts before ".sqlite" by name).
    made = [services.backup.restore_from(backup.path) for _ in range(SAFETY_KEEP + 2)]
    clock.advance(1)
    made += [services.backup.restore_from(backup.path) for _ in range(2)]
    assert services.backup.safety_backups() == made[-SAFETY_KEEP:]
    assert sorted(services.backup.folder().glob("voor-terugzetten-*.sqlite")) == sorted(
        made[-SAFETY_KEEP:]
    )
    # Each kept copy has its witness of the audit chain beside it, the rotated ones none.
    assert sorted(services.backup.folder().glob("voor-terugzetten-*.witness.txt")) == sorted(
        m.with_name(m.name + ".witness.txt") for m in made[-SAFETY_KEEP:]
    )


def test_restoring_an_old_safety_backup_does_not_rotate_it_away(
    services: Services, clock: Clock, tmp_path: Path
) -> None:
    from privacydesk.services.backup import SAFETY_KEEP

    services.cases.register(new_request())
    backup = services.backup.backup_to(tmp_path / "oud.sqlite")
    oldest = services.backup.restore_from(backup.path)
    for _ in range(SAFETY_KEEP - 1):
        clock.advance(1)
        services.backup.restore_from(backup.path)
    clock.advance(1)
    services.backup.restore_from(oldest)  # the one it would rotate away
    assert oldest.exists()
    assert len(services.backup.safety_backups()) == SAFETY_KEEP + 1


def _daily_backups(services: Services, clock: Clock, days: int) -> list[Path]:
    made = []
    for day in range(days):
        clock.advance(1)
        services.cases.register(new_request(f"Persoon {day}"))
        info = services.backup.automatic_backup()
        assert info is not None
        made.append(info.path)
    return made


def test_the_size_budget_keeps_only_the_newest_copies_that_fit_and_says_so(
    services: Services, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import privacydesk.services.backup as backup_module

    size = services.backup.backup_to(services.backup.folder() / "probe.sqlite").size
    (services.backup.folder() / "probe.sqlite").unlink()
    # A "GB" of about two and a half copies: with 10 to keep, the budget decides.
    monkeypatch.setattr(backup_module, "GB", int(size * 2.5))
    services.settings.save(replace(services.settings.get(), backup_count=10, backup_budget_gb=1))
    made = _daily_backups(services, clock, 5)
    kept = services.backup.backups()
    assert kept == made[-2:]  # the newest two fit; the oldest went first
    assert all(not p.exists() for p in made[:-2])
    assert all(not p.with_name(p.name + WITNESS_SUFFIX).exists() for p in made[:-2])
    count, held = services.backup.held()
    assert count == 2 and held <= backup_module.GB
    # The trail of each copy names the older ones the budget removed, with the budget.
    removed = []
    for entry in services.audit.all():
        if entry.action == "register.backup" and entry.details.get("reason") == "automatisch":
            removed += entry.details.get("over_budget", [])
            if entry.details.get("over_budget"):
                assert entry.details["budget_bytes"] == backup_module.GB
    assert sorted(removed) == sorted(p.name for p in made[:-2])


def test_the_copy_just_made_stays_even_alone_over_the_budget(
    services: Services, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import privacydesk.services.backup as backup_module

    monkeypatch.setattr(backup_module, "GB", 1000)  # far smaller than any register
    services.settings.save(replace(services.settings.get(), backup_budget_gb=1))
    made = _daily_backups(services, clock, 3)
    assert services.backup.backups() == [made[-1]]
    restored_from = made[-1]
    services.backup.restore_from(restored_from)  # the one kept is a real backup
    assert services.cases.list_cases()


def test_without_pressure_on_the_budget_the_count_alone_rotates(
    services: Services, clock: Clock
) -> None:
    services.settings.save(replace(services.settings.get(), backup_count=2))
    made = _daily_backups(services, clock, 4)
    assert services.backup.backups() == made[-2:]
    assert not any(
        entry.details.get("over_budget")
        for entry in services.audit.all()
        if entry.action == "register.backup"
    )
