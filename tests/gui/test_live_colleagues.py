"""On a shared register a colleague's change shows in this window without doing anything."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from privacydesk.gui.colleague_changes import watch_colleagues
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services, open_services
from tests.conftest import Clock
from tests.services.helpers import new_request

pytestmark = pytest.mark.postgresql


@pytest.fixture
def two_officers(postgres_url: str, clock: Clock) -> Iterator[tuple[Services, Services]]:
    mine = open_services(postgres_url, actor="officer", now=clock)
    theirs = open_services(postgres_url, actor="collega", now=clock)
    yield mine, theirs
    mine.close()
    theirs.close()


def test_a_colleagues_new_case_and_notes_appear_in_the_window(
    qtbot: QtBot, two_officers: tuple[Services, Services]
) -> None:
    mine, theirs = two_officers
    first = theirs.cases.register(new_request("Anna Peeters"))
    window = MainWindow(mine)
    qtbot.addWidget(window)
    window.show()
    watcher = watch_colleagues(window, mine)
    assert watcher.watching and mine._listener is not None
    assert mine._listener.listening.wait(10)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(first.id)
    qtbot.waitUntil(lambda: window.detail.case is not None)

    second = theirs.cases.register(new_request("Bram De Smet"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=3000)
    assert window.model.row_of(second.id) is not None

    theirs.cases.update_notes(first.id, "Gebeld door collega")
    qtbot.waitUntil(
        lambda: window.detail.notes_edit.toPlainText() == "Gebeld door collega", timeout=3000
    )
    assert window.detail.case is not None and window.detail.case.id == first.id
