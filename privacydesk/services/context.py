"""What every service shares: the register's engine, who is acting, and the clock."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from privacydesk.core.text_checks import (
    InvalidTextError,
    lone_surrogate,
    unstorable_text_sentence,
)
from privacydesk.store.errors import RegisterError, RegisterLockedError
from privacydesk.store.server import (
    changed_cases,
    lock_writers,
    new_sender,
    notify_cases_changed,
)


def os_user() -> str:
    """The person at the keyboard, as the operating system knows them."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some service accounts)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "onbekend"


def server_actor(login: str, user: str) -> str:
    """On a shared register the trail names the database login, and who sat at the keyboard."""
    return login if login == user else f"{login} ({user})"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    engine: Engine
    actor: str = field(default_factory=os_user)
    now: Callable[[], datetime] = _utc_now
    # Called with the ids of the cases a commit changed, and whether a colleague made it (on
    # a server, from another thread) or this program did: the GUI refreshes those rows.
    cases_changed: list[Callable[[set[int], bool], None]] = field(default_factory=list)
    sender: str = field(default_factory=new_sender)
    # The secret that keys the audit chain (services/audit_keys.py), found at open.
    audit_key: bytes | None = field(default=None, repr=False)

    def today(self) -> date:
        # The officer's calendar day, not UTC's: a request logged at 00:30 in Brussels is today's.
        return self.now().astimezone().date()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything in it, audit events included, commits or none does."""
        changed: set[int] = set()
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                # On a server: wait for the write turn first, as SQLite's BEGIN IMMEDIATE does.
                lock_writers(session)
                with changed_cases(session) as changed:
                    yield session
                notify_cases_changed(session, changed, self.sender)
        except UnicodeEncodeError as exc:
            # Half a surrogate pair in some text: the whole unit of work was rolled back.
            raise InvalidTextError(
                unstorable_text_sentence(lone_surrogate(str(exc.object)) or "?")
            ) from exc
        except OperationalError as exc:
            message = str(exc.orig)
            if "locked" in message or "busy" in message or "lock timeout" in message:
                raise RegisterLockedError(
                    "Het register is even in gebruik door een collega; er werd niets gewijzigd. "
                    "Probeer het opnieuw."
                ) from exc
            if "readonly" in message or "read-only" in message:
                raise RegisterError(
                    "Het register is alleen-lezen geworden; er werd niets gewijzigd."
                ) from exc
            if "disk" in message and "full" in message:
                raise RegisterError("De schijf is vol; er werd niets gewijzigd.") from exc
            if self.engine.dialect.name == "postgresql":
                raise RegisterError(
                    "De registerdatabank is niet bereikbaar of weigerde de wijziging "
                    "({reason}); er werd niets gewijzigd.",
                    reason=message.strip().splitlines()[0] if message.strip() else "?",
                ) from exc
            raise
        if changed:
            self.announce_changes(changed, by_colleague=False)

    def announce_changes(self, case_ids: set[int], *, by_colleague: bool) -> None:
        for listener in list(self.cases_changed):
            listener(set(case_ids), by_colleague)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session
