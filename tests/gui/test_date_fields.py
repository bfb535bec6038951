"""Every date field takes what the officer types, says what it understood, and is empty when
nothing was typed (never 01/01/1900)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from privacydesk.core.identity import IdentityCheck
from privacydesk.gui.date_edit import DateEdit
from privacydesk.gui.intake_dialog import IntakeDialog
from privacydesk.services import Services
from tests.gui.test_documents_and_identity import _window


def test_a_birth_date_typed_without_separators_is_taken_at_once(
    qtbot: QtBot, services: Services
) -> None:
    window, _case_id = _window(qtbot, services)
    panel = window.identity_tab
    birth = panel.birth_edit
    assert birth.line_edit.text() == ""  # visibly empty, no stand-in year
    assert "1900" not in birth.result_label.text()
    qtbot.keyClicks(birth.line_edit, "12041985")
    assert birth.value() == date(1985, 4, 12)
    assert "1985" in birth.result_label.text() and "april" in birth.result_label.text().lower()
    qtbot.keyClick(birth.line_edit, Qt.Key.Key_Return)
    assert birth.line_edit.text() == "12/04/1985"  # tidied once the officer moves on


def test_an_expiry_typed_in_words_is_checked_against_the_receipt(
    qtbot: QtBot, services: Services
) -> None:
    window, _case_id = _window(qtbot, services)
    panel = window.identity_tab
    label = panel.result_labels[IdentityCheck.NOT_EXPIRED]
    assert "Nog niet gecontroleerd" in label.text()
    qtbot.keyClicks(panel.expiry_edit.line_edit, "1 avril 2030")
    assert "In orde" in label.text()
    panel.expiry_edit.line_edit.selectAll()
    qtbot.keyClicks(panel.expiry_edit.line_edit, "12-4-25")
    assert "Niet in orde" in label.text()
    panel.expiry_edit.line_edit.selectAll()
    qtbot.keyClick(panel.expiry_edit.line_edit, Qt.Key.Key_Delete)
    assert panel.expiry_edit.value() is None
    assert "Nog niet gecontroleerd" in label.text()


def test_a_typing_error_is_said_beside_the_field_and_blocks_registering(
    qtbot: QtBot, services: Services
) -> None:
    dialog = IntakeDialog(services.ctx.today())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "An Peeters")
    dialog.right_checks[next(iter(dialog.right_checks))].click()
    assert dialog.ok_button.isEnabled()
    received = dialog.received_edit.line_edit
    received.selectAll()
    qtbot.keyClicks(received, "31/02/2026")
    assert not dialog.ok_button.isEnabled()
    assert "12/04/1985" in dialog.received_edit.result_label.text()  # an example to follow
    received.selectAll()
    qtbot.keyClicks(received, "23 novembre 2026")
    assert dialog.ok_button.isEnabled()
    assert dialog.request().received == date(2026, 11, 23)


def test_the_calendar_opens_on_the_shown_day_and_picking_fills_the_field(qtbot: QtBot) -> None:
    edit = DateEdit(optional=True, today=date(2026, 11, 25))
    qtbot.addWidget(edit)
    edit.show()
    menu = edit.calendar_button.menu()
    assert menu is not None
    menu.aboutToShow.emit()
    assert edit.calendar.selectedDate().year() == 2026  # not January 1900
    edit.calendar.clicked.emit(edit.calendar.selectedDate().addDays(-3))
    assert edit.value() == date(2026, 11, 22)
