"""A short dialog that asks for a required reason (extension, waiver, override, …)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.gui.geometry import fit_to_screen


class TextPromptDialog(QDialog):
    """OK stays disabled until something is typed: these reasons end up in letters and audit."""

    def __init__(
        self,
        title: str,
        explanation: str,
        ok_text: str,
        parent: QWidget | None = None,
        *,
        object_name: str = "textPromptDialog",
        initial: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        label = QLabel(explanation)
        label.setWordWrap(True)
        self.text_edit = QPlainTextEdit(initial)
        self.text_edit.setObjectName("reasonEdit")
        self.text_edit.setAccessibleName(title)
        self.text_edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("promptOkButton")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text_edit)
        layout.addWidget(buttons)
        self.text_edit.textChanged.connect(self._sync)
        self._sync()
        fit_to_screen(self, QSize(520, 280))

    def _sync(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()
