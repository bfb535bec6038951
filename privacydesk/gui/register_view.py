"""The register's side of the main window: search, filter and the table of every case.

It loads the register off the GUI thread (the newest cases first, then the whole register),
updates changed cases in place, and keeps the officer's case selected through it all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from privacydesk.core.workflow import Status
from privacydesk.gui.background import run_in_background
from privacydesk.gui.case_table_model import (
    CASE_ID_ROLE,
    CaseFilter,
    CaseTableModel,
    RegisterRows,
    build_rows,
)
from privacydesk.gui.case_table_view import CaseTableView
from privacydesk.gui.errors import show_error
from privacydesk.gui.labels import status_label
from privacydesk.services.case_rows import CaseLine, case_lines, iter_case_lines

if TYPE_CHECKING:
    from privacydesk.services import Services

# At start the newest cases are shown first, from a small quick query, and the whole
# register is read after them: the officer sees the register at once.
FIRST_SCREEN = 200


class RegisterView(QWidget):
    casesLoaded = Signal()
    firstRowsShown = Signal()  # once: the officer sees the register (or that it is empty)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._pending_select: int | None = None
        self._loading = 0  # whole-register loads under way
        self._stale_while_loading: set[int] = set()  # changed while a load was under way
        self._rows_shown = False

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
        # The window shows the count in its status bar.
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.filter_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self.search_edit.textChanged.connect(self._search_changed)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)

    # -- loading ---------------------------------------------------------------------------

    def refresh(self, select: int | None = None, *, first_screen: bool = False) -> None:
        """Reload the whole register off the GUI thread; keep (or move to) the selected case.

        ``first_screen``: fetch the newest cases alone first and show them; the whole
        register is read once they are on screen (read side by side, the two slowed each
        other down and the first rows came later).
        """
        current = self.current_case_id()
        self._pending_select = select if select is not None else current
        self._loading += 1
        if first_screen and self.model.total() == 0:
            run_in_background(
                self, self._reader(FIRST_SCREEN), self._first_screen, self._first_screen_failed
            )
            return
        self._read_whole()

    def _reader(self, newest: int | None = None) -> Callable[[], RegisterRows]:
        """The work of a load (for a worker thread), with what it needs read here."""
        services = self._services
        settings = services.settings.current()
        rights_text = self.model.rights_text
        sorted_by = self.model.sorted_by
        shown = self.model.columns  # a reload keeps one copy of each unchanged text

        def load() -> RegisterRows:
            lines = iter_case_lines(services.ctx, settings, newest=newest)
            return build_rows(lines, rights_text, sorted_by, shown)

        return load

    def _read_whole(self) -> None:
        run_in_background(self, self._reader(), self._loaded, self._full_load_failed)

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
        if len(rows.columns) < FIRST_SCREEN:
            self._loaded(rows)  # the newest cases were all the cases: this is the load
            return
        if self.model.total() == 0:
            self.model.set_rows(rows)
            self._update_count()
            self._first_rows_shown()
        self._read_whole()

    def _first_screen_failed(self, _error: BaseException) -> None:
        self._read_whole()  # whatever is wrong, the whole register's read says it (once)

    def _loaded(self, rows: RegisterRows) -> None:
        self._loading -= 1
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
        self._first_rows_shown()
        self._after_load()

    def _first_rows_shown(self) -> None:
        if not self._rows_shown:
            self._rows_shown = True
            self.firstRowsShown.emit()

    def _after_load(self) -> None:
        if self._stale_while_loading and not self._loading:
            # The load may have read the register before these changes: fetch them again.
            stale, self._stale_while_loading = sorted(self._stale_while_loading), set()
            self.reload_cases(stale)
            return
        self.casesLoaded.emit()

    def _full_load_failed(self, error: BaseException) -> None:
        self._loading = max(0, self._loading - 1)
        self._load_failed(error)

    def _load_failed(self, error: BaseException) -> None:
        show_error(self, error, self.tr("Het register kan niet gelezen worden"))

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} van {total} dossiers").format(
                shown=self.model.rowCount(), total=self.model.total()
            )
        )

    # -- search and filter -----------------------------------------------------------------

    def _filter_text(self, choice: CaseFilter) -> str:
        return {
            CaseFilter.ALL: self.tr("Alle dossiers"),
            CaseFilter.OPEN: self.tr("Lopende dossiers"),
            CaseFilter.NEEDS_ATTENTION: self.tr("Vraagt aandacht"),
        }[choice]

    def set_filter(self, choice: CaseFilter | Status) -> None:
        self.filter_combo.setCurrentIndex(self._filters.index(choice))

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

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
        # The case comes to the front with its window (a reminder's case, a new case).
        window = self.window()
        window.raise_()
        window.activateWindow()
        return True
