"""Backups of the register: automatic on startup (rotated), by hand, and restoring one.

Copies are made with SQLite's online backup API, so they are consistent even while the
program is using the register, and each copy is checked before it counts as a backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func
from sqlmodel import col, select

from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.case import format_reference
from privacydesk.core.errors import UserFacingError
from privacydesk.services import audit
from privacydesk.services.context import ServiceContext
from privacydesk.services.settings import SettingsService
from privacydesk.store.engine import OpenedRegister, inspect_register_file, upgrade
from privacydesk.store.models import AuditEventRow, CaseRow, ReferenceCounterRow

AUTOMATIC_PREFIX = "register-"
SAFETY_PREFIX = "voor-terugzetten-"
# A safety backup only serves to undo a restore, so the newest few are enough; older ones
# would keep ID copies that were purged since (SPEC §5) for as long as they lie around.
SAFETY_KEEP = 3


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
            raise BackupError(
                "Dit register staat op een databankserver; back-ups zijn daar de taak van de "
                "server (bv. pg_dump)."
            )
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
        self, target: Path, *, overwrite: bool = False, reason: str = "handmatig"
    ) -> BackupInfo:
        """A checked copy of the register at ``target``.

        The audit event is written once the copy is in place, so the trail never claims a
        backup that failed; the copy therefore does not hold its own event.
        """
        source = self.register_path
        target = target.expanduser()
        if target.resolve() == source.resolve():
            raise BackupError("Een back-up kan niet over het register zelf geschreven worden.")
        if target.exists() and not overwrite:
            raise BackupError(f"{target} bestaat al; kies een andere naam.")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(
                f"De map {target.parent} kan niet aangemaakt worden: {exc.strerror}."
            ) from exc
        partial = target.with_name(target.name + ".part")
        try:
            _copy_database(source, partial)
            inspect_register_file(partial)
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            _discard(partial)
            raise BackupError(f"De back-up naar {target} is mislukt: {exc}.") from exc
        except BaseException:
            _discard(partial)
            raise
        try:
            with self._ctx.transaction() as session:
                audit.record(
                    session, self._ctx, AuditAction.REGISTER_BACKUP, file=target.name, reason=reason
                )
        except BaseException:
            # A copy of the register that the trail does not account for must not stay.
            _discard(target)
            raise
        return BackupInfo(target, target.stat().st_size, _sha256(target))

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
            # A backup open in another program stays; it goes next time.
            with contextlib.suppress(OSError):
                old.unlink()

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
        then keep only the newest N (setting)."""
        existing = self.backups()
        if existing:
            newest = existing[-1]
            today = self._ctx.now().astimezone().strftime("%Y-%m-%d")
            if newest.name.startswith(AUTOMATIC_PREFIX + today) and self._unchanged_since(newest):
                return None
        info = self.backup_to(self._new_file(AUTOMATIC_PREFIX), reason="automatisch")
        self._rotate(AUTOMATIC_PREFIX, max(1, self._settings.current().backup_count))
        return info

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

    def restore_from(self, source: Path) -> Path:
        """Replace the register's content with a backup's. The current state is backed up
        first (returned), so a restore can itself be undone."""
        live = self.register_path
        source = source.expanduser()
        if source.resolve() == live.resolve():
            raise BackupError("Dit is het register zelf, geen back-up.")
        inspect_register_file(source)
        # References already issued may be on letters; the restored counter must not hand
        # them out again (SPEC §3), so remember how far each year got.
        issued = self._issued_numbers()
        safety = self.backup_to(self._new_file(SAFETY_PREFIX), reason="voor terugzetten").path
        engine = self._ctx.engine
        engine.dispose()
        try:
            _copy_database(source, live, source_read_only=True)
        except sqlite3.Error as exc:
            raise BackupError(
                f"Terugzetten is mislukt ({exc}); het register is ongewijzigd of kan "
                f"hersteld worden uit {safety}."
            ) from exc
        engine.dispose()
        with engine.connect() as conn:
            conn.exec_driver_sql(
                "PRAGMA journal_mode=WAL" if self._register.wal else "PRAGMA journal_mode=DELETE"
            )
        upgrade(engine)
        with self._ctx.transaction() as session:
            kept: list[dict[str, object]] = []
            for year, last_issued in sorted(issued.items()):
                counter = session.get(ReferenceCounterRow, year) or ReferenceCounterRow(year=year)
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
            audit.record(
                session,
                self._ctx,
                AuditAction.REGISTER_RESTORED,
                source=source.name,
                safety_backup=str(safety),
                reference_counters_kept=kept,
            )
        self._rotate(SAFETY_PREFIX, SAFETY_KEEP, spare=source)
        return safety
