"""Backups of the register: automatic on startup (rotated), by hand, and restoring one.

Copies are made with SQLite's online backup API, so they are consistent even while the
program is using the register, and each copy is checked before it counts as a backup.
Beside each copy lies a witness of the audit chain's head (services/witness.py).

A purge reaches the backups (SPEC §5, §8): the ID copy's rows are deleted from every backup
the program made or knows of, with ``secure_delete`` so their bytes are overwritten in the
file. Scrubbing was chosen over encrypting ID copies under a per-copy key: it leaves the
register's format and every reader of it (restore, verify-audit, a colleague's older
version) unchanged, and it needs no key that itself could be lost or copied. A backup the
program does not know of (copied away by hand) cannot be reached; when it comes back
through ``restore``, the purges made since are applied again before it replaces the
register.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.case import format_reference
from privacydesk.core.errors import UserFacingError
from privacydesk.core.os_errors import os_reason
from privacydesk.services import audit
from privacydesk.services.context import ServiceContext
from privacydesk.services.retention import anonymised_cases, reapply_anonymisations
from privacydesk.services.settings import SettingsService
from privacydesk.services.shared_register import PG_DUMP_ADVICE, dump_server
from privacydesk.services.witness import WITNESS_SUFFIX, Witness, write_witness
from privacydesk.store.engine import (
    OpenedRegister,
    inspect_register_file,
    open_register,
)
from privacydesk.store.errors import RegisterError
from privacydesk.store.models import (
    AttachmentBlobRow,
    AttachmentRow,
    AuditEventRow,
    CaseRow,
    ReferenceCounterRow,
)

AUTOMATIC_PREFIX = "register-"
SAFETY_PREFIX = "voor-terugzetten-"
# A safety backup only serves to undo a restore, so the newest few are enough; older ones
# would keep ID copies that were purged since (SPEC §5) for as long as they lie around.
SAFETY_KEEP = 3
PART_SUFFIX = ".part"
# The half-written copies in progress, one path a line, beside the register: a copy killed
# half-way (it holds requesters' names) is removed at the next start.
PENDING_SUFFIX = ".pending-copies"
PURGE_ACTION = AuditAction.IDENTITY_ID_COPIES_PURGED

_log = logging.getLogger(__name__)


GB = 1000**3  # the unit of the backup budget, as the settings show it


def _held(path: Path) -> int:
    """The room one backup takes: its file and the witness beside it."""
    total = 0
    for one in (path, path.with_name(path.name + WITNESS_SUFFIX)):
        with contextlib.suppress(OSError):
            total += one.stat().st_size
    return total


def _database_size(path: Path) -> int:
    """The bytes a copy of this register will take: SQLite's backup copies every page."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        return int(pages) * int(page_size)
    except sqlite3.Error:
        return path.stat().st_size
    finally:
        conn.close()


def _rotation(
    existing: list[tuple[Path, int]], *, new_size: int, keep: int, budget: int
) -> tuple[list[Path], list[Path]]:
    """Which older copies (oldest first, with their sizes) go once a new copy of
    ``new_size`` bytes is made: beyond the newest ``keep`` copies (the new one counted),
    then the oldest of the rest until all fit in ``budget``. The new copy itself always
    stays, even alone over the budget. Returns (removed by count, removed by budget)."""
    kept = existing[max(0, len(existing) - (keep - 1)) :] if keep > 1 else []
    by_count = [path for path, _size in existing[: len(existing) - len(kept)]]
    by_budget: list[Path] = []
    total = new_size + sum(size for _path, size in kept)
    for path, size in kept:
        if total <= budget:
            break
        by_budget.append(path)
        total -= size
    return by_count, by_budget


def _remove_backup(path: Path) -> None:
    # A backup open in another program stays; it goes next time.
    with contextlib.suppress(OSError):
        path.unlink()
        _discard(path.with_name(path.name + WITNESS_SUFFIX))


class BackupError(UserFacingError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    sha256: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_database(source: Path, target: Path, *, source_read_only: bool = False) -> None:
    """SQLite online backup from one file to another, all pages in one step."""
    mode = "?mode=ro" if source_read_only else ""
    src = sqlite3.connect(source.resolve().as_uri() + mode, uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def _made_order(path: Path) -> tuple[str, int]:
    """Oldest first. By name alone, a second copy in the same second (``…-2.sqlite``)
    would sort before the first, and rotation would remove the newer one."""
    stamp, _dash, number = path.stem.rpartition("-")
    if number.isdigit():  # the stamp itself ends in "T%H%M%S", never in digits alone
        return stamp, int(number)
    return path.stem, 1


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _discard_database(path: Path) -> None:
    """A database file and whatever SQLite keeps beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        _discard(path.with_name(path.name + suffix))


def _witness_of(path: Path) -> Witness:
    """The audit chain's head as a copy holds it, read from the copy itself."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        values = dict(
            conn.execute(
                "SELECT key, value FROM setting WHERE key IN ('audit.head', 'register.id')"
            ).fetchall()
        )
    finally:
        conn.close()
    try:
        head = json.loads(values.get("audit.head", "null")) or {"id": 0, "hash": audit.GENESIS}
        register_id = json.loads(values.get("register.id", '""'))
        return Witness(int(head["id"]), str(head["hash"]), str(register_id))
    except (ValueError, KeyError, TypeError):
        return Witness(0, audit.GENESIS)


def _scrub_file(path: Path, purged: list[tuple[int, str]]) -> int:
    """Delete purged ID copies (case id, SHA-256) from a backup file, overwriting their
    bytes; how many were still in it."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=2)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        ids: list[int] = []
        for case_id, sha in purged:
            ids += [
                row[0]
                for row in conn.execute(
                    "SELECT id FROM attachment WHERE case_id = ? AND sha256 = ?", (case_id, sha)
                )
            ]
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"UPDATE attachment SET parent_id = NULL WHERE parent_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM attachment_blob WHERE attachment_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM attachment WHERE id IN ({marks})", ids)
        conn.execute("COMMIT")
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() == "wal":
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return len(ids)
    finally:
        conn.close()


def _holds_cases(path: Path, register_id: str, cases: list[tuple[int, str]]) -> bool:
    """Read-only: whether a backup of this register (another register's backup in the
    folder has cases with the same references) still holds one of these cases with a
    requester's name (a backup of any schema: an old one has no ``anonymised_on``)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        found = conn.execute("SELECT value FROM setting WHERE key = 'register.id'").fetchone()
        if found is None or found[0] != json.dumps(register_id):
            return False
        for case_id, reference in cases:
            row = conn.execute(
                'SELECT requester_name FROM "case" WHERE id = ? AND reference = ?',
                (case_id, reference),
            ).fetchone()
            if row is not None and row[0]:
                return True
        return False
    finally:
        conn.close()


def _settle_wal(path: Path) -> None:
    """Fold a register's write-ahead log into the file and empty it, before the file is
    replaced: a log left beside a new file would be played onto it."""
    if not path.exists():
        return
    conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise BackupError(
            "Het register is nog in gebruik door een ander programma; sluit het en probeer "
            "opnieuw. Er werd niets teruggezet."
        )
    _discard(wal)
    _discard(path.with_name(path.name + "-shm"))


class BackupService:
    def __init__(
        self, ctx: ServiceContext, register: OpenedRegister, settings: SettingsService
    ) -> None:
        self._ctx = ctx
        self._register = register
        self._settings = settings

    @property
    def register_path(self) -> Path:
        if self._register.path is None:
            raise BackupError(PG_DUMP_ADVICE)
        return self._register.path

    def folder(self) -> Path:
        configured = self._settings.current().backup_folder.strip()
        return Path(configured) if configured else self.register_path.parent / "backups"

    def _new_file(self, prefix: str) -> Path:
        """A fresh, sortable name in the backup folder (no characters Windows refuses)."""
        base = prefix + self._ctx.now().astimezone().strftime("%Y-%m-%dT%H%M%S")
        folder = self.folder()
        # Above every number of this second, not the first free one: a name freed by
        # rotation must not come back, or the newest copy would sort as the oldest.
        taken = [n for stem, n in map(_made_order, folder.glob(base + "*.sqlite")) if stem == base]
        if not taken:
            return folder / f"{base}.sqlite"
        return folder / f"{base}-{max(taken) + 1}.sqlite"

    def backup_to(
        self,
        target: Path,
        *,
        overwrite: bool = False,
        reason: str = "handmatig",
        details: dict[str, Any] | None = None,
    ) -> BackupInfo:
        """A checked copy of the register at ``target``.

        The audit event is written once the copy is in place, so the trail never claims a
        backup that failed; the copy therefore does not hold its own event. ``details`` are
        added to that event.
        """
        if self._register.path is None:  # a server: PostgreSQL's pg_dump makes the copy
            dumped = dump_server(self._ctx, self._register, target.expanduser())
            return BackupInfo(dumped.path, dumped.size, dumped.sha256)
        source = self.register_path
        target = target.expanduser()
        if target.resolve() == source.resolve():
            raise BackupError("Een back-up kan niet over het register zelf geschreven worden.")
        if target.exists() and not overwrite:
            raise BackupError("{target} bestaat al; kies een andere naam.", target=str(target))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(
                "De map {folder} kan niet aangemaakt worden: {reason}.",
                folder=str(target.parent),
                reason=os_reason(exc),
            ) from exc
        partial = target.with_name(target.name + PART_SUFFIX)
        witness_path = target.with_name(target.name + WITNESS_SUFFIX)
        self._remember_partial(partial)
        try:
            _copy_database(source, partial)
            inspect_register_file(partial)
            witness = _witness_of(partial)
            write_witness(
                target,
                Witness(
                    witness.event_id,
                    witness.hash,
                    witness.register_id,
                    self._ctx.now().isoformat(timespec="seconds"),
                ),
            )
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            _discard(partial)
            _discard(witness_path)
            raise BackupError(
                "De back-up naar {target} is mislukt: {reason}.", target=str(target), reason=exc
            ) from exc
        except BaseException:
            _discard(partial)
            _discard(witness_path)
            raise
        finally:
            self._forget_partial(partial)
        try:
            with self._ctx.transaction() as session:
                audit.record(
                    session,
                    self._ctx,
                    AuditAction.REGISTER_BACKUP,
                    file=target.name,
                    reason=reason,
                    # Where it is, so a later purge can reach it (SPEC §8).
                    path=str(target.resolve()),
                    **(details or {}),
                )
        except BaseException:
            # A copy of the register that the trail does not account for must not stay.
            _discard(target)
            _discard(witness_path)
            raise
        return BackupInfo(target, target.stat().st_size, _sha256(target))

    # -- copies killed half-way ------------------------------------------------------------

    def _pending_file(self) -> Path | None:
        path = self._register.path
        return None if path is None else path.with_name(path.name + PENDING_SUFFIX)

    def _pending(self) -> list[Path]:
        pending = self._pending_file()
        if pending is None or not pending.exists():
            return []
        try:
            lines = pending.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return []
        return [Path(line) for line in lines if line.strip()]

    def _write_pending(self, paths: list[Path]) -> None:
        pending = self._pending_file()
        if pending is None:
            return
        with contextlib.suppress(OSError):
            if paths:
                pending.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
            else:
                pending.unlink(missing_ok=True)

    def _remember_partial(self, partial: Path) -> None:
        self._write_pending([*self._pending(), partial.resolve()])

    def _forget_partial(self, partial: Path) -> None:
        resolved = partial.resolve()
        self._write_pending([p for p in self._pending() if p != resolved])

    def clean_leftovers(self) -> list[Path]:
        """At start: remove the half-written copies a killed backup or restore left (they
        hold requesters' names), wherever they were being written."""
        live = self._register.path
        if live is None:
            return []
        candidates = set(self._pending())
        candidates.update(live.parent.glob(f"{live.name}.*{PART_SUFFIX}"))
        with contextlib.suppress(OSError, BackupError):
            folder = self.folder()
            if folder.is_dir():
                candidates.update(folder.glob(f"*{PART_SUFFIX}"))
        removed: list[Path] = []
        for path in sorted(candidates):
            if not path.name.endswith(PART_SUFFIX):
                continue  # the list names only partial copies; never anything else
            existed = path.exists()
            _discard_database(path)
            if existed and not path.exists():
                removed.append(path)
        self._write_pending([p for p in self._pending() if p.exists()])
        if removed:
            _log.warning("Removed %d half-written copies: %s", len(removed), removed)
        return removed

    def backups(self) -> list[Path]:
        return self._made_here(AUTOMATIC_PREFIX)

    def safety_backups(self) -> list[Path]:
        """The copies taken before each restore, oldest first."""
        return self._made_here(SAFETY_PREFIX)

    def _made_here(self, prefix: str) -> list[Path]:
        folder = self.folder()
        if not folder.is_dir():
            return []
        return sorted(folder.glob(f"{prefix}*.sqlite"), key=_made_order)

    def _rotate(self, prefix: str, keep: int, *, spare: Path | None = None) -> None:
        for old in self._made_here(prefix)[:-keep]:
            if spare is not None and old.resolve() == spare.resolve():
                continue
            _remove_backup(old)

    def _unchanged_since(self, backup: Path) -> bool:
        """Whether the register's newest event is the one that recorded ``backup``.

        Every change the services make writes an event, so this says nothing changed
        since; the files' times cannot, as recording the backup itself writes to them.
        """
        with self._ctx.reading() as session:
            last = session.exec(
                select(AuditEventRow).order_by(col(AuditEventRow.id).desc()).limit(1)
            ).first()
        if last is None or last.action != AuditAction.REGISTER_BACKUP:
            return False
        details: dict[str, object] = json.loads(last.details)
        return details.get("file") == backup.name and details.get("reason") == "automatisch"

    def automatic_backup(self) -> BackupInfo | None:
        """On startup: a copy into the backup folder unless today's copy is still current,
        then keep the newest copies within both the count and the size budget (settings).

        The copies stay whole, plain register files: a purge or a retention run reaches
        into each (scrub_purged, scrub_anonymised) and restore reads one as it is, which an
        incremental or compressed chain would not allow without unpacking every link. What
        the officer gets instead is a visible budget; the copies it removes are named in
        the new copy's trail event (``over_budget``), before they are removed.
        """
        if self._register.path is None:
            return None  # a server's backups are the administrator's (pg_dump, see README)
        existing = self.backups()
        if existing:
            newest = existing[-1]
            today = self._ctx.now().astimezone().strftime("%Y-%m-%d")
            if newest.name.startswith(AUTOMATIC_PREFIX + today) and self._unchanged_since(newest):
                return None
        settings = self._settings.current()
        budget = max(1, settings.backup_budget_gb) * GB
        rotated, over_budget = _rotation(
            [(path, _held(path)) for path in existing],
            new_size=_database_size(self.register_path),
            keep=max(1, settings.backup_count),
            budget=budget,
        )
        details: dict[str, Any] = {}
        if over_budget:
            details = {
                "over_budget": [path.name for path in over_budget],
                "budget_bytes": budget,
            }
        info = self.backup_to(
            self._new_file(AUTOMATIC_PREFIX), reason="automatisch", details=details
        )
        for old in (*rotated, *over_budget):
            _remove_backup(old)
        return info

    def held(self) -> tuple[int, int] | None:
        """How many automatic backups the folder holds now, and their bytes (with the
        witnesses beside them): what the size budget is measured against. None for a
        server, whose backups are the administrator's."""
        if self._register.path is None:
            return None
        copies = self.backups()
        return len(copies), sum(_held(path) for path in copies)

    def _issued_numbers(self) -> dict[int, int]:
        """Per year, the highest case number handed out: the counter, or a case beyond it."""
        with self._ctx.reading() as session:
            issued = {
                row.year: row.last_number for row in session.exec(select(ReferenceCounterRow))
            }
            for year, highest in session.exec(
                select(CaseRow.year, func.max(CaseRow.number)).group_by(col(CaseRow.year))
            ):
                issued[year] = max(issued.get(year, 0), highest or 0)
        return issued

    # -- a purge reaches the backups ------------------------------------------------------

    def known_backups(self) -> list[Path]:
        """Every backup the program made or knows of: the backup folder, and each copy
        the trail says was made (by hand, anywhere)."""
        live = self.register_path.resolve()
        found: set[Path] = set()
        folder = self.folder()
        if folder.is_dir():
            found.update(p.resolve() for p in folder.glob("*.sqlite"))
        with self._ctx.reading() as session:
            rows = session.connection().execute(
                text(
                    "SELECT action, details FROM audit_event "
                    "WHERE action IN ('register.backup', 'register.restored')"
                )
            )
            for action, details_text in rows:
                with contextlib.suppress(ValueError, AttributeError, TypeError):
                    details = json.loads(details_text)
                    if action == "register.restored":
                        # A restored trail does not know the copies made after it; the
                        # restore event carries them over.
                        found.update(Path(p).resolve() for p in details.get("known_backups", []))
                        continue
                    where = details.get("path") or str(folder / details.get("file", ""))
                    found.add(Path(where).resolve())
        return sorted(p for p in found if p != live and p.is_file())

    def scrub_purged(self, case_id: int, sha256s: list[str]) -> None:
        """After a purge: delete the same ID copies from every known backup, and write in
        the trail which backups it reached and which not (a drive not plugged in)."""
        if self._register.path is None or not sha256s:
            return
        purged = [(case_id, sha) for sha in sha256s]
        reached: list[str] = []
        unreachable: list[str] = []
        for path in self.known_backups():
            try:
                if _scrub_file(path, purged):
                    reached.append(str(path))
            except (OSError, sqlite3.Error) as exc:
                _log.warning("Could not scrub purged ID copies from %s: %s", path, exc)
                unreachable.append(str(path))
        if not reached and not unreachable:
            return  # no backup held them
        with self._ctx.transaction() as session:
            case = session.get(CaseRow, case_id)
            audit.record(
                session,
                self._ctx,
                AuditAction.IDENTITY_PURGE_REACHED_BACKUPS,
                case_id=case_id,
                case_reference=case.reference if case else "",
                backups_scrubbed=reached,
                backups_unreachable=unreachable,
            )

    def scrub_anonymised(self, cases: list[tuple[int, str]]) -> None:
        """After a retention run: delete the same cases' personal data, documents and the
        person's data in their events from every known backup (as retention did in the
        register, each backup's trail still verifying), and write in the trail which
        backups it reached and which not."""
        if self._register.path is None or not cases:
            return
        with self._ctx.reading() as session:
            register_id = audit.register_id(session)
        reached: list[str] = []
        unreachable: list[str] = []
        for path in self.known_backups():
            try:
                if self._anonymise_in_backup(path, register_id, cases):
                    reached.append(str(path))
            except (OSError, sqlite3.Error, RegisterError, SQLAlchemyError) as exc:
                _log.warning("Could not remove retained cases from %s: %s", path, exc)
                unreachable.append(str(path))
        if not reached and not unreachable:
            return  # no backup held them
        with self._ctx.transaction() as session:
            for case_id, reference in cases:
                audit.record(
                    session,
                    self._ctx,
                    AuditAction.RETENTION_REACHED_BACKUPS,
                    case_id=case_id,
                    case_reference=reference,
                    backups_scrubbed=reached,
                    backups_unreachable=unreachable,
                )

    def _open_copy(self, path: Path) -> tuple[OpenedRegister, ServiceContext]:
        """Another file of this register (a backup, a restore under way), written to by the
        same person, clock and audit key as the register itself."""
        opened = open_register(path, create=False)
        return opened, ServiceContext(
            engine=opened.engine,
            actor=self._ctx.actor,
            now=self._ctx.now,
            audit_key=self._ctx.audit_key,
        )

    def _anonymise_in_backup(
        self, path: Path, register_id: str, cases: list[tuple[int, str]]
    ) -> bool:
        """Whether the backup held one of the cases not yet anonymised, now anonymised."""
        inspect_register_file(path)
        if not _holds_cases(path, register_id, cases):
            return False  # not opened, so not migrated: nothing to do in it
        opened, ctx = self._open_copy(path)
        try:
            with ctx.transaction() as session:
                if audit.needs_seal(session, ctx):
                    audit.seal(session, ctx, reason="back-up niet met deze sleutel")
                done = reapply_anonymisations(
                    session,
                    ctx,
                    [(case_id, reference, ctx.now().isoformat()) for case_id, reference in cases],
                    reason="uit deze back-up verwijderd na de bewaartermijn",
                )
        finally:
            opened.engine.dispose()
        # Back to one self-contained file, as every backup is (the log folded in, removed).
        conn = sqlite3.connect(path, isolation_level=None, timeout=5)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
        return bool(done)

    # -- restore ---------------------------------------------------------------------------

    @staticmethod
    def _purges(session: Session) -> list[dict[str, object]]:
        """The purges the trail records: case, names, hashes, when."""
        found: list[dict[str, object]] = []
        rows = session.connection().execute(
            text(
                "SELECT case_id, case_reference, at, details FROM audit_event "
                "WHERE action = :action ORDER BY id"
            ),
            {"action": PURGE_ACTION},
        )
        for case_id, reference, at, details_text in rows:
            try:
                details = json.loads(details_text)
                files = [str(f) for f in details.get("files", [])]
                shas = [str(h) for h in details.get("sha256", [])]
            except (ValueError, AttributeError, TypeError):
                continue
            found.append(
                {"case_id": case_id, "reference": reference, "at": at, "files": files, "sha": shas}
            )
        return found

    def _reapply_purges(
        self, session: Session, ctx: ServiceContext, purges: list[dict[str, object]]
    ) -> list[str]:
        """Purges made after the backup: gone again, and written in the restored trail."""
        already = {
            (p["case_id"], sha)
            for p in self._purges(session)
            for sha in p["sha"]  # type: ignore[attr-defined]
        }
        reapplied: list[str] = []
        for purge in purges:
            case_id = purge["case_id"]
            pairs = [
                (name, sha)
                for name, sha in zip(purge["files"], purge["sha"], strict=False)  # type: ignore[call-overload]
                if (case_id, sha) not in already
            ]
            if not pairs:
                continue
            shas = [sha for _name, sha in pairs]
            rows = session.exec(
                select(AttachmentRow).where(
                    AttachmentRow.case_id == case_id, col(AttachmentRow.sha256).in_(shas)
                )
            ).all()
            for row in rows:
                for child in session.exec(
                    select(AttachmentRow).where(AttachmentRow.parent_id == row.id)
                ).all():
                    child.parent_id = None
                    session.add(child)
                blob = session.get(AttachmentBlobRow, row.id)
                if blob is not None:
                    session.delete(blob)
                session.flush()
                session.delete(row)
                session.flush()
            case = session.get(CaseRow, case_id)
            if case is not None and case.id_copies_purged_at is None:
                case.id_copies_purged_at = ctx.now()
                session.add(case)
            audit.record(
                session,
                ctx,
                PURGE_ACTION,
                case_id=case_id,  # type: ignore[arg-type]
                case_reference=str(purge["reference"]),
                count=len(pairs),
                files=[name for name, _sha in pairs],
                sha256=shas,
                reason=f"opnieuw toegepast na terugzetten (gewist op {str(purge['at'])[:10]})",
            )
            reapplied.append(str(purge["reference"]))
        return reapplied

    def restore_from(self, source: Path) -> Path:
        """Replace the register's content with a backup's. The current state is backed up
        first (returned), so a restore can itself be undone.

        The backup is prepared in a copy beside the register — schema, the reference
        high-water mark, the purges made since, the trail event — and only then swapped in
        with one atomic rename: a crash leaves either the old register or the restored one
        with its event and counters, never the copy without them.
        """
        live = self.register_path
        source = source.expanduser()
        if source.resolve() == live.resolve():
            raise BackupError("Dit is het register zelf, geen back-up.")
        inspect_register_file(source)
        # References already issued may be on letters; the restored counter must not hand
        # them out again (SPEC §3), so remember how far each year got.
        issued = self._issued_numbers()
        with self._ctx.transaction() as session:
            purges = self._purges(session)
            anonymised = anonymised_cases(session)
            register_id = audit.register_id(session)
        safety = self.backup_to(self._new_file(SAFETY_PREFIX), reason="voor terugzetten").path
        known = [str(path) for path in self.known_backups()]
        partial = live.with_name(live.name + ".restore" + PART_SUFFIX)
        self._remember_partial(partial)
        try:
            _discard_database(partial)
            _copy_database(source, partial, source_read_only=True)
            self._prepare(partial, source, safety, issued, purges, register_id, known, anonymised)
            self._ctx.engine.dispose()
            _settle_wal(live)
            os.replace(partial, live)
        except (OSError, sqlite3.Error, RegisterError) as exc:
            _discard_database(partial)
            detail = exc.message if isinstance(exc, RegisterError) else str(exc)
            raise BackupError(
                "Terugzetten is mislukt ({detail}); het register is ongewijzigd. De toestand "
                "van vóór de poging staat ook in {safety}.",
                detail=detail,
                safety=str(safety),
            ) from exc
        except BaseException:
            _discard_database(partial)
            raise
        finally:
            self._forget_partial(partial)
            self._ctx.engine.dispose()
        self._rotate(SAFETY_PREFIX, SAFETY_KEEP, spare=source)
        return safety

    def _prepare(
        self,
        partial: Path,
        source: Path,
        safety: Path,
        issued: dict[int, int],
        purges: list[dict[str, object]],
        register_id: str,
        known: list[str],
        anonymised: list[tuple[int, str, str]],
    ) -> None:
        opened, ctx = self._open_copy(partial)  # brings an older backup's schema up
        try:
            with ctx.transaction() as session:
                # It is this register's content again: same id, so the same key signs on.
                audit.set_register_id(session, register_id)
                if audit.needs_seal(session, ctx):
                    audit.seal(session, ctx, reason="teruggezette back-up niet met deze sleutel")
                kept: list[dict[str, object]] = []
                for year, last_issued in sorted(issued.items()):
                    counter = session.get(ReferenceCounterRow, year) or ReferenceCounterRow(
                        year=year
                    )
                    if counter.last_number >= last_issued:
                        continue
                    kept.append(
                        {
                            "year": year,
                            "restored_last_number": counter.last_number,
                            "last_number": last_issued,
                            "next_reference": format_reference(year, last_issued + 1),
                        }
                    )
                    counter.last_number = last_issued
                    session.add(counter)
                reapplied = self._reapply_purges(session, ctx, purges)
                # Cases deleted by retention since the backup are deleted again, with
                # their events redacted (services/retention.py).
                retention_again = reapply_anonymisations(session, ctx, anonymised)
                audit.record(
                    session,
                    ctx,
                    AuditAction.REGISTER_RESTORED,
                    source=source.name,
                    safety_backup=str(safety),
                    reference_counters_kept=kept,
                    purges_reapplied=reapplied,
                    retention_reapplied=retention_again,
                    known_backups=known,
                )
        finally:
            opened.engine.dispose()
        _settle_wal(partial)
