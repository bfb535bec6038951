"""The officer's own words in a letter are never overwritten without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from privacydesk.core.letter_kinds import LetterKind
from privacydesk.gui.letter_dialog import LetterDialog
from privacydesk.services import Services
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request

OWN_WORDS = "Beste Eloise, zoals telefonisch besproken"


def _dialog(qtbot: QtBot, services: Services) -> LetterDialog:
    case_id = services.cases.register(new_request()).id
    dialog = LetterDialog(services, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_own_words(qtbot: QtBot, dialog: LetterDialog) -> None:
    dialog.body_edit.setFocus()
    dialog.body_edit.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(dialog.body_edit, OWN_WORDS)
    assert OWN_WORDS in dialog.body_edit.toPlainText()


def _answer_next_question(answer: QMessageBox.StandardButton, asked: list[str]) -> None:
    def act(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(answer).click()

    _on_next_dialog(act)


def test_changing_the_kind_after_editing_asks_and_no_keeps_the_words(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services)
    _type_own_words(qtbot, dialog)
    asked: list[str] = []
    _answer_next_question(QMessageBox.StandardButton.No, asked)
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "aangepast" in asked[0]
    assert dialog.kind() is not LetterKind.ACKNOWLEDGEMENT
    assert OWN_WORDS in dialog.body_edit.toPlainText()
    assert "blijft staan" in dialog.kept_label.text()


def test_yes_replaces_the_text_for_the_new_kind(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    _type_own_words(qtbot, dialog)
    asked: list[str] = []
    _answer_next_question(QMessageBox.StandardButton.Yes, asked)
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert OWN_WORDS not in dialog.body_edit.toPlainText()
    assert dialog.kept_label.text() == ""


def test_typing_reasons_never_wipes_an_edited_no_action_letter(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services)
    assert dialog.select_kind(LetterKind.NO_ACTION)
    qtbot.keyClicks(dialog.reasons_edit, "Identiek aan uw vorige verzoek.")
    assert "Identiek aan uw vorige verzoek." in dialog.body_edit.toPlainText()
    _type_own_words(qtbot, dialog)
    # More reasons, key by key: no question at every key, and the words stay.
    qtbot.keyClicks(dialog.reasons_edit, " En kennelijk ongegrond.")
    assert OWN_WORDS in dialog.body_edit.toPlainText()
    assert "blijft staan" in dialog.kept_label.text()
    # "Tekst herstellen" is the officer's own choice to start over.
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert OWN_WORDS not in dialog.body_edit.toPlainText()
    assert "kennelijk ongegrond" in dialog.body_edit.toPlainText()


def test_an_unedited_text_follows_the_choices_without_a_question(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services)
    before = dialog.body_edit.toPlainText()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    assert dialog.body_edit.toPlainText() != before
    assert dialog.kept_label.text() == ""
