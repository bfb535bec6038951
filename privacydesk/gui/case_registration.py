"""Registering a new request: typed in the intake form, or from an e-mail dropped on the register.

The main window hands over itself (the dialogs' parent) and hears ``registered`` when a
case was made, to show and select it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from privacydesk.core.errors import UserFacingError
from privacydesk.gui.errors import show_error

if TYPE_CHECKING:
    from privacydesk.services import Services
    from privacydesk.services.cases import NewRequest


class FileReadError(UserFacingError):
    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(
            QCoreApplication.translate(
                "CaseRegistration", "{name} kan niet gelezen worden: {error}"
            ).format(name=path.name, error=error.strerror or error)
        )


class CaseRegistration(QObject):
    registered = Signal(str, int)  # the new case's reference and id

    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services

    def new_case(self, prefill: NewRequest | None = None) -> int | None:
        request = self._ask_request(prefill)
        if request is None:
            return None
        try:
            record = self._services.cases.register(request)
        except Exception as exc:
            show_error(self._window, exc)
            return None
        self.registered.emit(record.reference, record.id)
        return record.id

    def new_case_from_email(self, path: Path) -> int | None:
        """An e-mail dropped on the register: a new case pre-filled from it, the mail attached
        in the same step (a mail that cannot be stored leaves no case)."""
        intake = self._services.email_intake
        try:
            data = path.read_bytes()
            prefill = intake.prefill(data)
        except OSError as exc:
            show_error(self._window, FileReadError(path, exc))
            return None
        except Exception as exc:
            show_error(self._window, exc)
            return None
        request = self._ask_request(prefill)
        if request is None:
            return None
        try:
            created = intake.register(request, path.name, data)
        except Exception as exc:
            show_error(self._window, exc)
            return None
        self.registered.emit(created.case.reference, created.case.id)
        return created.case.id

    def _ask_request(self, prefill: NewRequest | None) -> NewRequest | None:
        from privacydesk.gui.intake_dialog import IntakeDialog

        settings = self._services.settings.current()
        dialog = IntakeDialog(
            self._services.ctx.today(),
            self._window,
            default_language=settings.default_letter_language,
            prefill=prefill,
        )
        return dialog.request() if dialog.exec() else None
