"""A colleague's change reaches the other officers' programs as it commits (LISTEN/NOTIFY)."""

from __future__ import annotations

import threading
import time

import pytest

from privacydesk.services import open_services
from tests.conftest import Clock
from tests.services.helpers import new_request

pytestmark = pytest.mark.postgresql


def test_a_colleagues_change_is_announced_with_the_case_ids(
    postgres_url: str, clock: Clock
) -> None:
    mine = open_services(postgres_url, actor="officer", now=clock)
    theirs = open_services(postgres_url, actor="collega", now=clock)
    heard: list[tuple[set[int], bool]] = []
    arrived = threading.Event()

    def listen(ids: set[int], by_colleague: bool) -> None:
        heard.append((ids, by_colleague))
        if by_colleague:
            arrived.set()

    try:
        mine.ctx.cases_changed.append(listen)
        assert mine.watch_colleagues()
        assert mine._listener is not None and mine._listener.listening.wait(10)

        own = mine.cases.register(new_request("Eigen dossier"))
        assert heard == [({own.id}, False)]  # my own change, announced once, as mine

        started = time.monotonic()
        case = theirs.cases.register(new_request("Dossier van een collega"))
        assert arrived.wait(10)
        print(f"\ncolleague's change heard after {time.monotonic() - started:.3f} s")
        assert heard[-1] == ({case.id}, True)
        assert len(heard) == 2  # my own NOTIFY was not heard back as a colleague's
    finally:
        mine.close()
        theirs.close()


def test_a_file_register_has_no_colleagues_to_watch(
    services: object, register_location: str
) -> None:
    from privacydesk.services import Services

    assert isinstance(services, Services)
    assert services.watch_colleagues() is (services.register.path is None)
