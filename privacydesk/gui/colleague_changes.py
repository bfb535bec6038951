"""On a shared register, colleagues' changes appear in this window as they are saved.

The services announce changed case ids from a listening thread; a queued Qt signal brings
them to the GUI thread, which reloads the register list and the case on screen (unless the
officer is in the middle of typing notes there: those are not thrown away).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from privacydesk.gui.main_window import MainWindow
    from privacydesk.services import Services


class ColleagueChanges(QObject):
    casesChanged = Signal(object)  # set[int]

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self.casesChanged.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        services.ctx.cases_changed.append(self._heard)
        self.watching = services.watch_colleagues()

    def _heard(self, case_ids: set[int], by_colleague: bool) -> None:
        if by_colleague:  # this window already shows its own changes
            self.casesChanged.emit(case_ids)

    def _apply(self, case_ids: set[int]) -> None:
        window = self._window
        window.refresh()
        shown = window.detail.case
        if shown is not None and shown.id in case_ids and not window.detail.has_unsaved_notes():
            window.detail.show_case(shown.id)


def watch_colleagues(window: MainWindow, services: Services) -> ColleagueChanges:
    return ColleagueChanges(window, services)
