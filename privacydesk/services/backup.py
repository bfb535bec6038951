"""Backups of the register: automatic on startup (rotated), by hand, and restoring one.

Copies are made with SQLite's online backup API, so they are consistent even while the
program is using the register, and each copy is checked before it counts as a backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from privacydesk.core.errors import UserFacingError
from privacydesk.services import audit
from privacydesk.services.cases import CaseService
from privacydesk.services.context import ServiceContext
from privacydesk.store.engine import OpenedRegister, inspect_register_file, upgrade

AUTOMATIC_PREFIX = "register-"
SAFETY_PREFIX = "voor-terugzetten-"


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


class BackupService:
    def __init__(self, ctx: ServiceContext, register: OpenedRegister, cases: CaseService) -> None:
        self._ctx = ctx
        self._register = register
        self._cases = cases

    @property
    def register_path(self) -> Path:
        if self._register.path is None:
            raise BackupError(
                "Dit register staat op een databankserver; back-ups zijn daar de taak van de "
                "server (bv. pg_dump)."
            )
        return self._register.path

    def folder(self) -> Path:
        configured = self._cases.settings.backup_folder.strip()
        return Path(configured) if configured else self.register_path.parent / "backups"

    def _new_file(self, prefix: str) -> Path:
        """A fresh, sortable name in the backup folder (no characters Windows refuses)."""
        stamp = self._ctx.now().astimezone().strftime("%Y-%m-%dT%H%M%S")
        candidate = self.folder() / f"{prefix}{stamp}.sqlite"
        number = 2
        while candidate.exists():
            candidate = self.folder() / f"{prefix}{stamp}-{number}.sqlite"
            number += 1
        return candidate

    def backup_to(
        self, target: Path, *, overwrite: bool = False, reason: str = "handmatig"
    ) -> BackupInfo:
        """A checked copy of the register at ``target``.

        The audit event is written first, so the backup itself shows that it was made.
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
        with self._ctx.transaction() as session:
            audit.record(session, self._ctx, "register.backup", file=target.name, reason=reason)
        partial = target.with_name(target.name + ".part")
        try:
            _copy_database(source, partial)
            inspect_register_file(partial)
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            raise BackupError(f"De back-up naar {target} is mislukt: {exc}.") from exc
        except UserFacingError:
            partial.unlink(missing_ok=True)
            raise
        return BackupInfo(target, target.stat().st_size, _sha256(target))

    def backups(self) -> list[Path]:
        folder = self.folder()
        if not folder.is_dir():
            return []
        return sorted(folder.glob(f"{AUTOMATIC_PREFIX}*.sqlite"))

    def automatic_backup(self) -> BackupInfo | None:
        """On startup: a copy into the backup folder unless today's copy is still current,
        then keep only the newest N (setting)."""
        source = self.register_path
        existing = self.backups()
        if existing:
            newest = existing[-1]
            today = self._ctx.now().astimezone().strftime("%Y-%m-%d")
            changed = max(
                (p.stat().st_mtime for p in (source, Path(str(source) + "-wal")) if p.exists()),
                default=0.0,
            )
            if (
                newest.name.startswith(AUTOMATIC_PREFIX + today)
                and newest.stat().st_mtime >= changed
            ):
                return None
        info = self.backup_to(self._new_file(AUTOMATIC_PREFIX), reason="automatisch")
        keep = max(1, self._cases.settings.backup_count)
        for old in self.backups()[:-keep]:
            # A backup open in another program stays; it goes next time.
            with contextlib.suppress(OSError):
                old.unlink()
        return info

    def restore_from(self, source: Path) -> Path:
        """Replace the register's content with a backup's. The current state is backed up
        first (returned), so a restore can itself be undone."""
        live = self.register_path
        source = source.expanduser()
        if source.resolve() == live.resolve():
            raise BackupError("Dit is het register zelf, geen back-up.")
        inspect_register_file(source)
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
            audit.record(
                session,
                self._ctx,
                "register.restored",
                source=source.name,
                safety_backup=str(safety),
            )
        return safety
