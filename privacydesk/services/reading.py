"""What the listings read: plain SQL on the driver's own connection, in one snapshot.

The listings (``cases``, ``due``, the export, the register table, the reminders) read whole
tables. They take a :class:`Reading`: a DB-API connection inside one read transaction, the
settings in force and the day. The window and a server register get one from the engine
(:func:`reading_of`); the command line reads a file register at the newest schema with the
standard library alone (:func:`open_file_reading`): importing SQLAlchemy costs more than
listing 100,000 cases (issue 17). The SQL here is written for SQLite and PostgreSQL alike,
and this module imports neither SQLAlchemy nor the ORM models.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacydesk.core.inquiries import Inquiry, InquiryKind
from privacydesk.core.retention import closed_on_or_before, delete_from, retention_over
from privacydesk.core.settings import Settings, settings_from_json
from privacydesk.core.workflow import Status
from privacydesk.store import register_file
from privacydesk.store.errors import RegisterCorruptError

if TYPE_CHECKING:
    from privacydesk.services.context import ServiceContext

SETTING_PREFIX = "pref."


@lru_cache(maxsize=8192)
def stored_day(value: Any) -> date | None:
    """A date as the driver hands it: text on SQLite, a date on a server; a few thousand
    distinct days in a register, so each is parsed once."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def sql_list(values: Iterable[int | str]) -> str:
    """``(1, 2)`` / ``('open', 'closed')`` for an ``IN``: ids and the program's own names,
    never text a person typed (quotes doubled all the same)."""
    parts = [
        str(int(value)) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"
        for value in values
    ]
    return "(" + (", ".join(parts) or "NULL") + ")"


def fetch(connection: Any, sql: str) -> list[Any]:
    cursor = connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


@dataclass
class Reading:
    """One snapshot of the register, and what a listing needs beside it."""

    connection: Any  # a DB-API 2 connection, inside a read transaction
    settings: Settings
    today: date
    # The damage check still running beside the listing (a file the command line reads):
    # waited for before the listing shows anything; it answers the damage found, or None.
    damage_check: Callable[[], BaseException | None] | None = field(default=None, repr=False)

    def rows(self, sql: str) -> list[Any]:
        return fetch(self.connection, sql)

    def stream(self, sql: str) -> Generator[Any, None, None]:
        """The rows one at a time, read as they are used (the register table)."""
        cursor = self.connection.cursor()
        try:
            cursor.execute(sql)
            yield from cursor
        finally:
            cursor.close()

    def before_output(self) -> None:
        """Raise if the register turned out damaged: a listing calls this before it prints
        or writes anything, so nothing read from a damaged register leaves the program."""
        error = self.damage_check() if self.damage_check is not None else None
        if error is not None:
            raise error


@contextmanager
def driver_connection(ctx: ServiceContext) -> Iterator[Any]:
    """The engine's DB-API connection inside one read transaction (a snapshot, never the
    write lock)."""
    from privacydesk.store.engine import READER_OPTION

    with ctx.engine.connect() as conn:
        conn.execution_options(**{READER_OPTION: True})
        conn.begin()
        yield conn.connection


@contextmanager
def reading_of(
    ctx: ServiceContext, settings: Settings, today: date | None = None
) -> Iterator[Reading]:
    with driver_connection(ctx) as connection:
        yield Reading(connection, settings, today or ctx.today())


@contextmanager
def open_file_reading(path: Path, today: date) -> Iterator[Reading | None]:
    """A file register at the newest schema, read with the standard library alone; None when
    it must first be created or upgraded (the caller opens it the full way then).

    The same checks as opening it for work come first (a register, writable, whole, not
    locked by a writer), with the same sentences.
    """
    if not path.is_file() or path.stat().st_size == 0:
        yield None  # created on first use (the default register), or refused, the full way
        return
    register_file.check_sqlite_file(path, create=False)
    revision = register_file.probe_sqlite(path)
    if revision is None or revision != register_file.head_revision():
        yield None
        return
    connection = sqlite3.connect(
        path.resolve().as_uri() + "?mode=rw",
        uri=True,
        timeout=register_file.BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
    )
    try:
        connection.execute("PRAGMA query_only=ON")  # a listing never writes, whatever happens
        connection.execute("BEGIN")
        yield Reading(connection, stored_settings(connection), today)
    finally:
        connection.close()


def _stored_value(key: str, value: str) -> object:
    try:
        return json.loads(value)
    except ValueError as exc:  # a damaged register: say which setting, never a traceback
        raise RegisterCorruptError(
            "Het register is beschadigd: de instelling '{key}' is onleesbaar (geen "
            "geldige JSON). Er werd niets gewijzigd; zet een back-up terug of vraag hulp.",
            key=key,
        ) from exc


def stored_settings(connection: Any) -> Settings:
    """The officer's settings as stored in the register."""
    rows = fetch(
        connection,
        f"SELECT key, value FROM setting WHERE substr(key, 1, {len(SETTING_PREFIX)}) = "
        f"'{SETTING_PREFIX}'",
    )
    return settings_from_json(
        {key[len(SETTING_PREFIX) :]: _stored_value(key, value) for key, value in rows}
    )


def open_inquiries(connection: Any) -> list[tuple[Inquiry, str, str]]:
    """Unanswered inquiries that have a deadline, with their case's reference and name."""
    rows = fetch(
        connection,
        "SELECT i.id, i.case_id, i.kind, i.received_on, i.their_reference, i.deadline, "
        "i.answered_on, i.what_was_sent, c.reference, c.requester_name "
        'FROM inquiry i JOIN "case" c ON c.id = i.case_id '
        "WHERE i.answered_on IS NULL AND i.deadline IS NOT NULL ORDER BY i.id",
    )
    found = []
    for inquiry_id, case_id, kind, received, their, deadline, answered, sent, ref, name in rows:
        received_on = stored_day(received)
        assert received_on is not None
        inquiry = Inquiry(
            id=inquiry_id,
            case_id=case_id,
            kind=InquiryKind(kind),
            received_on=received_on,
            their_reference=their,
            deadline=stored_day(deadline),
            answered_on=stored_day(answered),
            what_was_sent=sent,
        )
        found.append((inquiry, ref, name))
    return found


@dataclass(frozen=True)
class RetentionDue:
    case_id: int
    reference: str
    requester_name: str
    closed_on: date
    delete_from: date


def retention_due(connection: Any, years: int, day: date) -> list[RetentionDue]:
    """Closed cases kept longer than the retention period, oldest first."""
    # Only the cases closed long enough ago are read (not every closed case of the
    # register, most of it), and only the columns the list shows.
    rows = fetch(
        connection,
        'SELECT id, reference, requester_name, closed_on FROM "case" '
        f"WHERE status = '{Status.CLOSED.value}' AND anonymised_on IS NULL "
        "AND closed_on IS NOT NULL "
        f"AND closed_on <= '{closed_on_or_before(years, day).isoformat()}'",
    )
    found = []
    for case_id, reference, requester_name, closed_value in rows:
        closed_on = stored_day(closed_value)
        if closed_on is not None and retention_over(closed_on, years, day):
            found.append(
                RetentionDue(
                    case_id, reference, requester_name, closed_on, delete_from(closed_on, years)
                )
            )
    return sorted(found, key=lambda d: (d.closed_on, d.reference))


def column_list(columns: Sequence[str]) -> str:
    return ", ".join(f'"{column}"' for column in columns)
