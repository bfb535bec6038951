"""A register on a PostgreSQL server: recognising its URL, and serialising writers on it.

On SQLite ``BEGIN IMMEDIATE`` makes colleagues' saves wait for each other. On a server the
same is done by one transaction-level advisory lock, taken as the first statement of every
write: the audit chain's next number and the reference counter are then read and written by
one writer at a time, and a writer that has to wait simply waits (up to ``LOCK_WAIT``).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlmodel import Session

from privacydesk.store.errors import RegisterError
from privacydesk.store.models import AuditEventRow

_log = logging.getLogger(__name__)

# Any fixed 64-bit number works; this one spells "PrivDesk" so an administrator looking at
# pg_locks can tell whose lock it is.
WRITER_LOCK_KEY = 0x5072697644657363
LOCK_WAIT = "60s"  # longer than any save; after that the officer is told to try again
NOTIFY_CHANNEL = "privacydesk_cases"


def server_url(location: str) -> URL:
    """The URL with psycopg 3 as the driver, whatever driver (if any) was written."""
    try:
        url = make_url(location.replace("postgres://", "postgresql://", 1))
    except ArgumentError as exc:
        raise RegisterError(f"{hide_password(location)} is geen geldige databank-URL.") from exc
    if url.get_backend_name() != "postgresql":
        raise RegisterError(
            f"Alleen PostgreSQL wordt als gedeeld register ondersteund, niet {url.drivername}."
        )
    if not url.database:
        raise RegisterError("De databank-URL noemt geen databank (…/naam achteraan).")
    return url.set(drivername="postgresql+psycopg")


def without_password(url: URL) -> URL:
    """The URL with no password at all (``URL.set(password=None)`` would keep it)."""
    return url._replace(password=None)


def hide_password(location: str) -> str:
    try:
        return make_url(location).render_as_string(hide_password=True)
    except ArgumentError:
        return location.split("@")[-1]


def is_server(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


def lock_writers(session: Session) -> None:
    """Wait for the register's single write turn (PostgreSQL); SQLite took it at BEGIN.

    Taking it again in the same transaction is harmless: the lock is re-entrant and all of
    it is released at commit or rollback.
    """
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return
    session.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'"))
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})


def lock_audit_chain(session: Session) -> None:
    """Before the next audit number is read: only one writer extends the chain at a time."""
    lock_writers(session)


def new_sender() -> str:
    """Names one open register in notifications: it ignores its own (it refreshed already)."""
    return uuid.uuid4().hex[:12]


def notify_cases_changed(session: Session, case_ids: set[int], sender: str) -> None:
    """Tell colleagues' windows which cases changed; delivered when the transaction commits."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql" or not case_ids:
        return
    payload = sender + ":" + ",".join(str(case_id) for case_id in sorted(case_ids))
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": NOTIFY_CHANNEL, "payload": payload},
    )


@contextmanager
def changed_cases(session: Session) -> Iterator[set[int]]:
    """Collect, while the block runs, the cases that audit events in this session are about."""
    found: set[int] = set()

    def _collect(flushing: Session, _context: object, _instances: object) -> None:
        for obj in flushing.new:
            if isinstance(obj, AuditEventRow) and obj.case_id is not None:
                found.add(obj.case_id)

    event.listen(session, "before_flush", _collect)
    try:
        yield found
    finally:
        event.remove(session, "before_flush", _collect)


def rewrite_documents(engine: Engine) -> bool:
    """Rewrite the documents' bytes table so purged bytes leave the database files.

    ``DELETE`` only marks rows dead; ``VACUUM FULL`` writes a new file without them and
    drops the old one. Copies remain in the write-ahead log until the server recycles those
    segments (and in any WAL archive or base backup) — see the README. Returns False when it
    could not be done now (a colleague's open read blocks it, or this login does not own the
    table); the caller says so in the trail.
    """
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        owns = conn.execute(
            text(
                "SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class "
                "WHERE oid = 'attachment_blob'::regclass"
            )
        ).scalar()
        if not owns:
            _log.warning("This login does not own attachment_blob; it cannot be rewritten.")
            return False
        try:
            conn.execute(text("SET lock_timeout = '10s'"))
            conn.execute(text("VACUUM FULL attachment_blob"))
        except DBAPIError:
            _log.warning("VACUUM FULL attachment_blob did not finish", exc_info=True)
            return False
        finally:
            conn.execute(text("RESET lock_timeout"))
    return True


class ChangeListener:
    """Listens, on its own connection and thread, for colleagues' changes (LISTEN/NOTIFY).

    ``on_change`` is called on that thread with the ids of the changed cases; a GUI hands
    them to its own thread. A dropped connection is re-made; nothing is lost but the moment.
    """

    def __init__(self, engine: Engine, sender: str, on_change: Callable[[set[int]], None]) -> None:
        self._sender = sender
        url = engine.url.set(drivername="postgresql")
        self._dsn = url.render_as_string(hide_password=False)
        self._on_change = on_change
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="privacydesk-listen", daemon=True)
        self.listening = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self._dsn, autocommit=True, connect_timeout=10) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.25):
                            self._deliver(note.payload)
            except psycopg.Error:
                self.listening.clear()
                _log.warning("Listening for colleagues' changes stopped; retrying", exc_info=True)
                self._stop.wait(5)

    def _deliver(self, payload: str) -> None:
        sender, _sep, ids = payload.partition(":")
        if sender == self._sender:
            return
        changed = {int(part) for part in ids.split(",") if part.isdigit()}
        if changed:
            try:
                self._on_change(changed)
            except Exception:  # a listener's bug must not end the listening
                _log.exception("Handling colleagues' changes failed")
