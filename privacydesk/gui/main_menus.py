"""The main window's menus and toolbar: which command sits where, under which key.

The commands themselves live with what they act on (the window, the register view, the
Register menu's actions); this module only puts them in menus, in the order the officer
knows, with the standard keys of the platform.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from privacydesk import __version__
from privacydesk.gui.case_table_model import CaseFilter
from privacydesk.gui.register_actions import RegisterActions

if TYPE_CHECKING:
    from privacydesk.gui.main_window import MainWindow
    from privacydesk.services import Services


class MainMenus(QObject):
    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        bar = window.menuBar()

        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.new_action = self._add(
            file_menu,
            "newCaseAction",
            self.tr("&Nieuw verzoek…"),
            QKeySequence.StandardKey.New,
            lambda: window.registration.new_case(),
        )
        self.new_letter_action = self._add(
            file_menu, "newLetterAction", self.tr("Nieuwe &brief…"), "Ctrl+L", window.new_letter
        )
        self.refresh_action = self._add(
            file_menu,
            "refreshAction",
            self.tr("&Vernieuwen"),
            QKeySequence.StandardKey.Refresh,
            lambda: window.refresh(),
        )
        f5 = QKeySequence(Qt.Key.Key_F5)
        self.refresh_action.setShortcuts(
            [f5, *(k for k in self.refresh_action.shortcuts() if k != f5)]
        )
        self.print_action = self._add(
            file_menu,
            "printAction",
            self.tr("Brief &afdrukken…"),
            QKeySequence.StandardKey.Print,
            window.print_letter,
        )
        file_menu.addSeparator()
        self.settings_action = self._add(
            file_menu,
            "settingsAction",
            self.tr("&Instellingen…"),
            QKeySequence.StandardKey.Preferences,
            window.edit_settings,
        )
        if self.settings_action.shortcut().isEmpty():  # Windows has no standard key for it
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        file_menu.addSeparator()
        self._add(
            file_menu,
            "quitAction",
            self.tr("&Afsluiten"),
            QKeySequence.StandardKey.Quit,
            window.close,
        )

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        self._add(
            view_menu,
            "findAction",
            self.tr("&Zoeken"),
            QKeySequence.StandardKey.Find,
            window.register_view.focus_search,
        )
        self._add(
            view_menu,
            "attentionAction",
            self.tr("Toon wat &aandacht vraagt"),
            "Ctrl+Shift+A",
            lambda: window.set_filter(CaseFilter.NEEDS_ATTENTION),
        )

        self.register_menu = bar.addMenu(self.tr("&Register"))
        self.register_actions = RegisterActions(
            window, services, self.register_menu, window.shown_case_ids, window.model.total
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, "aboutAction", self.tr("&Over PrivacyDesk"), None, self._about)

        self.toolbar = window.addToolBar(self.tr("Werkbalk"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.new_letter_action)
        self.toolbar.addAction(self.refresh_action)

    def _add(
        self,
        menu: QMenu,
        name: str,
        text: str,
        shortcut: object,
        slot: Callable[[], object],
    ) -> QAction:
        # The window owns the action: its shortcuts work anywhere in it, findChild finds it.
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _about(self) -> None:
        QMessageBox.about(
            self._window,
            self.tr("Over PrivacyDesk"),
            self.tr(
                "PrivacyDesk {version}\nRegister van verzoeken van betrokkenen (AVG).\n\n"
                "Register: {path}\nSchemaversie: {schema}"
            ).format(
                version=__version__,
                path=self._services.register.location,
                schema=self._services.register.schema_version,
            ),
        )
