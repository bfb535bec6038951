"""The register: every case in a table, the selected one beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from privacydesk import __version__
from privacydesk.core.workflow import Status
from privacydesk.gui.case_detail_pane import CaseDetailPane
from privacydesk.gui.case_registration import CaseRegistration
from privacydesk.gui.case_table_model import (
    CASE_ID_ROLE,
    CaseFilter,
)
from privacydesk.gui.documents_tab import DocumentsTab
from privacydesk.gui.errors import show_error
from privacydesk.gui.geometry import restore_geometry
from privacydesk.gui.identity_tab import IdentityTab
from privacydesk.gui.inquiries_tab import InquiriesTab
from privacydesk.gui.letters_tab import LettersTab
from privacydesk.gui.register_actions import RegisterActions
from privacydesk.gui.register_view import RegisterView
from privacydesk.gui.settings_dialog import SettingsDialog
from privacydesk.services import Services


class MainWindow(QMainWindow):
    casesLoaded = Signal()
    remindersShown = Signal()
    remindersChecked = Signal(int)  # the startup check is done: how many reminders it found

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._services = services
        self.reminders_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("PrivacyDesk — register van verzoeken"))

        self.register_view = RegisterView(services)
        self.register_view.casesLoaded.connect(self.casesLoaded)
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
        self.identity_tab = IdentityTab(services)
        self.detail.add_tab(self.identity_tab, self.tr("&Identiteit"))
        self.documents_tab = DocumentsTab(services)
        self.detail.add_tab(self.documents_tab, self.tr("&Documenten"))
        self.letters_tab = LettersTab(services)
        self.detail.add_tab(self.letters_tab, self.tr("&Brieven"))
        self.inquiries_tab = InquiriesTab(services)
        self.detail.add_tab(self.inquiries_tab, self.tr("&GBA"))

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

        self._build_menus()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        restore_geometry(self, "mainWindow", QSize(1360, 820))
        self.refresh(first_screen=True)

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.new_action = self._action(
            "newCaseAction", self.tr("&Nieuw verzoek…"), QKeySequence.StandardKey.New
        )
        self.new_action.triggered.connect(lambda: self.registration.new_case())
        file_menu.addAction(self.new_action)
        self.new_letter_action = self._action(
            "newLetterAction", self.tr("Nieuwe &brief…"), "Ctrl+L"
        )
        self.new_letter_action.triggered.connect(self.new_letter)
        file_menu.addAction(self.new_letter_action)
        refresh = self._action(
            "refreshAction", self.tr("&Vernieuwen"), QKeySequence.StandardKey.Refresh
        )
        f5 = QKeySequence(Qt.Key.Key_F5)
        refresh.setShortcuts([f5, *(k for k in refresh.shortcuts() if k != f5)])
        refresh.triggered.connect(lambda: self.refresh())
        file_menu.addAction(refresh)
        self.print_action = self._action(
            "printAction", self.tr("Brief &afdrukken…"), QKeySequence.StandardKey.Print
        )
        self.print_action.triggered.connect(self.print_letter)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        self.settings_action = self._action(
            "settingsAction", self.tr("&Instellingen…"), QKeySequence.StandardKey.Preferences
        )
        if self.settings_action.shortcut().isEmpty():  # Windows has no standard key for it
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.edit_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = self._action(
            "quitAction", self.tr("&Afsluiten"), QKeySequence.StandardKey.Quit
        )
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("Bee&ld"))
        find = self._action("findAction", self.tr("&Zoeken"), QKeySequence.StandardKey.Find)
        find.triggered.connect(self.register_view.focus_search)
        view_menu.addAction(find)
        attention = self._action(
            "attentionAction", self.tr("Toon wat &aandacht vraagt"), "Ctrl+Shift+A"
        )
        attention.triggered.connect(lambda: self.set_filter(CaseFilter.NEEDS_ATTENTION))
        view_menu.addAction(attention)

        register_menu = self.menuBar().addMenu(self.tr("&Register"))
        verify = self._action("verifyAuditAction", self.tr("Auditspoor &controleren"), None)
        verify.triggered.connect(self.verify_audit)
        register_menu.addAction(verify)
        register_menu.addSeparator()
        backup = self._action("backupAction", self.tr("Nu een &back-up maken…"), None)
        backup.triggered.connect(lambda: self.backup_now())
        register_menu.addAction(backup)
        restore = self._action("restoreAction", self.tr("Back-up &terugzetten…"), None)
        restore.triggered.connect(lambda: self.restore_backup())
        register_menu.addAction(restore)
        register_menu.addSeparator()
        to_server = self._action("moveToServerAction", self.tr("Naar een &server verhuizen…"), None)
        to_server.triggered.connect(self.move_to_server)
        register_menu.addAction(to_server)
        self.register_menu = register_menu
        self.register_actions = RegisterActions(
            self, self._services, register_menu, self.shown_case_ids, self.model.total
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = self._action("aboutAction", self.tr("&Over PrivacyDesk"), None)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.toolbar = self.addToolBar(self.tr("Werkbalk"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.new_letter_action)
        self.toolbar.addAction(refresh)

    def _action(self, name: str, text: str, shortcut: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        return action

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

    # -- the selected case -----------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.detail.has_unsaved_notes():
            self.detail.save_notes()
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        self.detail.show_case(int(case_id) if case_id is not None else None)

    def _case_changed(self, case_id: int) -> None:
        self.reload_cases([case_id], select=case_id)

    # -- actions ---------------------------------------------------------------------------

    def _registered(self, reference: str, case_id: int) -> None:
        self.statusBar().showMessage(
            self.tr("Verzoek geregistreerd als {ref}").format(ref=reference), 8000
        )
        self.search_edit.clear()
        self.reload_cases([case_id], select=case_id)

    def edit_settings(self) -> bool:
        dialog = SettingsDialog(self._services.settings.get(), self)
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
        tabs = self.detail.tabs
        for index in range(tabs.count()):  # the tab's page is a scroll area around the tab
            page = tabs.widget(index)
            if page is not None and page.isAncestorOf(self.letters_tab):
                tabs.setCurrentIndex(index)
        self.letters_tab.new_letter()

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
        self.detail.tabs.setCurrentIndex(self.detail.tabs.count() - 1)
        if self.letters_tab.view.currentIndex().isValid():
            self.letters_tab.print_selected()
        else:
            self.statusBar().showMessage(self.tr("Kies eerst een brief in Brieven."), 5000)

    def backup_now(self, target: Path | None = None) -> Path | None:
        if target is None:
            backup = self._services.backup
            suggested = (
                backup.folder() / f"register-{self._services.ctx.today():%Y-%m-%d}-handmatig.sqlite"
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Back-up maken"), str(suggested), self.tr("Registers (*.sqlite)")
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            info = self._services.backup.backup_to(target)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.statusBar().showMessage(
            self.tr("Back-up gemaakt: {path}").format(path=info.path), 8000
        )
        return info.path

    def restore_backup(self, source: Path | None = None) -> bool:
        if source is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Back-up terugzetten"),
                str(self._services.backup.folder()),
                self.tr("Registers (*.sqlite)"),
            )
            if not chosen:
                return False
            source = Path(chosen)
        answer = QMessageBox.question(
            self,
            self.tr("Back-up terugzetten"),
            self.tr(
                "Het register wordt vervangen door de back-up '{name}'. Wat sindsdien gebeurde, "
                "verdwijnt uit het register; de huidige toestand wordt eerst zelf als back-up "
                "bewaard. Doorgaan?"
            ).format(name=source.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            safety = self._services.backup.restore_from(source)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._services.reload_settings()
        self.detail.show_case(None)
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Back-up teruggezet"),
            self.tr("De back-up werd teruggezet. De vorige toestand staat in:\n{path}").format(
                path=safety
            ),
        )
        return True

    def move_to_server(self) -> None:
        from privacydesk.gui.server_dialog import ServerRegisterDialog

        self.server_dialog = ServerRegisterDialog(self._services, self)
        self.server_dialog.open()

    def verify_audit(self) -> None:
        result = self._services.audit.verify()
        # Every finding and note, not only the first (the service's own sentences).
        notes = "".join(f"\n\n{note}" for note in result.notes)
        if result.ok:
            QMessageBox.information(
                self,
                self.tr("Auditspoor"),
                self.tr("Het auditspoor is intact ({count} gebeurtenissen gecontroleerd).").format(
                    count=result.checked
                )
                + notes,
            )
        else:
            more = "".join(f"\n• {problem}" for problem in result.problems[1:20])
            QMessageBox.critical(
                self,
                self.tr("Auditspoor"),
                self.tr("Het auditspoor werd aangetast: {problem}.").format(problem=result.problem)
                + more
                + notes,
            )

    def _about(self) -> None:
        QMessageBox.about(
            self,
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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.detail.has_unsaved_notes():
            self.detail.save_notes()
        super().closeEvent(event)
