"""Forged bytes in the register never reach the screen, a printer or a file (issue 13, 3)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.services import Services
from privacydesk.services.integrity import StoredContentChangedError
from tests.documents.conftest import make_pdf
from tests.services.helpers import new_request


def _forge(path: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def _letter(services: Services) -> tuple[int, int]:
    case_id = services.cases.register(new_request()).id
    issued = services.letters.issue(services.letters.draft(case_id, LetterKind.ACKNOWLEDGEMENT))
    return case_id, issued.id


def test_a_forged_letter_is_refused_with_a_sentence_naming_it(
    services: Services, register_path: Path
) -> None:
    _case_id, letter_id = _letter(services)
    original = services.letters.pdf(letter_id)
    forged = original.replace(b"PD-2026-0001", b"PD-2026-0009")
    _forge(register_path, "UPDATE letter SET pdf = ? WHERE id = ?", forged, letter_id)
    with pytest.raises(StoredContentChangedError) as caught:
        services.letters.pdf(letter_id)
    message = str(caught.value)
    assert "PD-2026-0001" in message and f"brief nr. {letter_id}" in message
    result = services.audit.verify()
    assert not result.ok
    assert any(f"brief nr. {letter_id}" in p and "gewijzigd" in p for p in result.problems)


def test_a_forged_letter_with_its_hash_column_changed_too_is_caught_by_the_trail(
    services: Services, register_path: Path
) -> None:
    _case_id, letter_id = _letter(services)
    forged = services.letters.pdf(letter_id) + b"%forged"
    _forge(
        register_path,
        "UPDATE letter SET pdf = ?, sha256 = ? WHERE id = ?",
        forged,
        hashlib.sha256(forged).hexdigest(),
        letter_id,
    )
    result = services.audit.verify()
    assert not result.ok
    assert any(f"brief nr. {letter_id}" in p and "auditspoor" in p for p in result.problems)


def test_a_forged_document_is_refused_when_read_and_in_verify_audit(
    services: Services, register_path: Path
) -> None:
    case_id = services.cases.register(new_request()).id
    (doc,) = services.attachments.add(
        case_id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST
    ).added
    forged = make_pdf() + b"\n%changed"
    _forge(
        register_path, "UPDATE attachment_blob SET data = ? WHERE attachment_id = ?", forged, doc.id
    )
    with pytest.raises(StoredContentChangedError, match=r"verzoek\.pdf"):
        services.attachments.data(doc.id)
    with pytest.raises(StoredContentChangedError):
        services.attachments.check_signatures(doc.id)
    result = services.audit.verify()
    assert not result.ok
    assert any("'verzoek.pdf'" in p and "PD-2026-0001" in p for p in result.problems)


def test_text_that_is_not_utf8_in_place_of_bytes_is_reported_not_a_crash(
    services: Services, register_path: Path
) -> None:
    """A hand on the file can leave text where a letter or document keeps its bytes, even
    text SQLite cannot decode: verify-audit names both instead of stopping on the read."""
    case_id, letter_id = _letter(services)
    (doc,) = services.attachments.add(
        case_id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST
    ).added
    not_utf8 = "CAST(X'FF41FE' AS TEXT)"
    _forge(register_path, f"UPDATE letter SET pdf = {not_utf8} WHERE id = ?", letter_id)
    _forge(
        register_path,
        f"UPDATE attachment_blob SET data = {not_utf8} WHERE attachment_id = ?",
        doc.id,
    )
    result = services.audit.verify()
    assert not result.ok
    assert any(f"brief nr. {letter_id}" in p and "gewijzigd" in p for p in result.problems)
    assert any("'verzoek.pdf'" in p and "gewijzigd" in p for p in result.problems)
