"""The register: every case in a table, the selected one beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from privacydesk import __version__
from privacydesk.core.workflow import Status
from privacydesk.gui.background import run_in_background
from privacydesk.gui.case_detail_pane import CaseDetailPane
from privacydesk.gui.case_registration import CaseRegistration
from privacydesk.gui.case_table_model import (
    CASE_ID_ROLE,
    CaseFilter,
    CaseTableModel,
    RegisterRows,
    build_rows,
)
from privacydesk.gui.case_table_view import CaseTableView
from privacydesk.gui.documents_tab import DocumentsTab
from privacydesk.gui.errors import show_error
from privacydesk.gui.geometry import restore_geometry
from privacydesk.gui.identity_tab import IdentityTab
from privacydesk.gui.inquiries_tab import InquiriesTab
from privacydesk.gui.labels import status_label
from privacydesk.gui.letters_tab import LettersTab
from privacydesk.gui.register_actions import RegisterActions
from privacydesk.gui.settings_dialog import SettingsDialog
from privacydesk.services import Services
from privacydesk.services.case_rows import CaseLine, case_lines, iter_case_lines

# At start the newest cases are shown first, from a small quick query, while the whole
# register loads beside it: the officer sees the register at once.
FIRST_SCREEN = 200


class MainWindow(QMainWindow):
    casesLoaded = Signal()
    remindersShown = Signal()
    remindersChecked = Signal(int)  # the startup check is done: how many reminders it found

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._services = services
        self._pending_select: int | None = None
        self._loading = 0  # whole-register loads under way
        self._stale_while_loading: set[int] = set()  # changed while a load was under way
        self._superseded = 0  # whole-register loads whose result the first screen made moot
        self.reminders_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("PrivacyDesk — register van verzoeken"))

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName(self.tr("Zoeken"))
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam, kenmerk of recht (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("statusFilter")
        self.filter_combo.setAccessibleName(self.tr("Filter"))
        # Qt keeps enum members as plain ints/strings: store names, map back on change.
        self._filters: list[CaseFilter | Status] = [
            CaseFilter.ALL,
            CaseFilter.OPEN,
            CaseFilter.NEEDS_ATTENTION,
            *Status,
        ]
        for choice in self._filters:
            self.filter_combo.addItem(
                status_label(choice) if isinstance(choice, Status) else self._filter_text(choice)
            )

        self.model = CaseTableModel(self)
        self.table = CaseTableView(self.model)
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

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.filter_combo, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 560])
        self.setCentralWidget(splitter)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(
            self.tr("Register: {path}").format(path=services.register.location)
        )

        self._build_menus()
        self.search_edit.textChanged.connect(self._search_changed)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
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
        find.triggered.connect(self._focus_search)
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

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _action(self, name: str, text: str, shortcut: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        return action

    # -- loading ---------------------------------------------------------------------------

    def refresh(self, select: int | None = None, *, first_screen: bool = False) -> None:
        """Reload the whole register off the GUI thread; keep (or move to) the selected case.

        ``first_screen``: also fetch the newest cases alone, shown before the whole register.
        """
        current = self.current_case_id()
        self._pending_select = select if select is not None else current
        services = self._services
        settings = services.settings.current()
        rights_text = self.model.rights_text
        sorted_by = self.model.sorted_by

        def load(newest: int | None = None) -> RegisterRows:
            lines = iter_case_lines(services.ctx, settings, newest=newest)
            return build_rows(lines, rights_text, sorted_by)

        if first_screen and self.model.total() == 0:
            run_in_background(
                self, lambda: load(FIRST_SCREEN), self._first_screen, self._load_failed
            )
        self._loading += 1
        run_in_background(self, load, self._loaded, self._full_load_failed)

    def is_loading(self) -> bool:
        """Whether a whole-register load is still under way (the first screen may show)."""
        return self._loading > 0

    def reload_cases(self, case_ids: list[int], select: int | None = None) -> None:
        """Some cases changed: fetch those rows alone and update them in place."""
        if self._loading:
            self._stale_while_loading.update(case_ids)
        services = self._services
        settings = services.settings.current()

        def load() -> list[CaseLine]:
            return case_lines(services.ctx, settings, ids=case_ids)

        def loaded(lines: list[CaseLine]) -> None:
            found = {line.id for line in lines}
            self.model.update_lines(lines, gone=[i for i in case_ids if i not in found])
            self._update_count()
            if select is not None:
                self.select_case(select)
            self.casesLoaded.emit()

        run_in_background(self, load, loaded, self._load_failed)

    def _first_screen(self, rows: RegisterRows) -> None:
        if not self._loading or self.model.total() != 0:
            return  # the whole register came first
        if len(rows.lines) < FIRST_SCREEN:
            # The newest cases were all the cases: this is the load; the whole-register
            # read started beside it brings nothing new and is let go when it arrives.
            self._superseded += 1
            self._show_load(rows)
            return
        self.model.set_rows(rows)
        self._update_count()

    def _loaded(self, rows: RegisterRows) -> None:
        self._loading -= 1
        if self._superseded:
            self._superseded -= 1
            self._after_load()
            return
        self._show_load(rows)

    def _show_load(self, rows: RegisterRows) -> None:
        # The officer may have picked a case among the first rows meanwhile: keep it.
        current = self.current_case_id()
        self.model.set_rows(rows)
        self._update_count()
        select = self._pending_select if self._pending_select is not None else current
        self._pending_select = None
        if select is not None:
            self.select_case(select)
        self._after_load()

    def _after_load(self) -> None:
        if self._stale_while_loading and not self._loading:
            # The load may have read the register before these changes: fetch them again.
            stale, self._stale_while_loading = sorted(self._stale_while_loading), set()
            self.reload_cases(stale)
            return
        self.casesLoaded.emit()

    def _full_load_failed(self, error: BaseException) -> None:
        self._loading = max(0, self._loading - 1)
        self._superseded = 0
        self._load_failed(error)

    def _load_failed(self, error: BaseException) -> None:
        show_error(self, error, self.tr("Het register kan niet gelezen worden"))

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} van {total} dossiers").format(
                shown=self.model.rowCount(), total=self.model.total()
            )
        )

    def _filter_text(self, choice: CaseFilter) -> str:
        return {
            CaseFilter.ALL: self.tr("Alle dossiers"),
            CaseFilter.OPEN: self.tr("Lopende dossiers"),
            CaseFilter.NEEDS_ATTENTION: self.tr("Vraagt aandacht"),
        }[choice]

    def set_filter(self, choice: CaseFilter | Status) -> None:
        self.filter_combo.setCurrentIndex(self._filters.index(choice))

    def _filter_changed(self, index: int) -> None:
        current = self.current_case_id()
        self.model.set_filter(self._filters[index])
        self._after_filter(current)

    def _search_changed(self, text: str) -> None:
        current = self.current_case_id()
        self.model.set_text(text)
        self._after_filter(current)

    def _after_filter(self, current: int | None) -> None:
        """Keep the case in view selected (if the filter still shows it)."""
        self._update_count()
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    # -- selection -------------------------------------------------------------------------

    def shown_case_ids(self) -> list[int]:
        """The cases the table shows now (search and filter), in the order shown."""
        model = self.model
        return [int(model.index(row, 0).data(CASE_ID_ROLE)) for row in range(model.rowCount())]

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.data(CASE_ID_ROLE)
        return int(value) if value is not None else None

    def select_case(self, case_id: int) -> bool:
        """Show a case, clearing the filters if they hide it."""
        if not self.model.has_case(case_id):
            # Not loaded yet (a reminder can be quicker than the list): select it on arrival.
            self._pending_select = case_id
            return False
        row = self.model.row_of(case_id)
        if row is None:
            self.search_edit.clear()
            self.filter_combo.setCurrentIndex(0)
            row = self.model.row_of(case_id)
            if row is None:
                return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self.raise_()
        self.activateWindow()
        return True

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
