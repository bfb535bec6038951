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


def os_user() -> str:
    """The person at the keyboard, as the operating system knows them."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some service accounts)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "onbekend"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    engine: Engine
    actor: str = field(default_factory=os_user)
    now: Callable[[], datetime] = _utc_now

    def today(self) -> date:
        # The officer's calendar day, not UTC's: a request logged at 00:30 in Brussels is today's.
        return self.now().astimezone().date()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything in it, audit events included, commits or none does."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except UnicodeEncodeError as exc:
            # Half a surrogate pair in some text: the whole unit of work was rolled back.
            raise InvalidTextError(
                unstorable_text_sentence(lone_surrogate(str(exc.object)) or "?")
            ) from exc
        except OperationalError as exc:
            message = str(exc.orig)
            if "locked" in message or "busy" in message:
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
            raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session
