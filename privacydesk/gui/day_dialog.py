"""Asking the officer for one day that matters to a deadline: never in the future.

The day an answer went out decides whether it was on time; the day the information asked
for arrived decides how long the clock was paused. Both default to today.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from privacydesk.core.case import CaseRecord
from privacydesk.gui.date_edit import DateEdit


class DayDialog(QDialog):
    def __init__(
        self,
        *,
        title: str,
        explanation: str,
        label: str,
        ok_text: str,
        earliest: date,
        today: date,
        object_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self._today = today
        self.setMinimumWidth(440)  # room for the explanation to read as a paragraph
        self.date_edit = DateEdit(today, today=today)
        self.date_edit.setObjectName("dayEdit")
        self.date_edit.setAccessibleName(label)
        self.date_edit.setMinimumDate(earliest)
        self.date_edit.setMaximumDate(today)
        note = QLabel(explanation)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.date_edit.dateChanged.connect(lambda _d: ok.setEnabled(self.date_edit.is_acceptable()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(label, self.date_edit)
        form.addRow(buttons)

    def day(self) -> date:
        return self.date_edit.value() or self._today


def _tr(text: str) -> str:
    return QCoreApplication.translate("DayDialog", text)


def answer_day_dialog(received: date, today: date, parent: QWidget | None = None) -> DayDialog:
    return DayDialog(
        title=_tr("Antwoord verstuurd"),
        explanation=_tr("Deze datum bepaalt of het antwoord op tijd was."),
        label=_tr("Antwoord verstuurd op"),
        ok_text=_tr("Beantwoord"),
        earliest=received,
        today=today,
        object_name="answerDateDialog",
        parent=parent,
    )


def arrival_day_dialog(requested_on: date, today: date, parent: QWidget | None = None) -> DayDialog:
    return DayDialog(
        title=_tr("Gevraagde informatie ontvangen"),
        explanation=_tr(
            "Op {day} werd gevraagd wat nodig is om de persoon te identificeren. Wanneer kwam "
            "het binnen? Tot die dag stond het dossier in afwachting; met de pauzeregeling "
            "aan bepaalt deze datum hoe lang de termijn stilstond."
        ).format(day=f"{requested_on:%d/%m/%Y}"),
        label=_tr("Ontvangen op"),
        ok_text=_tr("Vastleggen"),
        earliest=requested_on,
        today=today,
        object_name="arrivalDateDialog",
        parent=parent,
    )


def ask_arrival_day(
    case: CaseRecord, today: date, parent: QWidget | None = None
) -> tuple[bool, date | None]:
    """(go on, day): no question when nothing is awaited; (False, None) when cancelled."""
    requested = case.identification_requested_on
    if requested is None or case.identification_received_on is not None:
        return True, None
    dialog = arrival_day_dialog(requested, max(today, requested), parent)
    if not dialog.exec():
        return False, None
    return True, dialog.day()
