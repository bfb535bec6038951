"""The officer's day in the main window: register, find, follow and move cases."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from privacydesk.core.rights import Right
from privacydesk.core.workflow import Status
from privacydesk.gui.case_table_model import CaseFilter, Column
from privacydesk.gui.intake_dialog import IntakeDialog
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.gui.conftest import type_text
from tests.services.helpers import new_request


def _fill_intake(qtbot: QtBot, dialog: IntakeDialog) -> None:
    type_text(qtbot, dialog.name_edit, "Chloë Mertens")
    qtbot.keyClicks(dialog.email_edit, "chloe@example.be")
    dialog.received_edit.setDate(QDate(2026, 11, 23))
    dialog.right_checks[Right.ERASURE].click()
    qtbot.keyClicks(dialog.right_words[Right.ERASURE], "Wis mijn klantaccount")


def _on_next_dialog(action) -> None:
    """Act on the modal dialog that the next click opens (exec() blocks the test)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            action(dialog)
        except BaseException:
            # A failed check must fail the test, not leave exec() waiting for ever.
            dialog.close()
            raise

    QTimer.singleShot(0, run)


def _rows(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, Column.REFERENCE).data() for r in range(model.rowCount())]


def test_intake_ok_button_waits_for_a_valid_form(qtbot: QtBot) -> None:
    dialog = IntakeDialog(date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.name_edit, "Chloë Mertens")
    assert not dialog.ok_button.isEnabled()  # no right chosen yet
    dialog.right_checks[Right.ACCESS].click()
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.email_edit, "chloe@")
    assert not dialog.ok_button.isEnabled()
    error = dialog.findChild(QLabel, "error_email")
    assert error.isVisible() and "niet geldig" in error.text()


def test_intake_never_accepts_a_date_received_in_the_future(qtbot: QtBot) -> None:
    dialog = IntakeDialog(date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.received_edit.setDate(QDate(2026, 12, 1))
    assert dialog.received_edit.date() == QDate(2026, 11, 25)


def test_a_registered_request_appears_in_the_register_and_is_selected(
    qtbot: QtBot, main_window: MainWindow, services: Services
) -> None:
    _on_next_dialog(lambda d: (_fill_intake(qtbot, d), d.ok_button.click()))
    with qtbot.waitSignal(main_window.casesLoaded, timeout=5000):
        main_window.new_action.trigger()
    assert _rows(main_window) == ["PD-2026-0001"]
    assert main_window.current_case_id() == services.cases.find("PD-2026-0001").id
    detail = main_window.detail
    assert "Chloë Mertens" in detail.title_label.text()
    assert detail.rights_model.rowCount() == 1
    assert "Wis mijn klantaccount" in detail.rights_model.index(0, 3).data()
    assert "Verzoek geregistreerd" in detail.timeline_model.index(0).data()


def test_search_and_status_filter_react_as_you_type(qtbot: QtBot, services: Services) -> None:
    services.cases.register(new_request("Jan Peeters"))
    withdrawn = services.cases.register(new_request("Lieve De Smet", rights=(Right.ERASURE,)))
    services.cases.change_status(withdrawn.id, Status.WITHDRAWN)
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    qtbot.keyClicks(window.search_edit, "peet")
    assert [
        window.model.index(r, Column.REQUESTER).data() for r in range(window.model.rowCount())
    ] == ["Jan Peeters"]
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "wissing")  # a right's name finds the case too
    assert window.model.rowCount() == 1
    window.search_edit.clear()
    window.set_filter(CaseFilter.OPEN)
    assert window.model.rowCount() == 1
    window.set_filter(Status.WITHDRAWN)
    assert window.model.index(0, Column.REQUESTER).data() == "Lieve De Smet"


def test_status_menu_offers_only_allowed_moves_and_the_timeline_shows_them(
    qtbot: QtBot, services: Services
) -> None:
    case = services.cases.register(new_request())
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case.id)
    menu_statuses = {a.data() for a in window.detail.status_menu.actions()}
    assert Status.CLOSED.value not in menu_statuses
    assert Status.AWAITING_IDENTIFICATION.value in menu_statuses

    action = next(
        a
        for a in window.detail.status_menu.actions()
        if a.data() == Status.AWAITING_IDENTIFICATION.value
    )
    with qtbot.waitSignal(window.casesLoaded, timeout=5000):
        action.trigger()
    detail = window.detail
    assert detail.overview.info["status"].text() == "Wacht op identificatie"
    last = detail.timeline_model.index(detail.timeline_model.rowCount() - 1).data()
    assert "Ontvangen → Wacht op identificatie" in last
    row = window.model.row_of(case.id)
    assert window.model.index(row, Column.STATUS).data() == "Wacht op identificatie"


def test_closing_a_case_asks_first(qtbot: QtBot, services: Services) -> None:
    case = services.cases.register(new_request())
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case.id)
    _on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.No).click())
    assert window.detail.change_status(Status.WITHDRAWN) is False
    assert services.cases.get(case.id).status is Status.RECEIVED


def test_recording_an_outcome_through_the_dialog(qtbot: QtBot, services: Services) -> None:
    from privacydesk.core.rights import LegalGround, Outcome

    case = services.cases.register(new_request(rights=(Right.ERASURE,)))
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case.id)

    def fill(dialog: QDialog) -> None:
        dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData(Outcome.REFUSED))
        dialog.ground_combo.setCurrentIndex(dialog.ground_combo.findData(LegalGround.LEGAL_CLAIMS))
        dialog.accept()

    _on_next_dialog(fill)
    with qtbot.waitSignal(window.casesLoaded, timeout=5000):
        qtbot.mouseClick(window.detail.outcome_button, Qt.MouseButton.LeftButton)
    saved = services.cases.get(case.id).rights[0]
    assert (saved.outcome, saved.ground) == (Outcome.REFUSED, LegalGround.LEGAL_CLAIMS)
    assert "Art. 17(3)(e)" in window.detail.rights_model.index(0, 2).data()


def test_overdue_cases_are_coloured_and_sort_first_by_deadline(
    qtbot: QtBot, services: Services
) -> None:
    services.cases.register(new_request("Op tijd", received=date(2026, 11, 24)))
    services.cases.register(new_request("Te laat", received=date(2026, 10, 1)))
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.table.sortByColumn(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
    first = window.model.index(0, Column.REQUESTER)
    assert first.data() == "Te laat"
    assert window.model.index(0, Column.DEADLINE).data() == "Te laat"
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert window.model.index(1, Column.REQUESTER).data(Qt.ItemDataRole.BackgroundRole) is None


def test_widgets_have_names_for_tests_and_screen_readers(main_window: MainWindow) -> None:
    for widget in (main_window.search_edit, main_window.filter_combo, main_window.table):
        assert widget.objectName() and widget.accessibleName()
    for button in main_window.detail.findChildren(QPushButton):
        assert button.objectName()


def test_the_register_models_behave_as_qt_expects(qtmodeltester, services: Services) -> None:
    """Qt's model checker (as qutebrowser runs it): rows, columns, roles, sort and search."""
    from privacydesk.gui.case_table_model import CaseTableModel
    from privacydesk.services.case_rows import case_lines

    services.cases.register(new_request("Jan Peeters"))
    services.cases.register(new_request("Lieve De Smet", rights=(Right.ERASURE, Right.ACCESS)))
    model = CaseTableModel()
    model.set_cases(case_lines(services.ctx, services.settings.current()))
    qtmodeltester.check(model)
    model.sort(Column.REQUESTER, Qt.SortOrder.AscendingOrder)
    model.set_text("smet")
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_answering_asks_when_the_answer_went_out(qtbot: QtBot, services: Services) -> None:
    case = services.cases.register(new_request(received=date(2026, 10, 20)))
    services.identity.waive(case.id, "Bekende klant")
    services.cases.change_status(case.id, Status.IN_PROGRESS)
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case.id)

    def answer(dialog) -> None:
        dialog.date_edit.setDate(QDate(2026, 11, 19))
        dialog.accept()

    _on_next_dialog(answer)
    with qtbot.waitSignal(window.casesLoaded, timeout=5000):
        assert window.detail.change_status(Status.ANSWERED)
    assert services.cases.get(case.id).answered_on == date(2026, 11, 19)
    assert "Tijdig beantwoord" in window.detail.deadline_label.text()


def test_a_load_arriving_after_the_window_closed_opens_no_case_and_no_error(
    qtbot: QtBot, services: Services, monkeypatch
) -> None:
    """A whole-register load still under way when the officer closes the window (or the
    register was replaced) arrives later: it must not open a case on closed services."""
    case = services.cases.register(new_request("Laat geladen"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.register_view.model.has_case(case.id))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append("warning"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append("critical"))
    window.close()
    services.close()
    window.register_view.select_case(case.id)  # what the late load does on arrival
    assert shown == []
    assert window.detail.case is None
