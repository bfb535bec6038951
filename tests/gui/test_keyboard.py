"""The register works from the keyboard the way Windows programs do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from privacydesk.core.attachments import AttachmentRole
from privacydesk.gui.intake_dialog import IntakeDialog
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services, open_services
from tests.documents.conftest import make_image
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot: QtBot, services: Services, cases: int = 2) -> tuple[MainWindow, list[int]]:
    ids = [
        services.cases.register(new_request(f"Persoon {n}", email=f"p{n}@example.be")).id
        for n in range(cases)
    ]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() == cases)
    window.select_case(ids[0])
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    return window, ids


def test_tab_leaves_the_register_table_instead_of_walking_its_cells(
    qtbot: QtBot, services: Services
) -> None:
    window, _ids = _window(qtbot, services)
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not window.table.hasFocus())


def test_enter_opens_the_selected_case(qtbot: QtBot, services: Services) -> None:
    window, ids = _window(qtbot, services)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(window.detail.tabs.hasFocus)
    assert window.current_case_id() in ids


@pytest.mark.parametrize(
    ("key", "dialog_name"),
    [(Qt.Key.Key_N, "intakeDialog"), (Qt.Key.Key_L, "letterDialog")],
    ids=["ctrl-n-new-request", "ctrl-l-letter-for-the-selected-case"],
)
def test_a_shortcut_opens_its_dialog(
    qtbot: QtBot, services: Services, key: Qt.Key, dialog_name: str
) -> None:
    window, _ids = _window(qtbot, services)
    seen: list[str] = []

    def close(dialog: QDialog) -> None:
        seen.append(dialog.objectName())
        dialog.done(0)

    _on_next_dialog(close)
    qtbot.keyClick(window.table, key, CTRL)
    qtbot.waitUntil(lambda: seen == [dialog_name])


def test_ctrl_f_goes_to_the_search_field(qtbot: QtBot, services: Services) -> None:
    window, _ids = _window(qtbot, services)
    qtbot.keyClick(window.table, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(window.search_edit.hasFocus)


def test_ctrl_p_without_a_letter_says_to_choose_one(qtbot: QtBot, services: Services) -> None:
    window, _ids = _window(qtbot, services)
    qtbot.keyClick(window.table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: "brief" in window.statusBar().currentMessage())
    # The officer is taken to the case's letters, where the letter is chosen.
    page = window.detail.tabs.currentWidget()
    assert page is not None and page.isAncestorOf(window.letters_tab)


def test_f5_reloads_the_register(qtbot: QtBot, services: Services) -> None:
    window, _ids = _window(qtbot, services)
    # Saved by another program on the same file: this window hears of it only by reloading.
    other = open_services(services.register.path, actor="collega", now=services.ctx.now)
    try:
        other.cases.register(new_request("Nieuw Verzoek", email="nieuw@example.be"))
    finally:
        other.close()
    assert window.model.rowCount() == 2
    qtbot.keyClick(window.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)


def test_selecting_a_document_shows_it(qtbot: QtBot, services: Services) -> None:
    window, ids = _window(qtbot, services)
    services.attachments.add(ids[0], "scan.png", make_image("PNG"), AttachmentRole.CORRESPONDENCE)
    tab = window.documents_tab
    tab.show_case(ids[0])
    viewer = tab.viewer
    assert viewer.title.text() != "scan.png"
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)  # the arrow key selects; no double-click
    qtbot.waitUntil(lambda: viewer.title.text() == "scan.png")


def test_escape_on_a_typed_request_asks_before_throwing_it_away(
    qtbot: QtBot, services: Services
) -> None:
    dialog = IntakeDialog(services.ctx.today())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "An Peeters")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):
        def act(box: QMessageBox) -> None:
            asked.append(box.text())
            box.button(button).click()

        return act

    _on_next_dialog(answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert dialog.isVisible() and dialog.name_edit.text() == "An Peeters"
    _on_next_dialog(answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_escape_on_an_untouched_form_just_closes(qtbot: QtBot, services: Services) -> None:
    dialog = IntakeDialog(services.ctx.today())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert QApplication.activeModalWidget() is None
