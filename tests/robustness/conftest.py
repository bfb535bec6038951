"""What every hostile input is held to: a clear sentence, no crash, no partial write.

A "sentence" is a :class:`UserFacingError` (the GUI shows it, the CLI prints it) whose text
is one line, ends like a sentence and shows no traceback or Python type name. "No partial
write" is checked on the register itself: the row count of every table and the head of the
audit trail are the same before and after a refused input.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from privacydesk.core.errors import UserFacingError
from privacydesk.services import Services, open_services
from tests.conftest import TODAY, Clock
from tests.services.helpers import new_request

_TABLES = (
    "case",
    "case_right",
    "recipient_notice",
    "identity_check",
    "attachment",
    "attachment_blob",
    "letter",
    "audit_event",
    "setting",
    "reference_counter",
)
_PYTHON_LEAKS = re.compile(
    r"Traceback|File \"|\w+Error\b|\w+Exception\b|object at 0x|\\x[0-9a-f]{2}|NoneType"
)


def snapshot(services: Services) -> dict[str, Any]:
    """Row counts of every table and the audit trail's head: what a refusal must not move."""
    with services.ctx.engine.connect() as conn:
        counts = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in _TABLES}
        head = conn.execute(
            text("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
        ).first()
        settings = conn.execute(text("SELECT key, value FROM setting ORDER BY key")).all()
    return {"counts": counts, "head": tuple(head) if head else None, "settings": settings}


def assert_sentence(message: str) -> None:
    """One line for the officer, ending like a sentence, with nothing of Python in it."""
    assert message.strip(), "an empty message"
    assert "\n" not in message.strip(), f"more than one line: {message!r}"
    assert message.rstrip().endswith((".", "?", "!", ")")), f"not a sentence: {message!r}"
    assert not _PYTHON_LEAKS.search(message), f"Python shows through: {message!r}"


def refused_or_done(
    services: Services, action: Callable[[], object]
) -> tuple[object | None, str | None]:
    """Run one hostile input: it succeeds, or it is refused with a sentence and leaves the
    register exactly as it was. Anything else (a crash) fails the test."""
    before = snapshot(services)
    try:
        return action(), None
    except UserFacingError as exc:
        assert_sentence(str(exc))
        assert snapshot(services) == before, "a refused input changed the register"
        return None, str(exc)


@pytest.fixture(scope="session")
def template_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once: creating a register runs every migration, copying it does not."""
    path = tmp_path_factory.mktemp("template") / "register.sqlite"
    services = open_services(path, actor="officer", now=Clock(TODAY))
    services.cases.register(new_request())
    services.close()
    return path


@pytest.fixture
def register(template_register: Path, register_path: Path, clock: Clock) -> Iterator[Services]:
    """A register with one case, as the officer has it on an ordinary day."""
    shutil.copyfile(template_register, register_path)
    services = open_services(register_path, actor="officer", now=clock)
    yield services
    services.close()


@pytest.fixture
def case_id(register: Services) -> int:
    return register.cases.find("PD-2026-0001").id
