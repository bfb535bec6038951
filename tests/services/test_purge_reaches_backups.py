"""Purged means purged everywhere the program wrote (issue 13, 7), and a killed backup or
restore leaves nothing behind and never hands out a reference twice (issue 13, 8)."""

from __future__ import annotations

import io
import logging
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from privacydesk.core.attachments import AttachmentRole
from privacydesk.locations import data_dir
from privacydesk.services import Services, open_services
from privacydesk.services import backup as backup_module
from tests.conftest import Clock
from tests.documents.conftest import make_pdf
from tests.services.helpers import new_request

MARKER = b"PURGE-MARKER-5c1e0b7d93aa"


def _id_image() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", MARKER.decode())
    buffer = io.BytesIO()
    Image.new("RGB", (64, 40), (10, 120, 200)).save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


def _files_holding_marker(*roots: Path, skip: Path | None = None) -> list[Path]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if skip is not None and skip in path.parents:
                continue
            if path.is_file() and MARKER in path.read_bytes():
                found.append(path)
    return found


@pytest.fixture
def temp_and_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """The program's temporary files and its log go where the test can read them."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    logs = data_dir() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(logs / "privacydesk.log", encoding="utf-8")
    logger = logging.getLogger("privacydesk")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    yield temp, logs
    logger.removeHandler(handler)
    logger.setLevel(old_level)
    handler.close()


def test_no_byte_of_a_purged_id_copy_is_left_in_any_file_the_program_wrote(
    services: Services, register_path: Path, tmp_path: Path, temp_and_log: tuple[Path, Path]
) -> None:
    temp, logs = temp_and_log
    case_id = services.cases.register(new_request()).id
    services.attachments.add(case_id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST)
    services.attachments.add(case_id, "id-voor.png", _id_image(), AttachmentRole.ID_RECTO)
    automatic = services.backup.automatic_backup()
    assert automatic is not None
    manual = services.backup.backup_to(tmp_path / "usb" / "handmatig.sqlite").path
    safety = services.backup.restore_from(manual)  # a safety copy of the register, too
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    unknown = Path(shutil.copy(manual, elsewhere / "kopie.sqlite"))  # copied by hand
    holding = _files_holding_marker(tmp_path, data_dir(), temp, logs, skip=elsewhere)
    assert {register_path, automatic.path, manual, safety} <= set(holding)

    assert services.attachments.purge_id_copies(case_id) == 1
    assert _files_holding_marker(tmp_path, data_dir(), temp, logs, skip=elsewhere) == []
    reached = services.audit.all()[-1]
    assert reached.action == "identity.purge_reached_backups"
    assert len(reached.details["backups_scrubbed"]) == 3
    assert reached.details["backups_unreachable"] == []
    # The backups are still sound registers, and what was not purged is still in them.
    for backup in (automatic.path, manual, safety):
        backup_module.inspect_register_file(backup)

    # A copy the program never knew of comes back through restore: the purge made since
    # is applied again before it becomes the register.
    services.backup.restore_from(unknown)
    assert [a.name for a in services.attachments.for_case(case_id)] == ["verzoek.pdf"]
    actions = [e.action for e in services.audit.for_case(case_id)]
    assert actions[-1] == "identity.id_copies_purged"
    assert "opnieuw toegepast" in services.audit.for_case(case_id)[-1].details["reason"]
    assert services.audit.verify().ok
    services.close()
    assert _files_holding_marker(tmp_path, data_dir(), temp, logs, skip=elsewhere) == []


def test_a_purge_in_a_later_session_reaches_the_backups_made_before(
    services: Services, register_path: Path, clock: Clock
) -> None:
    """The services are built on first use: a session that only touches the documents still
    carries its purge into the backups."""
    case_id = services.cases.register(new_request()).id
    services.attachments.add(case_id, "id-voor.png", _id_image(), AttachmentRole.ID_RECTO)
    automatic = services.backup.automatic_backup()
    assert automatic is not None and MARKER in automatic.path.read_bytes()
    services.close()

    later = open_services(register_path, actor="officer", now=clock)
    try:
        assert later.attachments.purge_id_copies(case_id) == 1
        reached = later.audit.all()[-1]
    finally:
        later.close()
    assert reached.action == "identity.purge_reached_backups"
    assert reached.details["backups_scrubbed"] and MARKER not in automatic.path.read_bytes()


def test_copies_half_written_by_a_killed_backup_are_removed_at_the_next_start(
    services: Services,
    register_path: Path,
    tmp_path: Path,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.cases.register(new_request("Jan Peeters"))

    class Killed(BaseException):
        pass

    def killed(_path: Path) -> str:
        raise Killed

    with monkeypatch.context() as kill:
        kill.setattr(backup_module, "inspect_register_file", killed)
        # A kill runs no clean-up at all.
        kill.setattr(backup_module, "_discard", lambda _path: None)
        kill.setattr(services.backup, "_forget_partial", lambda _path: None)
        with pytest.raises(Killed):
            services.backup.backup_to(tmp_path / "usb" / "backup.sqlite")
        with pytest.raises(Killed):
            services.backup.automatic_backup()
    left = sorted((tmp_path / "usb").glob("*.part")) + sorted(
        services.backup.folder().glob("*.part")
    )
    assert len(left) == 2 and all(b"Jan Peeters" in p.read_bytes() for p in left)
    services.close()
    restore_part = register_path.with_name(register_path.name + ".restore.part")
    restore_part.write_bytes(b"SQLite format 3\x00 Jan Peeters")
    keep = tmp_path / "usb" / "iets-anders.txt"
    keep.write_text("blijft")

    reopened = open_services(register_path, actor="officer", now=clock)
    reopened.close()
    assert not any(p.exists() for p in [*left, restore_part])
    assert keep.exists()
    assert not register_path.with_name(register_path.name + ".pending-copies").exists()


def test_a_restore_that_fails_before_its_trail_event_leaves_the_register_as_it_was(
    services: Services, register_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from privacydesk.services import audit

    services.cases.register(new_request("Voor de back-up"))
    backup = services.backup.backup_to(tmp_path / "oud.sqlite").path
    assert services.cases.register(new_request("Op een brief")).reference == "PD-2026-0002"
    real_record = audit.record

    def crash_at_restore_event(session, ctx, action, **kwargs):  # type: ignore[no-untyped-def]
        if action == "register.restored":
            raise RuntimeError("stroomonderbreking")
        return real_record(session, ctx, action, **kwargs)

    with monkeypatch.context() as crash:
        crash.setattr(audit, "record", crash_at_restore_event)
        with pytest.raises(RuntimeError):
            services.backup.restore_from(backup)
    # The register is the one before the restore: both cases, and PD-2026-0002 is never
    # handed out again.
    assert sorted(c.reference for c in services.cases.list_cases()) == [
        "PD-2026-0001",
        "PD-2026-0002",
    ]
    assert services.cases.register(new_request("Nieuw")).reference == "PD-2026-0003"
    assert not register_path.with_name(register_path.name + ".restore.part").exists()
    assert services.audit.verify().ok
