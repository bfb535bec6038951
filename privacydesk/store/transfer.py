"""Copying a whole register into an empty server database, and proving the copy is exact.

Rows keep their ids (audit events are hashed with theirs, letters are referred to by them),
every table in the order its foreign keys need, in one transaction on the server.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text
from sqlmodel import SQLModel

import privacydesk.store.models  # noqa: F401  (registers the tables on the metadata)
from privacydesk.store.server import WRITER_LOCK_KEY

BATCH = 200  # rows per insert: documents can be several megabytes each


def register_tables() -> list[Table]:
    return list(SQLModel.metadata.sorted_tables)


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def row_counts(conn: Connection) -> dict[str, int]:
    return {
        table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for table in register_tables()
    }


def _canonical(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def table_digests(engine: Engine) -> dict[str, tuple[int, str]]:
    """Per table: the number of rows and a SHA-256 over every value of every row, in id order."""
    digests: dict[str, tuple[int, str]] = {}
    with engine.connect() as conn:
        for table in register_tables():
            digest = hashlib.sha256()
            count = 0
            for row in conn.execute(_ordered(table)):
                values = [_canonical(value) for value in row]
                digest.update(json.dumps(values, ensure_ascii=False, default=str).encode())
                digest.update(b"\n")
                count += 1
            digests[table.name] = (count, digest.hexdigest())
    return digests


def copy_register(source: Engine, target: Engine) -> dict[str, int]:
    """Copy every row of every table; the target must be empty. Returns rows per table."""
    copied: dict[str, int] = {}
    with source.connect() as reading, target.begin() as writing:
        if writing.dialect.name == "postgresql":
            writing.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
        for table in register_tables():
            count = 0
            result = reading.execution_options(stream_results=True).execute(_ordered(table))
            for batch in result.partitions(BATCH):
                writing.execute(table.insert(), [dict(row._mapping) for row in batch])
                count += len(batch)
            copied[table.name] = count
        if writing.dialect.name == "postgresql":
            _advance_sequences(writing)
    return copied


def _advance_sequences(conn: Connection) -> None:
    """New rows on the server continue after the copied ids."""
    for table in register_tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        quoted = conn.dialect.identifier_preparer.format_table(table)
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": quoted}
        ).scalar()
        if sequence:
            conn.execute(
                text(
                    f"SELECT setval(:seq, (SELECT COALESCE(MAX(id), 0) + 1 FROM {quoted}), false)"
                ),
                {"seq": sequence},
            )
