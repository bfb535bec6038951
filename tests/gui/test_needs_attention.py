"""The register's "needs attention" filter shows exactly the cases of the morning reminders."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from privacydesk.core.workflow import Status
from privacydesk.gui.case_table_model import Column
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.conftest import Clock
from tests.services.helpers import new_request


def test_the_attention_filter_lists_what_the_reminders_list(
    qtbot: QtBot, services: Services, clock: Clock
) -> None:
    def register(name: str, received: date) -> int:
        clock.set_day(received)
        return services.cases.register(new_request(name, received=received)).id

    register("Op tijd", date(2026, 11, 20))
    register("Te laat", date(2026, 10, 1))
    waiting = register("Wacht", date(2026, 11, 5))
    services.cases.change_status(waiting, Status.AWAITING_IDENTIFICATION)
    clock.set_day(date(2026, 11, 25))

    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    index = window.filter_combo.findText("Vraagt aandacht")
    assert index == 2
    window.filter_combo.setCurrentIndex(index)
    shown = {window.model.index(r, Column.REQUESTER).data() for r in range(window.model.rowCount())}
    reminded = {r.requester_name for r in services.reminders.due()}
    # Waiting too long for identification is on the morning list, so it is in the filter.
    assert shown == reminded == {"Te laat", "Wacht"}
