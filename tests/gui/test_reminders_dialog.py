"""Startup: the register paints first, then the reminders; a row opens its case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from privacydesk.gui.app import show_startup_reminders
from privacydesk.gui.main_window import MainWindow
from privacydesk.gui.reminders_dialog import RemindersDialog
from privacydesk.services import Services
from tests.conftest import Clock
from tests.services.helpers import new_request


def _case(services: Services, clock: Clock, name: str, received: date) -> int:
    clock.set_day(received)
    case_id = services.cases.register(new_request(name, received=received)).id
    clock.set_day(date(2026, 11, 25))
    return case_id


def test_overdue_case_shows_in_startup_reminders_and_double_click_opens_it(
    qtbot: QtBot, services: Services, clock: Clock
) -> None:
    _case(services, clock, "Op tijd", date(2026, 11, 20))
    overdue = _case(services, clock, "Te laat", date(2026, 10, 1))
    soon = _case(services, clock, "Bijna", date(2026, 10, 29))

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.remindersShown, timeout=5000):
        show_startup_reminders(window, services)
    dialog = window.reminders_dialog
    assert isinstance(dialog, RemindersDialog) and dialog.isVisible()
    rows = dialog.case_rows()
    assert [ref for _group, ref in rows] == [
        services.cases.get(overdue).reference,
        services.cases.get(soon).reference,
    ]
    assert rows[0][0].startswith("Termijn verstreken")

    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    group = dialog.model.index(1, 0)
    child = dialog.model.index(0, 1, group)
    rect = dialog.view.visualRect(child)
    # A real double-click starts with a click: QTest needs both to see one.
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_case_id() == soon
    assert "Bijna" in window.detail.title_label.text()


def test_nothing_to_report_means_no_dialog(qtbot: QtBot, services: Services, clock: Clock) -> None:
    _case(services, clock, "Op tijd", date(2026, 11, 20))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    with qtbot.waitSignal(window.remindersChecked) as checked:
        show_startup_reminders(window, services)
    assert checked.args == [0]
    assert window.reminders_dialog is None
