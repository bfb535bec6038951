"""A short dialog that asks for a required reason (extension, waiver, override, …)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.gui.discard_guard import may_discard
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
        buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text_edit)
        layout.addWidget(buttons)
        self.text_edit.textChanged.connect(self._sync)
        self._sync()
        self._initial = initial
        fit_to_screen(self, QSize(520, 280))

    def cancel(self) -> bool:
        """Escape or Annuleren: close, after asking when a reason was typed."""
        typed = self.text_edit.toPlainText().strip()
        if typed and typed != self._initial.strip() and not may_discard(self):
            return False
        self.reject()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def _sync(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()
