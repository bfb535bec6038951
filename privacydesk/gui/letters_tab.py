"""The letters that went out for a case: exactly as issued, to view, print or save."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QStandardPaths,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QWidget,
)

from privacydesk.core.letter_kinds import LETTER_KIND_LABEL_NL
from privacydesk.gui.case_tab import CaseTab, named_button
from privacydesk.gui.document_viewer import DocumentViewer
from privacydesk.gui.errors import show_error
from privacydesk.gui.labels import language_label, show_date, tr
from privacydesk.gui.record_table_model import RecordTableModel
from privacydesk.locations import data_dir
from privacydesk.services.integrity import StoredContentChangedError

if TYPE_CHECKING:  # printing and the letter dialog load when used, not with the tab
    from PySide6.QtPrintSupport import QPrinter

    from privacydesk.services import Services
    from privacydesk.services.letters import IssuedLetter


def make_letters_model(parent: QObject | None = None) -> RecordTableModel[IssuedLetter]:
    def _tr(text: str) -> str:
        return QCoreApplication.translate("LettersModel", text)

    return RecordTableModel(
        [
            (_tr("Uitgegeven"), lambda letter: show_date(letter.issued_on)),
            (_tr("Brief"), lambda letter: tr(LETTER_KIND_LABEL_NL[letter.kind])),
            (_tr("Taal"), lambda letter: language_label(letter.language)),
            (_tr("Door"), lambda letter: letter.issued_by),
            (_tr("SHA-256"), lambda letter: letter.sha256[:16] + "…"),
        ],
        lambda letter, _column: letter.sha256,
        parent,
    )


def letter_file_name(reference: str, letter: IssuedLetter) -> str:
    return f"{reference}_{letter.issued_on:%Y-%m-%d}_{letter.kind.value}.pdf"


class LettersTab(CaseTab):
    printed = Signal(int)  # a print job ended: the pages printed (before a stop, if stopped)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lettersTab")
        self._services = services
        self._case_id: int | None = None
        self._reference = ""

        self.model = make_letters_model(self)
        self.view = self.record_view(
            "lettersView",
            self.tr("Brieven"),
            self.model,
            on_select=self._sync,
            on_open=self.view_selected,
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.new_button = named_button(
            "newLetterButton", self.tr("&Nieuwe brief…"), self.new_letter
        )
        self.print_button = named_button(
            "printLetterButton", self.tr("&Afdrukken…"), self.print_selected
        )
        self.save_button = named_button(
            "saveLetterButton", self.tr("Opslaan als &PDF…"), self.save_selected
        )
        self.open_button = named_button(
            "openLetterButton", self.tr("Openen in PDF-&lezer"), self.open_selected
        )
        self.viewer = DocumentViewer()
        note = QLabel(
            self.tr("Een uitgegeven brief is bevroren: hij wordt nooit opnieuw aangemaakt.")
        )
        note.setStyleSheet("color: #555;")
        self.list_above_viewer(
            ((self.new_button, self.print_button, self.save_button, self.open_button),),
            self.view,
            note,
            self.viewer,
            (200, 460),
        )
        self._sync()

    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        if case_id is None:
            self.model.set_items([])
        else:
            try:
                self._reference = self._services.cases.get(case_id).reference
                self.model.set_items(self._services.letters.for_case(case_id))
            except Exception as exc:
                show_error(self, exc)
        self._sync()

    def _selected(self) -> IssuedLetter | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _sync(self) -> None:
        selected = self._selected() is not None
        self.new_button.setEnabled(self._case_id is not None)
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(selected)

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)
        self._sync()

    def new_letter(self) -> IssuedLetter | None:
        if self._case_id is None:
            return None
        from privacydesk.gui.letter_dialog import LetterDialog

        dialog = LetterDialog(self._services, self._case_id, self)
        self.letter_dialog = dialog
        if not dialog.exec() or dialog.issued is None:
            return None
        self.show_case(self._case_id)
        self.select_row(self.model.rowCount() - 1)
        self.view_selected()
        self.caseChanged.emit(self._case_id)
        return dialog.issued

    def _pdf(self) -> tuple[IssuedLetter, bytes] | None:
        letter = self._selected()
        if letter is None:
            return None
        try:
            return letter, self._services.letters.pdf(letter.id)
        except Exception as exc:
            if isinstance(exc, StoredContentChangedError):
                # The warning stands where the forged letter would have been shown.
                self.viewer.show_message(str(exc))
            show_error(self, exc)
            return None

    def view_selected(self) -> None:
        found = self._pdf()
        if found:
            letter, pdf = found
            self.viewer.show_document(
                letter_file_name(self._reference, letter), "application/pdf", pdf
            )

    def print_selected(self, printer: QPrinter | None = None) -> bool:
        found = self._pdf()
        if not found:
            return False
        _letter, pdf = found
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from privacydesk.gui.printing import PrintError, PrintJob, PrintProgressDialog

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Brief afdrukken"))
            if not dialog.exec():
                return False
        # Off the GUI thread, page by page, with progress and Annuleren (gui/printing.py).
        job = PrintJob(pdf, printer, self)
        self.print_progress = PrintProgressDialog(job, self)
        job.failed.connect(lambda sentence: show_error(self, PrintError(sentence)))
        job.finished.connect(self.printed)
        job.cancelled.connect(self.printed)
        self.print_job = job
        self.print_progress.show()
        job.start()
        return True

    def save_selected(self, path: Path | None = None) -> Path | None:
        found = self._pdf()
        if not found:
            return None
        letter, pdf = found
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Brief opslaan als PDF"),
                str(Path(folder) / letter_file_name(self._reference, letter)),
                self.tr("PDF-bestanden (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            from privacydesk.core.errors import UserFacingError

            show_error(
                self,
                UserFacingError(
                    self.tr("{path} kan niet geschreven worden: {error}").format(
                        path=path, error=exc.strerror or exc
                    )
                ),
            )
            return None
        return path

    def open_selected(self) -> bool:
        found = self._pdf()
        if not found:
            return False
        letter, pdf = found
        folder = data_dir() / "open-letters"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / letter_file_name(self._reference, letter)
            path.write_bytes(pdf)
        except OSError as exc:
            from privacydesk.core.errors import UserFacingError

            show_error(
                self,
                UserFacingError(
                    self.tr("De brief kan niet klaargezet worden: {error}").format(
                        error=exc.strerror or exc
                    )
                ),
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
