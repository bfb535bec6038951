"""Escape or Annuleren on a form with typed text asks first: a slip of the key must not throw
away a request that was half typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def may_discard(parent: QWidget) -> bool:
    """Whether the officer agrees to throw away what was typed (No is the default)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DiscardGuard", "Getypte tekst weggooien?"),
        QCoreApplication.translate(
            "DiscardGuard", "Wat u in dit venster typte, gaat verloren. Toch sluiten?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
