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
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, text

from privacydesk.core.errors import UserFacingError

_log = logging.getLogger(__name__)


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
_BYTES = {
    "letter": (
        f"SELECT l.id, l.sha256, CASE WHEN length(l.pdf) <= {INLINE_BYTES} THEN l.pdf END, "
        'length(l.pdf) FROM letter l JOIN "case" c ON c.id = l.case_id ORDER BY l.id'
    ),
    "document": (
        f"SELECT a.id, a.sha256, CASE WHEN length(b.data) <= {INLINE_BYTES} THEN b.data END, "
        "length(b.data) FROM attachment a JOIN attachment_blob b ON b.attachment_id = a.id "
        'JOIN "case" c ON c.id = a.case_id ORDER BY a.id'
    ),
}
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
    for batch in row_batches(conn, _BYTES[what], size=BLOB_ROWS):
        for row_id, stored, data, _size in batch:
            if data is None:
                large.append((row_id, stored))  # after this pass: one statement at a time
            elif isinstance(data, str):
                found.add(row_id)  # text where the program stores bytes: not what it stored
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


def _problems_of(conn: Connection, what: str, altered: set[int]) -> list[tuple[int, str]]:
    """(id, sentence) for each letter (or document) altered or not in the trail so."""
    from privacydesk.services.audit_replay import row_batches

    action = _STORED[what][3]
    found: list[tuple[int, str]] = []
    trail = _trail_hashes_by_case(conn)
    trail_case, trail_hashes = next(trail, (None, {}))
    for batch in row_batches(conn, _NAMED[what]):
        for case_id, row_id, stored, label, issued_on, reference in batch:
            while trail_case is not None and trail_case < case_id:
                trail_case, trail_hashes = next(trail, (None, {}))
            if what == "letter":
                name = letter_name(row_id, label, issued_on, reference)
            else:
                name = document_name(row_id, label, reference)
            if row_id in altered:
                found.append(
                    (row_id, f"{name} werd gewijzigd: de bytes kloppen niet met de SHA-256")
                )
            elif trail_case != case_id or stored not in trail_hashes.get(action, ()):
                found.append((row_id, f"{name} staat met die SHA-256 niet in het auditspoor"))
    found.sort()
    return found


def stored_file_problems(conn: Connection) -> list[str]:
    """Every letter and document whose bytes, stored hash and trail do not agree.

    Two passes per kind, neither holding more than a few rows: the bytes in storage order
    (each hashed, large ones a slice at a time), then the rows without their bytes in case
    order beside the trail's recorded hashes (a merge, no query per row). The sentences
    come in the order of the letters' and then the documents' numbers.
    """
    problems: list[str] = []
    for what in ("letter", "document"):
        altered = _altered(conn, what)
        problems += [sentence for _id, sentence in _problems_of(conn, what, altered)]
    return problems


# -- beside the chain walk: a process of its own -------------------------------------------
# Hashing every letter and document is most of what ``verify-audit`` reads. On a thread it
# gains nothing: the walk holds the GIL and every row the other thread fetches waits for it
# (measured slower than one after the other). A process of its own, reading the file
# read-only, runs on the second core. A small register is checked in this process: starting
# another costs more than it saves.
WORKER_FLAG = "--files-worker"
WORKER_FROM_BYTES = 64 * 1024 * 1024


def worker_command(path: Path) -> list[str]:
    """The program itself (the console twin when frozen) with ``--files-worker PATH``."""
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        console = executable.with_name("privacydesk-cli" + executable.suffix)
        program = [str(console if console.exists() else executable)]
    else:
        program = [sys.executable, "-m", "privacydesk"]
    return [*program, WORKER_FLAG, str(path)]


def serve_worker(arguments: list[str]) -> int:
    """``privacydesk --files-worker PATH``: the sentences of ``stored_file_problems`` on
    stdout as a JSON list; any failure exits non-zero and the caller checks in-process."""
    import sqlite3

    from sqlalchemy import create_engine

    (path_text,) = arguments
    uri = Path(path_text).resolve().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN")  # one snapshot for every statement
            problems = stored_file_problems(conn)
    finally:
        engine.dispose()
    sys.stdout.buffer.write(json.dumps(problems).encode("ascii"))
    sys.stdout.flush()
    return 0


class StoredFilesCheck:
    """``stored_file_problems`` started now, collected with ``result``: for a large
    register file in a process of its own, else (a server, a small file, a process that
    cannot start or fails) in this one, on the caller's connection."""

    def __init__(self, path: Path | None) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        if path is None or not path.is_file() or path.stat().st_size < WORKER_FROM_BYTES:
            return
        try:
            self._process = subprocess.Popen(
                worker_command(path),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                # No console window flashing up when the windowed program checks.
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as exc:
            _log.warning("The stored files are checked in-process: %s", exc)

    @property
    def beside(self) -> bool:
        return self._process is not None

    def result(self, conn: Connection) -> list[str]:
        process, self._process = self._process, None
        if process is not None:
            out, err = process.communicate()
            try:
                found = json.loads(out) if process.returncode == 0 else None
            except ValueError:
                found = None
            if isinstance(found, list) and all(isinstance(item, str) for item in found):
                return found
            _log.warning(
                "The files check beside failed (exit %s): %s; checking in-process.",
                process.returncode,
                err.decode("utf-8", "replace")[-500:],
            )
        return stored_file_problems(conn)

    def abandon(self) -> None:
        """The caller no longer waits (it ended with an error): stop the process."""
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.communicate()
