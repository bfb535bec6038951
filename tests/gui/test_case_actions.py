"""The case view offers what the life cycle in core allows, and says why a move must wait."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from privacydesk.core.identity import IdentityStatus
from privacydesk.core.workflow import Status
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request


def _status_action(window: MainWindow, status: Status):
    return next(a for a in window.detail.status_menu.actions() if a.data() == status.value)


def test_work_waits_for_identity_and_the_menu_says_why(qtbot: QtBot, services: Services) -> None:
    case = services.cases.register(new_request())
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case.id)

    start = _status_action(window, Status.IN_PROGRESS)
    assert not start.isEnabled()
    assert "identiteit" in start.toolTip()
    assert _status_action(window, Status.REFUSED).isEnabled()  # refusing stays possible
    assert window.detail.extend_button.isEnabled()

    services.identity.waive(case.id, "Bekende klant, vanaf het adres in ons bestand")
    window.detail.show_case(case.id)  # as after any change made elsewhere
    start = _status_action(window, Status.IN_PROGRESS)
    assert start.isEnabled()
    with qtbot.waitSignal(window.casesLoaded, timeout=5000):
        start.trigger()
    assert services.cases.get(case.id).status is Status.IN_PROGRESS


def test_a_closed_case_offers_no_outcome_and_no_extension(qtbot: QtBot, services: Services) -> None:
    case = services.cases.register(new_request())
    services.cases.change_status(case.id, Status.WITHDRAWN)
    services.cases.change_status(case.id, Status.CLOSED)
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case.id)
    assert not window.detail.extend_button.isEnabled()
    assert not window.detail.outcome_button.isEnabled()
    assert not window.detail.status_button.isEnabled()


def _waive_through(qtbot: QtBot, window: MainWindow, press) -> None:
    """Answer the waive dialog that ``press`` opens, the same one from menu and tab."""

    def answer(dialog) -> None:
        assert dialog.objectName() == "waiveDialog"
        qtbot.keyClicks(dialog.text_edit, "Bekende klant, vanaf het adres in ons bestand")
        dialog.accept()

    _on_next_dialog(answer)
    with qtbot.waitSignal(window.casesLoaded, timeout=5000):
        press()


def test_the_identity_menu_asks_the_same_waive_question_as_the_tab(
    qtbot: QtBot, services: Services
) -> None:
    first = services.cases.register(new_request("Eerste"))
    second = services.cases.register(new_request("Tweede"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)

    window.select_case(first.id)
    waive_action = next(
        a for a in window.detail.identity_button.menu().actions() if "overslaan" in a.text()
    )
    _waive_through(qtbot, window, waive_action.trigger)
    assert services.identity.status(first.id)[0] is IdentityStatus.WAIVED

    window.select_case(second.id)
    _waive_through(qtbot, window, window.identity_tab.waive_button.click)
    assert services.identity.status(second.id)[0] is IdentityStatus.WAIVED
    assert services.identity.status(second.id)[2] == services.identity.status(first.id)[2]
