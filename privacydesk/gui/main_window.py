"""The main window: the register on the left, the selected case beside it.

It wires its parts together, each in a module of its own as in Vorta's and calibre's main
windows: the register's search, filter and table (register_view.py), registering a new
request (case_registration.py), the menus and toolbar (main_menus.py) with the Register
menu's work (register_actions.py), and the case view with its tabs (case_detail_pane.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QSplitter, QWidget

from privacydesk.core.workflow import Status
from privacydesk.gui.background import run_in_background
from privacydesk.gui.case_detail_pane import CaseDetailPane
from privacydesk.gui.case_registration import CaseRegistration
from privacydesk.gui.case_table_model import CASE_ID_ROLE, CaseFilter
from privacydesk.gui.errors import show_error
from privacydesk.gui.geometry import restore_geometry
from privacydesk.gui.main_menus import MainMenus
from privacydesk.gui.register_view import RegisterView

if TYPE_CHECKING:
    from privacydesk.gui.documents_tab import DocumentsTab
    from privacydesk.gui.identity_tab import IdentityTab
    from privacydesk.gui.inquiries_tab import InquiriesTab
    from privacydesk.gui.letters_tab import LettersTab
    from privacydesk.services import Services


class MainWindow(QMainWindow):
    casesLoaded = Signal()
    remindersShown = Signal()
    remindersChecked = Signal(int)  # the startup check is done: how many reminders it found

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._services = services
        # Closed: a load still under way may arrive, but no case is opened any more (its
        # services may be closed already).
        self._closed = False
        self.reminders_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("PrivacyDesk — register van verzoeken"))

        self.register_view = RegisterView(services)
        self.register_view.casesLoaded.connect(self.casesLoaded)
        self.register_view.firstRowsShown.connect(self._first_rows_shown)
        # The register's parts, as the window's own: tests and the app reach them here.
        self.model = self.register_view.model
        self.table = self.register_view.table
        self.search_edit = self.register_view.search_edit
        self.filter_combo = self.register_view.filter_combo
        self.count_label = self.register_view.count_label
        self.registration = CaseRegistration(self, services)
        self.registration.registered.connect(self._registered)
        self.table.emailsDropped.connect(self.registration.new_case_from_email)
        self.table.openRequested.connect(self.open_current_case)
        self.table.doubleClicked.connect(lambda _index: self.open_current_case())

        self.detail = CaseDetailPane(services)
        self.detail.caseChanged.connect(self._case_changed)
        # Each tab is built when first opened (its modules imported then too).
        self._identity_tab = self.detail.add_tab(
            lambda: _identity_tab(services), self.tr("&Identiteit")
        )
        self._documents_tab = self.detail.add_tab(
            lambda: _documents_tab(services), self.tr("&Documenten")
        )
        self._letters_tab = self.detail.add_tab(lambda: _letters_tab(services), self.tr("&Brieven"))
        self._inquiries_tab = self.detail.add_tab(lambda: _inquiries_tab(services), self.tr("&GBA"))

        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.register_view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 560])
        self.setCentralWidget(splitter)

        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(
            self.tr("Register: {path}").format(path=services.register.location)
        )

        self.menus = MainMenus(self, services)
        # The actions tests and the app reach through the window.
        self.new_action = self.menus.new_action
        self.register_menu = self.menus.register_menu
        self.register_actions = self.menus.register_actions
        self.register_actions.registerChanged.connect(lambda: self.refresh())
        self.register_actions.registerReplaced.connect(self._register_replaced)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        restore_geometry(self, "mainWindow", QSize(1360, 820))
        self.refresh(first_screen=True)

    # -- the case's tabs (built on first use) -------------------------------------------------

    @property
    def identity_tab(self) -> IdentityTab:
        return self._identity_tab.get()

    @property
    def documents_tab(self) -> DocumentsTab:
        return self._documents_tab.get()

    @property
    def letters_tab(self) -> LettersTab:
        return self._letters_tab.get()

    @property
    def inquiries_tab(self) -> InquiriesTab:
        return self._inquiries_tab.get()

    # -- the register ----------------------------------------------------------------------

    def refresh(self, select: int | None = None, *, first_screen: bool = False) -> None:
        """Reload the whole register off the GUI thread; keep (or move to) the selected case."""
        self.register_view.refresh(select, first_screen=first_screen)

    def is_loading(self) -> bool:
        return self.register_view.is_loading()

    def reload_cases(self, case_ids: list[int], select: int | None = None) -> None:
        self.register_view.reload_cases(case_ids, select)

    def set_filter(self, choice: CaseFilter | Status) -> None:
        self.register_view.set_filter(choice)

    def shown_case_ids(self) -> list[int]:
        return self.register_view.shown_case_ids()

    def current_case_id(self) -> int | None:
        return self.register_view.current_case_id()

    def select_case(self, case_id: int) -> bool:
        """Show a case (and the window) in front, clearing the filters if they hide it."""
        return self.register_view.select_case(case_id)

    def _first_rows_shown(self) -> None:
        # What the case view needs loads while the officer looks at the first rows, so the
        # first case clicked opens as quickly as the next one.
        run_in_background(self, self.detail.prepare, lambda _: None, lambda _: None)

    # -- the selected case -----------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._closed:
            return
        if self.detail.has_unsaved_notes():
            self.detail.save_notes()
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        self.detail.show_case(int(case_id) if case_id is not None else None)

    def _case_changed(self, case_id: int) -> None:
        self.reload_cases([case_id], select=case_id)

    def _register_replaced(self) -> None:
        self.detail.show_case(None)
        self.refresh()

    # -- actions ---------------------------------------------------------------------------

    def _registered(self, reference: str, case_id: int) -> None:
        self.statusBar().showMessage(
            self.tr("Verzoek geregistreerd als {ref}").format(ref=reference), 8000
        )
        self.search_edit.clear()
        self.reload_cases([case_id], select=case_id)

    def edit_settings(self) -> bool:
        from privacydesk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._services.settings.get(), self, backups_held=self._services.backup.held()
        )
        if not dialog.exec():
            return False
        try:
            self._services.settings.save(dialog.settings())
        except Exception as exc:
            show_error(self, exc)
            return False
        self.statusBar().showMessage(self.tr("Instellingen opgeslagen"), 5000)
        self.refresh()
        return True

    def new_letter(self) -> None:
        if self.current_case_id() is None:
            self.statusBar().showMessage(self.tr("Kies eerst een dossier."), 5000)
            return
        self._show_letters()
        self.letters_tab.new_letter()

    def _show_letters(self) -> None:
        tabs = self.detail.tabs
        for index in range(tabs.count()):  # the tab's page is a scroll area around the tab
            page = tabs.widget(index)
            if page is not None and page.isAncestorOf(self.letters_tab):
                tabs.setCurrentIndex(index)

    def open_current_case(self) -> None:
        """Enter (or a double-click) on a case: go to its view, ready for the keyboard."""
        if self.current_case_id() is None:
            return
        self.detail.tabs.setFocus()

    def print_letter(self) -> None:
        """Ctrl+P: print the letter chosen in the case's letters."""
        if self.current_case_id() is None:
            self.statusBar().showMessage(self.tr("Kies eerst een dossier."), 5000)
            return
        self._show_letters()
        if self.letters_tab.view.currentIndex().isValid():
            self.letters_tab.print_selected()
        else:
            self.statusBar().showMessage(self.tr("Kies eerst een brief in Brieven."), 5000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.detail.has_unsaved_notes():
            self.detail.save_notes()
        super().closeEvent(event)
        self._closed = event.isAccepted()


def _identity_tab(services: Services) -> IdentityTab:
    from privacydesk.gui.identity_tab import IdentityTab

    return IdentityTab(services)


def _documents_tab(services: Services) -> DocumentsTab:
    from privacydesk.gui.documents_tab import DocumentsTab

    return DocumentsTab(services)


def _letters_tab(services: Services) -> LettersTab:
    from privacydesk.gui.letters_tab import LettersTab

    return LettersTab(services)


def _inquiries_tab(services: Services) -> InquiriesTab:
    from privacydesk.gui.inquiries_tab import InquiriesTab

    return InquiriesTab(services)
