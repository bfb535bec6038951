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
from collections.abc import Iterator
from itertools import chain

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


# Bytes up to this size come with their row; a larger document (the limit is up to 500 MB)
# is read and hashed a slice at a time, so it never sits in memory whole.
INLINE_BYTES = 256 * 1024
SLICE_BYTES = 1024 * 1024
# Rows that carry bytes are fetched a few at a time: at most BLOB_ROWS × INLINE_BYTES held.
BLOB_ROWS = 32

# (what, its table, its bytes: table and column, the trail's action that records its hash)
_STORED = {
    "letter": ("letter", "letter", "pdf", "letter.issued"),
    "document": ("attachment", "attachment_blob", "data", "attachment.added"),
}
# ``{data}`` is the bytes column as stored; ``{is_bytes}`` says whether it holds bytes (on
# SQLite a hand on the file can leave text there, which may not even be valid UTF-8).
_BYTES = {
    "letter": (
        "SELECT l.id, l.sha256, CASE WHEN length({data}) <= {inline} THEN {data} END, {is_bytes} "
        'FROM letter l JOIN "case" c ON c.id = l.case_id ORDER BY l.id'
    ),
    "document": (
        "SELECT a.id, a.sha256, CASE WHEN length({data}) <= {inline} THEN {data} END, {is_bytes} "
        "FROM attachment a JOIN attachment_blob b ON b.attachment_id = a.id "
        'JOIN "case" c ON c.id = a.case_id ORDER BY a.id'
    ),
}
_COLUMN = {"letter": "l.pdf", "document": "b.data"}


def _bytes_query(conn: Connection, what: str) -> str:
    column = _COLUMN[what]
    if conn.dialect.name == "sqlite":
        # Read as bytes whatever the file holds: text that is not UTF-8 would stop the read.
        data, is_bytes = f"CAST({column} AS BLOB)", f"typeof({column}) = 'blob'"
    else:
        data, is_bytes = column, "TRUE"
    return _BYTES[what].format(data=data, is_bytes=is_bytes, inline=int(INLINE_BYTES))


# The same rows without their bytes, in case order, to meet the trail case by case.
_NAMED = {
    "letter": (
        "SELECT l.case_id, l.id, l.sha256, l.kind, l.issued_on, c.reference "
        'FROM letter l JOIN "case" c ON c.id = l.case_id ORDER BY l.case_id, l.id'
    ),
    "document": (
        "SELECT a.case_id, a.id, a.sha256, a.original_name, NULL, c.reference FROM attachment a "
        'JOIN attachment_blob b ON b.attachment_id = a.id JOIN "case" c ON c.id = a.case_id '
        "ORDER BY a.case_id, a.id"
    ),
}
_TRAIL = (
    "SELECT case_id, action, details FROM audit_event WHERE case_id IS NOT NULL AND action IN "
    "('letter.issued', 'attachment.added') ORDER BY case_id, id"
)


def _sha256_of_large(conn: Connection, what: str, row_id: int) -> str:
    """The SHA-256 of one large stored file, read a slice at a time."""
    _, table, column, _ = _STORED[what]
    digest = hashlib.sha256()
    if conn.dialect.name == "sqlite":
        driver = conn.connection.driver_connection
        # Incremental blob I/O: each slice is read where it lies, not from the start again.
        with driver.blobopen(table, column, row_id, readonly=True) as blob:  # type: ignore[union-attr]
            while piece := blob.read(SLICE_BYTES):
                digest.update(piece)
        return digest.hexdigest()
    key = "id" if table == "letter" else "attachment_id"
    start = 1
    while True:
        piece = conn.execute(
            text(
                f"SELECT substring({column} from :start for :size) FROM {table} WHERE {key} = :id"
            ),
            {"start": start, "size": SLICE_BYTES, "id": row_id},
        ).scalar()
        if not piece:
            return digest.hexdigest()
        digest.update(bytes(piece))
        start += SLICE_BYTES


def _altered(conn: Connection, what: str) -> set[int]:
    """The ids of the letters (or documents) whose bytes do not match their stored hash."""
    from privacydesk.services.audit_replay import row_batches

    found: set[int] = set()
    large: list[tuple[int, str]] = []
    sha256 = hashlib.sha256
    sql = _bytes_query(conn, what)
    for batch in row_batches(conn, sql, size=BLOB_ROWS):
        for row_id, stored, data, is_bytes in batch:
            if not is_bytes:
                found.add(row_id)  # text where the program stores bytes: not what it stored
            elif data is None:
                large.append((row_id, stored))  # after this pass: one statement at a time
            elif sha256(data).hexdigest() != stored:  # hashlib lets other threads run
                found.add(row_id)
    for row_id, stored in large:
        if _sha256_of_large(conn, what, row_id) != stored:
            found.add(row_id)
    return found


def _trail_hashes_by_case(conn: Connection) -> Iterator[tuple[int, dict[str, set[str]]]]:
    """Per case (in case order): the SHA-256 the trail recorded, per action."""
    from privacydesk.services.audit_replay import row_batches

    current: int | None = None
    hashes: dict[str, set[str]] = {}
    for batch in row_batches(conn, _TRAIL):
        for case_id, action, details_text in batch:
            if type(case_id) is not int:
                continue  # a number turned to text in the file: no case's (the chain says so)
            if case_id != current:
                if current is not None:
                    yield current, hashes
                current, hashes = case_id, {}
            try:
                value = json.loads(details_text).get("sha256")
            except (ValueError, AttributeError):
                continue
            if isinstance(value, str):
                hashes.setdefault(action, set()).add(value)
    if current is not None:
        yield current, hashes


def _problems_of(conn: Connection, altered: dict[str, set[int]]) -> dict[str, list[str]]:
    """Per kind, the sentences for each letter (document) altered or not in the trail so,
    in the order of their numbers: one pass over the trail beside both kinds' rows."""
    from privacydesk.services.audit_replay import row_batches

    found: dict[str, list[tuple[int, str]]] = {what: [] for what in _STORED}
    rows = {what: chain.from_iterable(row_batches(conn, _NAMED[what])) for what in _STORED}
    heads = {what: next(rows[what], None) for what in _STORED}
    trail = _trail_hashes_by_case(conn)
    trail_case, trail_hashes = next(trail, (None, {}))
    while any(head is not None for head in heads.values()):
        case_id = min(head[0] for head in heads.values() if head is not None)
        while trail_case is not None and trail_case < case_id:
            trail_case, trail_hashes = next(trail, (None, {}))
        in_trail = trail_hashes if trail_case == case_id else {}
        for what, (_, _, _, action) in _STORED.items():
            head = heads[what]
            while head is not None and head[0] == case_id:
                _case, row_id, stored, label, issued_on, reference = head
                head = next(rows[what], None)
                if row_id in altered[what]:
                    finding = "werd gewijzigd: de bytes kloppen niet met de SHA-256"
                elif stored not in in_trail.get(action, ()):
                    finding = "staat met die SHA-256 niet in het auditspoor"
                else:
                    continue
                if what == "letter":
                    name = letter_name(row_id, label, issued_on, reference)
                else:
                    name = document_name(row_id, label, reference)
                found[what].append((row_id, f"{name} {finding}"))
            heads[what] = head
    return {what: [sentence for _id, sentence in sorted(items)] for what, items in found.items()}


def stored_file_problems(conn: Connection) -> list[str]:
    """Every letter and document whose bytes, stored hash and trail do not agree.

    Neither pass holds more than a few rows: the bytes in storage order (each hashed,
    large ones a slice at a time), then the rows without their bytes in case order beside
    the trail's recorded hashes (a merge, no query per row). The sentences come in the
    order of the letters' and then the documents' numbers.
    """
    altered = {what: _altered(conn, what) for what in _STORED}
    found = _problems_of(conn, altered)
    return found["letter"] + found["document"]
