"""A purge is made durable in the register file: the write-ahead log is emptied into it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from privacydesk.store.durability import make_purge_durable
from privacydesk.store.engine import open_register


def _wal(path: Path) -> Path:
    return Path(str(path) + "-wal")


def test_the_log_is_folded_into_the_file_and_emptied(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    register = open_register(path)
    try:
        with register.engine.begin() as conn:
            conn.execute(text("INSERT INTO setting (key, value) VALUES ('x', '\"y\"')"))
        assert _wal(path).stat().st_size > 0
        assert make_purge_durable(register.engine)
        assert _wal(path).stat().st_size == 0
    finally:
        register.engine.dispose()


def test_a_reader_on_an_older_snapshot_keeps_it_from_finishing(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    register = open_register(path)
    colleague = sqlite3.connect(path, isolation_level=None)
    try:
        colleague.execute("BEGIN")
        colleague.execute("SELECT count(*) FROM setting").fetchone()
        with register.engine.begin() as conn:
            conn.execute(text("INSERT INTO setting (key, value) VALUES ('x', '\"y\"')"))
        assert not make_purge_durable(register.engine)
        colleague.execute("COMMIT")
        assert make_purge_durable(register.engine)
    finally:
        colleague.close()
        register.engine.dispose()
