"""Recording an Art. 19 notification to a recipient of the data: who, when, how."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from privacydesk.gui.date_edit import DateEdit


class RecipientDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipientDialog")
        self.setWindowTitle(self.tr("Ontvanger op de hoogte gebracht (art. 19)"))
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setObjectName("recipientEdit")
        self.recipient_edit.setAccessibleName(self.tr("Ontvanger"))
        self.recipient_edit.setPlaceholderText(self.tr("Bv. verwerker, boekhoudkantoor, partner"))
        self._today = today
        self.date_edit = DateEdit(today, today=today)
        self.date_edit.setObjectName("notifiedOnEdit")
        self.date_edit.setAccessibleName(self.tr("Datum"))
        self.date_edit.setMaximumDate(today)
        self.how_combo = QComboBox()
        self.how_combo.setObjectName("howCombo")
        self.how_combo.setAccessibleName(self.tr("Hoe"))
        self.how_combo.setEditable(True)
        self.how_combo.addItems([self.tr("e-mail"), self.tr("brief"), self.tr("telefoon")])
        form = QFormLayout(self)
        form.addRow(self.tr("&Ontvanger"), self.recipient_edit)
        form.addRow(self.tr("&Datum"), self.date_edit)
        form.addRow(self.tr("&Hoe"), self.how_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.recipient_edit.textChanged.connect(self._sync)
        self.date_edit.dateChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.recipient_edit.text().strip()) and self.date_edit.is_acceptable())

    def values(self) -> tuple[str, date, str]:
        return (
            self.recipient_edit.text().strip(),
            self.date_edit.value() or self._today,
            self.how_combo.currentText().strip(),
        )
