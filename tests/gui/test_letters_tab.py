"""Writing, issuing, printing and saving letters from the case view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from privacydesk.core.letter_kinds import LetterKind
from privacydesk.gui.letter_dialog import LetterDialog
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.gui.test_main_window import _on_next_dialog
from tests.letters.conftest import page_count, pdf_text
from tests.services.helpers import new_request


def _window(qtbot: QtBot, services: Services) -> tuple[MainWindow, int]:
    case_id = services.cases.register(new_request()).id
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case_id)
    return window, case_id


def letter_dialog(qtbot: QtBot, services: Services) -> LetterDialog:
    """The letter dialog on a newly registered case."""
    dialog = LetterDialog(services, services.cases.register(new_request()).id)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_offers_only_letters_that_fit_and_previews_the_edited_text(
    qtbot: QtBot, services: Services
) -> None:
    dialog = letter_dialog(qtbot, services)
    kinds = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
    assert "outcome" not in kinds and kinds[0] == "acknowledgement"
    assert "PD-2026-0001" in dialog.body_edit.toPlainText()
    dialog.body_edit.setPlainText(
        dialog.body_edit.toPlainText().replace("Geachte heer, mevrouw,", "Beste Éloïse,")
    )
    pdf = dialog.show_preview()
    assert pdf is not None and "Beste Éloïse," in pdf_text(pdf)
    assert dialog.preview.pdf_document.pageCount() == 1
    assert (
        services.letters.for_case(services.cases.list_cases()[0].id) == []
    )  # a preview issues nothing


def test_no_action_needs_reasons_before_it_can_be_issued(qtbot: QtBot, services: Services) -> None:
    dialog = letter_dialog(qtbot, services)
    assert dialog.select_kind(LetterKind.NO_ACTION)
    assert not dialog.issue_button.isEnabled()
    assert "de redenen waarom geen gevolg gegeven wordt" in dialog.problem_label.text()
    assert "{" not in dialog.problem_label.text()  # said in words, never a placeholder
    dialog.reasons_edit.setPlainText("Identiek aan uw verzoek van vorige week.")
    # The legal ground is recorded like a refusal's: without it, no letter.
    assert not dialog.issue_button.isEnabled()
    assert "de rechtsgrond om geen gevolg te geven" in dialog.problem_label.text()
    qtbot.keyClick(dialog.ground_combo, Qt.Key.Key_Down)  # Art. 12(5): manifestly unfounded
    assert dialog.issue_button.isEnabled()
    assert "Identiek aan uw verzoek" in dialog.body_edit.toPlainText()
    assert "artikel 12, lid 5, AVG" in dialog.body_edit.toPlainText()


def test_a_kind_that_cannot_be_drafted_yet_leaves_no_earlier_letter_in_the_preview(
    qtbot: QtBot, services: Services
) -> None:
    dialog = letter_dialog(qtbot, services)
    dialog.show()
    assert dialog.select_kind(LetterKind.ACKNOWLEDGEMENT)
    qtbot.waitUntil(lambda: dialog.preview.stack.currentWidget() is not dialog.preview.message)
    assert dialog.select_kind(LetterKind.NO_ACTION)
    assert dialog.preview.stack.currentWidget() is dialog.preview.message
    assert "nog nodig" in dialog.preview.message.text()
    assert not dialog.issue_button.isEnabled()


def test_a_late_no_action_notice_warns_and_a_late_extension_is_refused(
    qtbot: QtBot, services: Services
) -> None:
    from datetime import date

    case_id = services.cases.register(new_request(received=date(2026, 10, 1))).id
    dialog = LetterDialog(services, case_id)
    qtbot.addWidget(dialog)
    assert dialog.select_kind(LetterKind.NO_ACTION)
    dialog.reasons_edit.setPlainText("Identiek aan uw verzoek van vorige week.")
    qtbot.keyClick(dialog.ground_combo, Qt.Key.Key_Down)
    assert dialog.issue_button.isEnabled()
    assert "te laat" in dialog.problem_label.text() and "02-11-2026" in dialog.problem_label.text()

    services.cases.extend(case_id, "Veel verzoeken.", override_reason="Te laat gezien.")
    late = LetterDialog(services, case_id)
    qtbot.addWidget(late)
    assert late.select_kind(LetterKind.EXTENSION)
    assert not late.issue_button.isEnabled()
    assert "niet rechtsgeldig" in late.problem_label.text()


def test_issuing_freezes_the_letter_and_shows_it_in_the_case(
    qtbot: QtBot, services: Services
) -> None:
    window, _case_id = _window(qtbot, services)
    tab = window.letters_tab

    def issue(dialog: LetterDialog) -> None:
        _on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.issue_button.click()

    _on_next_dialog(issue)
    issued = tab.new_letter()
    assert issued is not None and issued.kind is LetterKind.ACKNOWLEDGEMENT
    assert tab.model.rowCount() == 1
    assert tab.viewer.pdf_document.pageCount() == 1
    timeline = window.detail.timeline_model
    last = timeline.index(timeline.rowCount() - 1).data()
    assert "Brief uitgegeven: Ontvangstbevestiging (nl)" in last


def test_a_stored_letter_prints_to_a_pdf_printer_and_saves_unchanged(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window, case_id = _window(qtbot, services)
    draft = services.letters.draft(case_id, LetterKind.ACKNOWLEDGEMENT)
    issued = services.letters.issue(draft)
    tab = window.letters_tab
    tab.show_case(case_id)
    tab.select_row(0)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "afgedrukt.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(tab.printed, timeout=20000):
        assert tab.print_selected(printer)
    assert printed.exists() and page_count(printed.read_bytes()) == 1

    saved = tab.save_selected(tmp_path / "brief.pdf")
    assert saved is not None and saved.read_bytes() == services.letters.pdf(issued.id)


def test_the_identification_letter_ticks_nothing_beforehand(
    qtbot: QtBot, services: Services
) -> None:
    dialog = letter_dialog(qtbot, services)
    assert dialog.select_kind(LetterKind.IDENTIFICATION)
    assert not any(check.isChecked() for check in dialog.missing_checks.values())
    assert not dialog.missing_checks["mandate"].isEnabled()  # no representative on the case
    assert not dialog.issue_button.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.missing_checks["signature"], Qt.MouseButton.LeftButton)
    assert dialog.issue_button.isEnabled()
    assert "identiteitskaart" not in dialog.body_edit.toPlainText()
