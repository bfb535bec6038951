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
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15000)
    window.select_case(first.id)
    qtbot.waitUntil(lambda: window.detail.case is not None, timeout=15000)

    second = theirs.cases.register(new_request("Bram De Smet"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=15000)
    assert window.model.row_of(second.id) is not None

    theirs.cases.update_notes(first.id, "Gebeld door collega")
    qtbot.waitUntil(
        lambda: window.detail.notes_edit.toPlainText() == "Gebeld door collega", timeout=15000
    )
    assert window.detail.case is not None and window.detail.case.id == first.id


def test_the_register_moves_to_a_server_from_the_menu_after_a_connection_test(
    qtbot: QtBot, main_window: MainWindow, services: Services, postgres_server: object
) -> None:
    from PySide6.QtCore import Qt

    from privacydesk.locations import register_location
    from tests.postgres_server import PostgresServer

    assert isinstance(postgres_server, PostgresServer)
    services.cases.register(new_request("Anna Peeters"))
    database = postgres_server.new_database()
    action = next(
        a for a in main_window.register_menu.actions() if a.objectName() == "moveToServerAction"
    )
    action.trigger()
    dialog = main_window.register_actions.server_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.host_edit, "127.0.0.1")
    dialog.port_spin.setValue(postgres_server.port)
    dialog.database_edit.clear()
    qtbot.keyClicks(dialog.database_edit, database)
    qtbot.keyClicks(dialog.login_edit, "postgres")
    qtbot.keyClicks(dialog.password_edit, "Geheim-123")

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "aangemeld als postgres" in dialog.status_label.text(), timeout=10000)
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "verhuisd" in dialog.status_label.text(), timeout=20000)

    assert "1 dossiers" in dialog.status_label.text()
    chosen = register_location(None)
    assert chosen.startswith("postgresql://postgres@127.0.0.1") and "Geheim" not in chosen
    moved = open_services(chosen)  # the password comes from the credential store
    try:
        assert [c.requester_name for c in moved.cases.list_cases()] == ["Anna Peeters"]
    finally:
        moved.close()
