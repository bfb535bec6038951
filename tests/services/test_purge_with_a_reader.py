"""Purging while someone else reads the register: the trail says what was not yet cleared."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from privacydesk.core.attachments import AttachmentRole
from privacydesk.services import Services
from tests.documents.conftest import make_pdf
from tests.services.helpers import new_request

MARKER = b"ID-COPY-WHILE-READING-5d2e"


def _id_scan(marker: bytes) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", marker.decode())
    buffer = io.BytesIO()
    Image.new("RGB", (64, 40), (10, 120, 200)).save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


def _on_disk(register_path: Path) -> bytes:
    wal = Path(str(register_path) + "-wal")
    return register_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def colleague(register_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program with the register open, in the middle of reading it."""
    conn = sqlite3.connect(register_path, isolation_level=None)
    yield conn
    conn.close()


def _start_reading(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM attachment_blob").fetchone()


def test_a_purge_blocked_by_a_reader_is_written_in_the_trail(
    services: Services, register_path: Path, colleague: sqlite3.Connection
) -> None:
    case_id = services.cases.register(new_request()).id
    services.attachments.add(case_id, "id.png", _id_scan(MARKER), AttachmentRole.ID_RECTO)
    _start_reading(colleague)

    assert services.attachments.purge_id_copies(case_id) == 1

    assert services.attachments.id_copies(case_id) == []
    purge, pending = services.audit.for_case(case_id)[-2:]
    assert purge.action == "identity.id_copies_purged"
    assert pending.action == "attachment.journal_not_cleared"
    assert pending.details["after"] == "identity.id_copies_purged"
    assert services.attachments.journal_holds_removed
    assert services.audit.verify().ok

    # Once the colleague is done, the next clean-up takes the old pages with it.
    colleague.execute("COMMIT")
    services.attachments.add(case_id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST)
    services.attachments.remove(services.attachments.for_case(case_id)[0].id)
    assert not services.attachments.journal_holds_removed
    assert MARKER not in _on_disk(register_path)


def test_a_purge_without_readers_clears_the_journal_and_says_nothing_more(
    services: Services, register_path: Path, colleague: sqlite3.Connection
) -> None:
    case_id = services.cases.register(new_request()).id
    services.attachments.add(case_id, "id.png", _id_scan(MARKER), AttachmentRole.ID_RECTO)
    colleague.execute("SELECT count(*) FROM attachment_blob").fetchone()  # read and done

    assert services.attachments.purge_id_copies(case_id) == 1

    assert services.audit.for_case(case_id)[-1].action == "identity.id_copies_purged"
    assert not services.attachments.journal_holds_removed
    assert MARKER not in _on_disk(register_path)


def test_a_document_removed_while_a_reader_holds_on_is_written_in_the_trail(
    services: Services, colleague: sqlite3.Connection
) -> None:
    case_id = services.cases.register(new_request()).id
    (info,) = services.attachments.add(
        case_id, "id.png", _id_scan(MARKER), AttachmentRole.CORRESPONDENCE
    ).added
    _start_reading(colleague)
    services.attachments.remove(info.id)
    event = services.audit.for_case(case_id)[-1]
    assert (event.action, event.details["after"]) == (
        "attachment.journal_not_cleared",
        "attachment.removed",
    )
