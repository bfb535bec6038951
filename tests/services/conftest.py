"""Every services test runs on both kinds of register: a file (SQLite) and a server (PostgreSQL).

A new test that asks for ``services`` inherits both runs. A test about the file itself (it asks
for ``register_path``, or is marked ``file_register``) runs on SQLite only.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import Clock


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def register_location(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return str(request.getfixturevalue("register_path"))
    # The test, or a fixture it uses, reads or opens the file: a server has none.
    asks_for_file = "register_path" in request.node.fixturenames
    if asks_for_file or request.node.get_closest_marker("file_register"):
        pytest.skip("about the register file itself: SQLite only")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def services(register_location: str, clock: Clock) -> Iterator[object]:
    from privacydesk.services import open_services

    opened = open_services(register_location, actor="officer", now=clock)
    yield opened
    opened.close()
