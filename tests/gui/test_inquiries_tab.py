"""The GBA tab: a question from the authority is recorded, answered, and the case file saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from privacydesk.core.inquiries import InquiryKind
from privacydesk.gui import inquiries_tab
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request


def test_recording_and_answering_a_gba_question_and_saving_the_case_file(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = services.cases.register(new_request())
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case.id)
    tab = window.inquiries_tab

    def record(dialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("gba_complaint"))
        qtbot.keyClicks(dialog.reference_edit, "DOS-2026-555")
        dialog.ok_button.click()

    _on_next_dialog(record)
    tab.new_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    (inquiry,) = services.inquiries.for_case(case.id)
    assert inquiry.kind is InquiryKind.GBA_COMPLAINT and inquiry.their_reference == "DOS-2026-555"
    assert inquiry.deadline == date(2026, 11, 25)

    tab.view.selectRow(0)
    assert tab.answer_button.isEnabled()

    def answer(dialog) -> None:
        assert not dialog.ok_button.isEnabled()  # says what was sent first
        qtbot.keyClicks(dialog.sent_edit, "Dossieroverzicht per e-mail")
        dialog.ok_button.click()

    _on_next_dialog(answer)
    tab.answer_button.click()
    qtbot.waitUntil(lambda: services.inquiries.for_case(case.id)[0].answered_on is not None)

    target = tmp_path / "dossier.pdf"
    monkeypatch.setattr(
        inquiries_tab.QFileDialog, "getSaveFileName", lambda *args: (str(target), "")
    )
    with qtbot.waitSignal(tab.caseFileSaved, timeout=10000):
        tab.case_file_button.click()
    assert case.reference in PdfReader(target).pages[0].extract_text()
