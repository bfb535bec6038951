"""Sentences from below the GUI (core/messages.py) in the officer's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from privacydesk.core.errors import UserFacingError
from privacydesk.core.messages import Label, Message


def translated(text: Message | str) -> str:
    """The sentence in the chosen language; a plain string is a ready-made sentence, a
    :class:`Label` a domain label (a status, a right)."""
    if isinstance(text, Label):
        return QCoreApplication.translate("Labels", text)
    if isinstance(text, str):
        return QCoreApplication.translate("Messages", text)
    return text.format(QCoreApplication.translate("Messages", text.source), translated)


def error_text(error: BaseException) -> str:
    if isinstance(error, UserFacingError):
        return translated(error.message)
    return str(error)
