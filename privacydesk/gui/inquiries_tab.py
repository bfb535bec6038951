"""The case view's GBA tab: the authority's (or a court's) questions about the case, their
deadlines and answers, and the case file to send them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from privacydesk.core.inquiries import INQUIRY_KIND_LABEL_NL, Inquiry
from privacydesk.gui.case_tab import CaseTab, named_button
from privacydesk.gui.errors import show_error
from privacydesk.gui.inquiry_dialog import InquiryAnswerDialog, InquiryDialog
from privacydesk.gui.labels import show_date, tr
from privacydesk.gui.record_table_model import RecordTableModel
from privacydesk.services import Services


def make_inquiries_model(parent: QObject | None = None) -> RecordTableModel[Inquiry]:
    def _tr(text: str) -> str:
        return QCoreApplication.translate("InquiriesModel", text)

    return RecordTableModel(
        [
            (_tr("Soort"), lambda i: tr(INQUIRY_KIND_LABEL_NL[i.kind])),
            (_tr("Ontvangen"), lambda i: show_date(i.received_on)),
            (_tr("Hun kenmerk"), lambda i: i.their_reference),
            (_tr("Uiterste datum"), lambda i: show_date(i.deadline)),
            (_tr("Beantwoord"), lambda i: show_date(i.answered_on)),
            (_tr("Wat werd bezorgd"), lambda i: i.what_was_sent),
        ],
        lambda i, _column: str(i.id),
        parent,
    )


class InquiriesTab(CaseTab):
    caseFileSaved = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiriesTab")
        self._services = services
        self._case_id: int | None = None
        self.model = make_inquiries_model(self)
        self.view = self.record_view(
            "inquiriesView",
            self.tr("Vragen van de GBA of een rechtbank"),
            self.model,
            on_select=self._sync,
            on_open=self.answer_selected,
        )
        self.new_button = named_button(
            "newInquiryButton", self.tr("&Vraag registreren…"), self.new_inquiry
        )
        self.answer_button = named_button(
            "answerInquiryButton", self.tr("&Beantwoord…"), self.answer_selected
        )
        self.case_file_button = named_button(
            "caseFileButton", self.tr("&Dossier voor de GBA…"), self.save_case_file
        )
        note = QLabel(
            self.tr(
                "Het dossier voor de GBA bevat de gegevens, de tijdlijn uit het auditspoor, de "
                "identiteitsbeslissing en de uitgegeven brieven met hun hash; nooit een kopie "
                "van een identiteitsdocument."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.answer_button, self.case_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        self._sync()

    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        try:
            items = self._services.inquiries.for_case(case_id) if case_id is not None else []
        except Exception as exc:
            show_error(self, exc)
            items = []
        self.model.set_items(items)
        self._sync()

    def _selected(self) -> Inquiry | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _sync(self) -> None:
        has_case = self._case_id is not None
        self.new_button.setEnabled(has_case)
        self.case_file_button.setEnabled(has_case)
        selected = self._selected()
        self.answer_button.setEnabled(selected is not None and selected.open)

    def new_inquiry(self) -> None:
        if self._case_id is None:
            return
        dialog = InquiryDialog(self._services.ctx.today(), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = (dialog.kind(), dialog.received_on(), dialog.their_reference(), dialog.deadline())
        dialog.deleteLater()
        if not accepted:
            return
        kind, received_on, reference, deadline = values
        try:
            self._services.inquiries.record(
                self._case_id, kind, received_on, their_reference=reference, deadline=deadline
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.show_case(self._case_id)
        self.caseChanged.emit(self._case_id)

    def answer_selected(self) -> None:
        inquiry = self._selected()
        if inquiry is None or not inquiry.open:
            return
        dialog = InquiryAnswerDialog(self._services.ctx.today(), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answered_on, sent = dialog.answered_on(), dialog.what_was_sent()
        dialog.deleteLater()
        if not accepted:
            return
        try:
            self._services.inquiries.record_answer(inquiry.id, answered_on, sent)
        except Exception as exc:
            show_error(self, exc)
            return
        self.show_case(inquiry.case_id)
        self.caseChanged.emit(inquiry.case_id)

    def save_case_file(self, target: Path | None = None) -> None:
        if self._case_id is None:
            return
        case = self._services.cases.get(self._case_id)
        if target is None:
            suggested = self._services.backup.folder().parent / f"dossier-{case.reference}.pdf"
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Dossier voor de GBA bewaren"), str(suggested), self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return
            target = Path(chosen)
        try:
            self._services.case_file.write(case.id, target)
        except Exception as exc:
            show_error(self, exc)
            return
        self.caseFileSaved.emit(str(target))
