"""Making a removal final in the database files themselves, not only in the tables.

The services speak of "make the purge durable"; how that is done depends on the store:
SQLite zeroes freed pages (``secure_delete``) but the write-ahead log may still hold old
copies of them, so the log is folded into the file and truncated; on a server the
documents table is rewritten without the purged bytes.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Engine

from privacydesk.store import register_file
from privacydesk.store.server import is_server, rewrite_documents

# A checkpoint waits for readers of older snapshots; a colleague's open window may keep one
# for minutes, so try briefly rather than hold up the officer for the full busy timeout.
CHECKPOINT_ATTEMPTS = 3
CHECKPOINT_WAIT_MS = 200


def make_purge_durable(engine: Engine) -> bool:
    """Whether the removed data has left the database files; false when another reader
    kept that from finishing (it then goes with a later checkpoint)."""
    if is_server(engine):
        return rewrite_documents(engine)
    return _checkpoint(engine)


def _checkpoint(engine: Engine) -> bool:
    """Whether the write-ahead log could be folded into the file and emptied."""
    raw = engine.raw_connection()
    try:
        # Outside any transaction (the connection is in autocommit mode, see store.engine).
        conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        conn.execute(f"PRAGMA busy_timeout={CHECKPOINT_WAIT_MS}")
        try:
            for _attempt in range(CHECKPOINT_ATTEMPTS):
                try:
                    row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                except sqlite3.OperationalError:  # a writer holds the lock: try again
                    continue
                if row is not None and not row[0]:  # (busy, frames, copied)
                    return True
            return False
        finally:
            conn.execute(f"PRAGMA busy_timeout={register_file.BUSY_TIMEOUT_MS}")
    finally:
        raw.close()
