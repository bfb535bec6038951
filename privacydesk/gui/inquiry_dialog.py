"""Recording a question from the GBA/APD or a court on a case, and recording its answer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.inquiries import INQUIRY_KIND_LABEL_NL, InquiryKind
from privacydesk.gui.labels import tr


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMaximumDate(QDate(day.year, day.month, day.day).addYears(2))
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annuleren"))
    ok = QPushButton(ok_text)
    ok.setObjectName("inquiryOkButton")
    ok.setDefault(True)
    buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


class InquiryDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryDialog")
        self.setWindowTitle(self.tr("Vraag van de GBA of een rechtbank"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("inquiryKindCombo")
        for kind in InquiryKind:
            self.kind_combo.addItem(tr(INQUIRY_KIND_LABEL_NL[kind]), kind.value)
        self.received_edit = _date_edit(today, "inquiryReceivedEdit")
        self.received_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("inquiryReferenceEdit")
        self.deadline_check = QCheckBox(self.tr("Met een uiterste antwoorddatum"))
        self.deadline_check.setObjectName("inquiryDeadlineCheck")
        self.deadline_check.setChecked(True)
        self.deadline_edit = _date_edit(today, "inquiryDeadlineEdit")
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Soort"), self.kind_combo)
        form.addRow(self.tr("Ontvangen op"), self.received_edit)
        form.addRow(self.tr("Hun kenmerk"), self.reference_edit)
        form.addRow(self.deadline_check, self.deadline_edit)
        buttons, self.ok_button = _buttons(self, self.tr("Registreren"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def kind(self) -> InquiryKind:
        return InquiryKind(self.kind_combo.currentData())

    def received_on(self) -> date:
        return _day(self.received_edit)

    def deadline(self) -> date | None:
        return _day(self.deadline_edit) if self.deadline_check.isChecked() else None

    def their_reference(self) -> str:
        return self.reference_edit.text().strip()


class InquiryAnswerDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryAnswerDialog")
        self.setWindowTitle(self.tr("Antwoord aan de GBA of de rechtbank"))
        self.answered_edit = _date_edit(today, "inquiryAnsweredEdit")
        self.answered_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.sent_edit = QPlainTextEdit()
        self.sent_edit.setObjectName("inquirySentEdit")
        self.sent_edit.setTabChangesFocus(True)
        self.sent_edit.setPlaceholderText(
            self.tr("Bijvoorbeeld: dossieroverzicht met de brieven als bijlagen, per e-mail")
        )
        form = QFormLayout()
        form.addRow(self.tr("Beantwoord op"), self.answered_edit)
        form.addRow(self.tr("Wat werd bezorgd"), self.sent_edit)
        buttons, self.ok_button = _buttons(self, self.tr("Vastleggen"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.sent_edit.textChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.ok_button.setEnabled(bool(self.what_was_sent()))

    def answered_on(self) -> date:
        return _day(self.answered_edit)

    def what_was_sent(self) -> str:
        return self.sent_edit.toPlainText().strip()
