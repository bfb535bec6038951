"""When was the answer sent? Defaults to today; never before receipt or in the future."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget


class AnswerDateDialog(QDialog):
    def __init__(self, received: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerDateDialog")
        self.setWindowTitle(self.tr("Antwoord verstuurd"))
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("answeredOnEdit")
        self.date_edit.setAccessibleName(self.tr("Datum van het antwoord"))
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(received.year, received.month, received.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        note = QLabel(self.tr("Deze datum bepaalt of het antwoord op tijd was."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Beantwoord"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Antwoord verstuurd op"), self.date_edit)
        form.addRow(buttons)

    def answered_on(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())
