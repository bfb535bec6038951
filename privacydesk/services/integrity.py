"""Stored bytes are what was stored: the SHA-256 is checked on every read.

An issued letter and a document keep the SHA-256 of their bytes, and the trail keeps it
too (``letter.issued``, ``attachment.added``). Whoever reads them — to show, print, save,
validate a signature — goes through ``checked_letter`` / ``checked_document``; a mismatch
raises ``StoredContentChangedError`` naming the letter or document, so forged bytes never
reach the screen, the printer or a file. ``verify-audit`` checks them all.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import Connection, text

from privacydesk.core.errors import UserFacingError


class StoredContentChangedError(UserFacingError):
    """The bytes in the register are not the bytes that were stored."""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _day(issued_on: object) -> str:
    day = str(issued_on)[:10]
    if len(day) == 10 and day[4] == "-":  # as the register shows dates: 28/11/2026
        day = f"{day[8:10]}/{day[5:7]}/{day[:4]}"
    return day


def letter_name(letter_id: int | None, kind: str, issued_on: object, reference: str) -> str:
    return f"de brief {kind} van {_day(issued_on)} in dossier {reference} (brief nr. {letter_id})"


def document_name(attachment_id: int | None, name: str, reference: str) -> str:
    return f"het document '{name}' in dossier {reference} (document nr. {attachment_id})"


def checked_letter(
    data: bytes,
    stored_sha256: str,
    *,
    letter_id: int | None,
    kind: str,
    issued_on: object,
    reference: str,
) -> bytes:
    if _sha256(data) != stored_sha256:
        raise StoredContentChangedError(
            "Opgelet: de brief {kind} van {day} in dossier {reference} (brief nr. {number}) "
            "werd gewijzigd nadat hij werd uitgegeven: de bytes in het register kloppen niet "
            "met de SHA-256 van de uitgifte. Hij wordt niet getoond, afgedrukt of bewaard. Zet "
            "een back-up terug en voer 'privacydesk verify-audit' uit.",
            kind=kind,
            day=_day(issued_on),
            reference=reference,
            number=letter_id,
        )
    return data


def checked_document(
    data: bytes, stored_sha256: str, *, attachment_id: int | None, name: str, reference: str
) -> bytes:
    if _sha256(data) != stored_sha256:
        raise StoredContentChangedError(
            "Opgelet: het document '{name}' in dossier {reference} (document nr. {number}) werd "
            "gewijzigd nadat het werd toegevoegd: de bytes in het register kloppen niet met de "
            "opgeslagen SHA-256. Het wordt niet getoond, afgedrukt of bewaard. Zet een back-up "
            "terug en voer 'privacydesk verify-audit' uit.",
            name=name,
            reference=reference,
            number=attachment_id,
        )
    return data


def _trail_hashes(conn: Connection, case_id: int, action: str) -> set[str]:
    found: set[str] = set()
    for (details_text,) in conn.execute(
        text("SELECT details FROM audit_event WHERE case_id = :case AND action = :action"),
        {"case": case_id, "action": action},
    ):
        try:
            value = json.loads(details_text).get("sha256")
        except (ValueError, AttributeError):
            continue
        if isinstance(value, str):
            found.add(value)
    return found


def stored_file_problems(conn: Connection) -> list[str]:
    """Every letter and document whose bytes, stored hash and trail do not agree.

    One row at a time: the bytes of a large register never sit in memory together.
    """
    problems: list[str] = []
    letters = conn.execution_options(stream_results=True, yield_per=50).execute(
        text(
            "SELECT l.id, l.case_id, l.kind, l.issued_on, l.sha256, l.pdf, c.reference "
            'FROM letter l JOIN "case" c ON c.id = l.case_id ORDER BY l.id'
        )
    )
    for row in letters:
        name = letter_name(row.id, row.kind, row.issued_on, row.reference)
        if _sha256(bytes(row.pdf)) != row.sha256:
            problems.append(f"{name} werd gewijzigd: de bytes kloppen niet met de SHA-256")
        elif row.sha256 not in _trail_hashes(conn, row.case_id, "letter.issued"):
            problems.append(f"{name} staat met die SHA-256 niet in het auditspoor")
    documents = conn.execution_options(stream_results=True, yield_per=50).execute(
        text(
            "SELECT a.id, a.case_id, a.original_name, a.sha256, b.data, c.reference "
            "FROM attachment a JOIN attachment_blob b ON b.attachment_id = a.id "
            'JOIN "case" c ON c.id = a.case_id ORDER BY a.id'
        )
    )
    for row in documents:
        name = document_name(row.id, row.original_name, row.reference)
        if _sha256(bytes(row.data)) != row.sha256:
            problems.append(f"{name} werd gewijzigd: de bytes kloppen niet met de SHA-256")
        elif row.sha256 not in _trail_hashes(conn, row.case_id, "attachment.added"):
            problems.append(f"{name} staat met die SHA-256 niet in het auditspoor")
    return problems
