"""Test-wide setup: Qt runs offscreen (CI has no display), data stays in temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

# Set before any Qt import so every test, GUI or not, runs without a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("PRIVACYDESK_DATABASE_URL", None)

TODAY = date(2026, 11, 25)


class Clock:
    """A clock the test moves by hand: deadlines depend on what day it is."""

    def __init__(self, day: date) -> None:
        self.moment = datetime.combine(day, time(10, 0), tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.moment

    def set_day(self, day: date) -> None:
        self.moment = datetime.combine(day, time(10, 0), tzinfo=UTC)

    def advance(self, days: int) -> None:
        self.moment += timedelta(days=days)

    @property
    def today(self) -> date:
        return self.moment.date()


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user's register or logs."""
    monkeypatch.setenv("PRIVACYDESK_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture
def clock() -> Clock:
    return Clock(TODAY)


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite"


@pytest.fixture
def services(register_path: Path, clock: Clock) -> Iterator[object]:
    from privacydesk.services import open_services

    opened = open_services(register_path, actor="officer", now=clock)
    # A company's letters carry its legal details, or they are not issued (issue 12 item 9).
    # Written straight into the fresh register, so the trail stays that of a new register.
    import json
    import sqlite3

    from tests.letters.conftest import BUSINESS

    conn = sqlite3.connect(register_path)
    with conn:
        conn.executemany(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            [(f"pref.{key}", json.dumps(value)) for key, value in BUSINESS.items()],
        )
    conn.close()
    opened.reload_settings()
    yield opened
    opened.close()
