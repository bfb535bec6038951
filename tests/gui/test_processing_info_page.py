"""Issue 12 item 4: the officer keeps the Art. 15 information once, per language, in the
settings, and a French access answer carries what was typed on the French tab."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget
from pytestqt.qtbot import QtBot

from privacydesk.core.case import Language
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import Outcome
from privacydesk.core.settings import Settings
from privacydesk.gui.main_window import MainWindow
from privacydesk.gui.settings_dialog import SettingsDialog
from privacydesk.services import Services
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request

FRENCH_RETENTION = "dix ans après la fin du contrat, puis suppression."


def test_the_page_is_prefilled_from_the_privacy_statement_in_each_language(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    page = dialog.processing_info
    assert "witwassen" in page.edits[Language.NL]["purposes"].toPlainText()
    assert "blanchiment" in page.edits[Language.FR]["purposes"].toPlainText()
    assert "money-laundering" in page.edits[Language.EN]["purposes"].toPlainText()
    assert page.processing_info() == {}  # nothing differs from the default: nothing kept


def test_a_text_typed_on_the_french_tab_reaches_the_french_access_answer(
    qtbot: QtBot, main_window: MainWindow, services: Services
) -> None:
    def fill(dialog: SettingsDialog) -> None:
        tabs = dialog.findChild(QTabWidget, "settingsTabs")
        tabs.setCurrentWidget(dialog.processing_info)
        languages = dialog.findChild(QTabWidget, "processingInfoLanguages")
        languages.setCurrentIndex(list(Language).index(Language.FR))
        edit = dialog.findChild(QPlainTextEdit, "processingInfo_fr_retention")
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        for char in FRENCH_RETENTION:  # QTest types ASCII only; accents are inserted
            if char.isascii():
                qtbot.keyClicks(edit, char)
            else:
                edit.insertPlainText(char)
        dialog.ok_button.click()

    _on_next_dialog(fill)
    main_window.menus.settings_action.trigger()
    qtbot.waitUntil(lambda: bool(services.settings.get().processing_info))
    assert services.settings.get().processing_info == {"fr": {"retention": FRENCH_RETENTION}}

    case = services.cases.register(new_request("Noël Lemaître", language=Language.FR))
    services.cases.record_outcome(case.id, 0, Outcome.GRANTED)
    draft = services.letters.draft(case.id, LetterKind.OUTCOME)
    pdf = services.letters.render(draft)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert f"Durée de conservation : {FRENCH_RETENTION}" in text
    dutch = services.letters.render(
        services.letters.draft(case.id, LetterKind.OUTCOME, Language.NL)
    )
    assert FRENCH_RETENTION not in " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(dutch)).pages
    )


def test_the_letter_dialog_adjusts_the_information_for_one_case_only(
    qtbot: QtBot, services: Services
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from privacydesk.gui.letter_dialog import LetterDialog
    from privacydesk.gui.processing_info_dialog import ProcessingInfoDialog

    case = services.cases.register(new_request("Noël Lemaître", language=Language.EN))
    services.cases.record_outcome(case.id, 0, Outcome.GRANTED)
    dialog = LetterDialog(services, case.id)
    qtbot.addWidget(dialog)
    assert dialog.select_kind(LetterKind.OUTCOME)
    named = "our payroll office Partena (Brussels) and our accountant Vandamme"

    def adjust(adjusting: ProcessingInfoDialog) -> None:
        edit = adjusting.findChild(QPlainTextEdit, "processingInfo_en_recipients")
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(edit, named)
        adjusting.ok_button.click()

    _on_next_dialog(adjust)
    qtbot.mouseClick(dialog.processing_info_button, Qt.MouseButton.LeftButton)
    assert f"Recipients: {named}" in dialog.body_edit.toPlainText()

    def issue() -> None:
        _on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.issue_button.click()

    issue()
    qtbot.waitUntil(lambda: dialog.issued is not None)
    text = " ".join(
        " ".join(
            p.extract_text()
            for p in PdfReader(io.BytesIO(services.letters.pdf(dialog.issued.id))).pages
        ).split()
    )
    assert f"Recipients: {named}" in text
    assert services.audit.all()[-1].details["processing_info_adjusted"] == ["recipients"]
    # The settings are untouched: the next case's letter has the standard text.
    assert services.settings.get().processing_info == {}
