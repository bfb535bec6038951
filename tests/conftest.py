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
# Child processes too never reach the real credential store (see _private_keyring).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

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
    """Never touch the real user's register, logs or credential store."""
    monkeypatch.setenv("PRIVACYDESK_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    # The audit keys go to a folder of the test's own; the credential store is never asked.
    monkeypatch.setenv("PRIVACYDESK_KEY_DIR", str(tmp_path_factory.mktemp("audit-keys")))


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
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """One real PostgreSQL for the whole run (skipped, with the reason, where there is none)."""
    from tests.postgres_server import start_postgres

    server = start_postgres()
    if isinstance(server, str):
        pytest.skip(f"no PostgreSQL for the shared-register tests: {server}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: object) -> str:
    """A database migrated to the current schema once; each test gets a copy of it."""
    from privacydesk.store.engine import open_register
    from tests.postgres_server import PostgresServer

    assert isinstance(postgres_server, PostgresServer)
    name = postgres_server.new_database()
    open_register(postgres_server.url(name)).engine.dispose()
    return name


@pytest.fixture
def postgres_url(postgres_server: object, postgres_template: str) -> Iterator[str]:
    """A fresh register database on the test server, dropped afterwards."""
    from tests.postgres_server import PostgresServer

    assert isinstance(postgres_server, PostgresServer)
    name = postgres_server.copy_database(postgres_template)
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


class MemoryKeyring:
    """A credential store that lives in the test: the real one is never read or written."""

    priority = 1

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}


@pytest.fixture(autouse=True)
def _private_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import keyring

    store = MemoryKeyring()

    def set_password(service: str, user: str, password: str) -> None:
        store.passwords[(service, user)] = password

    def get_password(service: str, user: str) -> str | None:
        return store.passwords.get((service, user))

    def delete_password(service: str, user: str) -> None:
        store.passwords.pop((service, user), None)

    monkeypatch.setattr(keyring, "set_password", set_password)
    monkeypatch.setattr(keyring, "get_password", get_password)
    monkeypatch.setattr(keyring, "delete_password", delete_password)
    return store
