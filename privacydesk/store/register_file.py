"""A register file, read with the standard library alone.

The checks before a file is opened (is it a register, may we write it, is it whole, is a
colleague writing it), its schema revision against the migration scripts, SQLite's
whole-file check, and a plain connection that only reads. The listing commands (``cases``,
``due``, ``export``) read a register at the newest schema through this alone: importing
SQLAlchemy costs more than listing 100,000 cases (issue 17).
"""

from __future__ import annotations

import ast
import os
import sqlite3
from functools import cache
from pathlib import Path, PureWindowsPath

from privacydesk.store.errors import (
    RegisterCorruptError,
    RegisterLockedError,
    RegisterMissingError,
    RegisterReadOnlyError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def is_network_path(path: Path) -> bool:
    """A UNC path (``\\\\server\\share``) or a mapped network drive on Windows."""
    text_path = str(path)
    if text_path.startswith(("\\\\", "//")) or PureWindowsPath(text_path).drive.startswith("\\\\"):
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        drive = PureWindowsPath(text_path).drive
        if drive:
            remote = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
            return bool(remote == 4)  # DRIVE_REMOTE
    return False


@cache
def revisions() -> dict[str, str | None]:
    """Each migration's revision and the one it follows, read from the scripts' own
    ``revision`` / ``down_revision`` lines (what alembic reads too), without importing
    alembic: a register already at the newest schema, every start but the first after an
    update, opens without it (tests/store/test_engine.py holds this to alembic's answer)."""
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            else:
                continue
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                values[target.id] = ast.literal_eval(value)
        revision, previous = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            assert previous is None or isinstance(previous, str), f"{script.name}: one parent"
            found[revision] = previous
    return found


def head_revision() -> str:
    found = revisions()
    heads = set(found) - set(found.values())
    assert len(heads) == 1, f"the migrations must form one line, heads: {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revisions())


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse, before SQLite touches it, a file that is not a register we may write."""
    if path.is_dir():
        raise RegisterCorruptError(f"{path} is een map, geen register.")
    if not path.exists():
        if not create:
            raise RegisterMissingError(f"Het register {path} bestaat niet.")
        parent = path.parent
        if not parent.exists():
            parent.mkdir(parents=True, exist_ok=True)
        if not os.access(parent, os.W_OK):
            raise RegisterReadOnlyError(
                f"In de map {parent} kan geen register aangemaakt worden (alleen-lezen)."
            )
        return
    if path.stat().st_size == 0:
        if not create:
            # Named on purpose (--db) yet empty: a wiped or truncated copy, never "no cases".
            raise RegisterCorruptError(
                f"Het register {path} is leeg (0 bytes): het werd gewist of nooit aangemaakt. "
                "Zet een back-up terug of kies het juiste bestand; het bestand werd niet "
                "gewijzigd."
            )
        return  # the program's own register, created but never initialised: it is now
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise RegisterCorruptError(
            f"{path} is geen PrivacyDesk-register of is beschadigd; "
            "het bestand werd niet gewijzigd."
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise RegisterReadOnlyError(
            f"Het register {path} is alleen-lezen. Kopieer het naar een map waarin u mag "
            "schrijven of vraag schrijfrechten; het bestand werd niet gewijzigd."
        )


def probe_sqlite(path: Path) -> str | None:
    """Integrity, lock and schema version, read with a plain connection that writes nothing."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    uri = path.resolve().as_uri() + "?mode=rw"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise RegisterCorruptError(
            f"Het register {path} kan niet geopend worden: {sqlite_reason(exc)}."
        ) from exc
    try:
        try:
            # Cheap on every open (issue 17): the header's page count against the file, and
            # the schema read in full. A whole-file check belongs to backups (each copy is
            # checked) and ``verify-audit`` (``integrity_problem``), not to every start.
            result = ("ok",) if header_consistent(path) else ("bestand ingekort",)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:  # OperationalError too: locked, or damaged
            if isinstance(exc, sqlite3.OperationalError) and (
                "locked" in str(exc) or "busy" in str(exc)
            ):
                raise locked_error(path) from exc
            raise RegisterCorruptError(
                f"Het register {path} is beschadigd ({sqlite_reason(exc)}); het bestand werd niet "
                "gewijzigd. Zet een back-up terug."
            ) from exc
        if result is None or result[0] != "ok":
            finding = result[0] if result else "?"
            raise RegisterCorruptError(
                f"Het register {path} is beschadigd (integriteitscontrole: {finding}); "
                "het bestand werd niet gewijzigd. Zet een back-up terug."
            )
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise locked_error(path) from exc
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise RegisterReadOnlyError(f"Het register {path} is alleen-lezen.") from exc
            raise
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise RegisterCorruptError(
                    f"{path} is een SQLite-bestand maar geen PrivacyDesk-register; "
                    "het bestand werd niet gewijzigd."
                )
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def header_consistent(path: Path) -> bool:
    """The file holds at least the pages its header counts (a half-copied file does not).

    The count is only valid when the header says so (SQLite 3.7.0+); with a write-ahead log
    beside the file, the log may hold the rest until the next checkpoint.
    """
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    if not counter_valid or pages == 0 or Path(f"{path}-wal").exists():
        return True
    return path.stat().st_size >= pages * page_size


def integrity_problem(path: Path) -> str | None:
    """SQLite's whole-file check (reads every page: seconds for a large register), or None.

    For ``verify-audit`` and other moments the officer asked for a check, not every open.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return sqlite_reason(exc)
    return None if rows == ["ok"] else "; ".join(rows[:3])


# SQLite's own words for what the officer can act on, said in the program's language.
_SQLITE_REASONS = {
    "unable to open database file": "het bestand kan niet geopend worden (geen toegang, of "
    "de map bestaat niet)",
    "database or disk is full": "de schijf is vol",
    "database disk image is malformed": "het bestand is beschadigd",
    "file is not a database": "het bestand is geen databank",
    "disk I/O error": "de schijf gaf een leesfout",
    "attempt to write a readonly database": "het bestand is alleen-lezen",
}


def sqlite_reason(exc: sqlite3.Error) -> str:
    """SQLite's error in Dutch when it is one of the usual ones, else as SQLite said it."""
    said = str(exc)
    return _SQLITE_REASONS.get(said, said)


def locked_error(path: Path) -> RegisterLockedError:
    return RegisterLockedError(
        f"Het register {path} is in gebruik door een ander programma of een collega. "
        "Probeer het zo meteen opnieuw."
    )
