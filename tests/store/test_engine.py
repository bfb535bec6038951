"""A register that cannot be used safely is refused with a sentence, and left untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import privacydesk.store.models  # noqa: F401
from privacydesk.store import engine, register_file
from privacydesk.store.engine import head_revision, open_register
from privacydesk.store.errors import (
    RegisterCorruptError,
    RegisterLockedError,
    RegisterReadOnlyError,
    RegisterTooNewError,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def existing_register(register_path: Path) -> Iterator[Path]:
    opened = open_register(register_path)
    opened.engine.dispose()
    yield register_path


def test_a_new_register_is_created_with_safe_settings(register_path: Path) -> None:
    opened = open_register(register_path)
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    opened.engine.dispose()
    assert opened.schema_version == head_revision()


def test_the_migrations_build_exactly_the_tables_the_code_expects(register_path: Path) -> None:
    opened = open_register(register_path)
    with opened.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    opened.engine.dispose()
    assert diff == []


def test_the_schema_versions_read_without_alembic_are_alembics_own() -> None:
    """Opening skips alembic when the register is at the head: the head and the known
    revisions read from the scripts must be what alembic itself finds in them."""
    scripts = ScriptDirectory.from_config(engine._alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert register_file.known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
    for rev in scripts.walk_revisions():
        assert register_file.revisions()[rev.revision] == rev.down_revision


def test_a_file_that_is_not_a_register_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"This is a Word document, not a register." * 100)
    before = _digest(path)
    with pytest.raises(RegisterCorruptError, match="geen PrivacyDesk-register"):
        open_register(path)
    assert _digest(path) == before


def test_a_damaged_register_is_refused_and_left_alone(existing_register: Path) -> None:
    data = bytearray(existing_register.read_bytes())
    # Keep the header, wreck the schema page: what a half-copied file looks like.
    data[100:4096] = b"\xff" * (4096 - 100)
    existing_register.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(existing_register) + suffix).unlink(missing_ok=True)
    before = _digest(existing_register)
    with pytest.raises(RegisterCorruptError, match="beschadigd"):
        open_register(existing_register)
    assert _digest(existing_register) == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(RegisterCorruptError, match="geen PrivacyDesk-register"):
        open_register(path)
    assert _digest(path) == before


def test_a_register_from_a_newer_version_is_refused_and_left_alone(
    existing_register: Path,
) -> None:
    conn = sqlite3.connect(existing_register)
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    before = _digest(existing_register)
    with pytest.raises(RegisterTooNewError, match="nieuwere versie"):
        open_register(existing_register)
    assert _digest(existing_register) == before


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root and Windows ignore file modes"
)
def test_a_read_only_register_is_refused_and_left_alone(existing_register: Path) -> None:
    existing_register.chmod(stat.S_IRUSR)
    try:
        before = _digest(existing_register)
        with pytest.raises(RegisterReadOnlyError, match="alleen-lezen"):
            open_register(existing_register)
        assert _digest(existing_register) == before
    finally:
        existing_register.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_register_is_refused_even_for_an_administrator(
    existing_register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root ignores file modes, so ask the operating system's answer the way Windows gives it.
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: (
            False if mode == os.W_OK and Path(p) == existing_register else real_access(p, mode)
        ),
    )
    with pytest.raises(RegisterReadOnlyError):
        open_register(existing_register)


def test_a_register_locked_by_a_colleague_is_refused_not_waited_on_forever(
    existing_register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("privacydesk.store.register_file.BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(existing_register, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(RegisterLockedError, match="in gebruik"):
            open_register(existing_register)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # Once the colleague is done, it opens normally.
    open_register(existing_register).engine.dispose()


def test_a_network_path_opens_without_wal(
    monkeypatch: pytest.MonkeyPatch, register_path: Path
) -> None:
    monkeypatch.setattr("privacydesk.store.engine.is_network_path", lambda _path: True)
    opened = open_register(register_path)
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    opened.engine.dispose()
    assert opened.network_path and not opened.wal


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("\\\\fileserver\\privacy\\register.sqlite", True),
        ("//nas/share/r.sqlite", True),
        ("C:\\Users\\dpo\\register.sqlite", False),
        ("/home/dpo/register.sqlite", False),
    ],
)
def test_unc_paths_are_recognised_as_network_paths(path: str, network: bool) -> None:
    from privacydesk.store.engine import is_network_path

    assert is_network_path(Path(path)) is network
