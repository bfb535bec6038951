"""The register's table: light case rows, and the proxy behind the search box and filters."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from privacydesk.core.deadlines import DeadlineState
from privacydesk.core.workflow import Status
from privacydesk.gui.labels import deadline_state_label, right_label, show_date, status_label
from privacydesk.services.cases import CaseSummary

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

# Soft backgrounds: readable when printed in grey, never the only signal (the state column
# says it in words).
_STATE_COLOURS: dict[DeadlineState, str] = {
    DeadlineState.OVERDUE: "#f8d0d0",
    DeadlineState.DUE_SOON: "#fde9c4",
    DeadlineState.ANSWERED_LATE: "#eadcf3",
}


class Column(IntEnum):
    REFERENCE = 0
    REQUESTER = 1
    RIGHTS = 2
    RECEIVED = 3
    DUE = 4
    DAYS_LEFT = 5
    DEADLINE = 6
    STATUS = 7


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._headers = {
            Column.REFERENCE: self.tr("Kenmerk"),
            Column.REQUESTER: self.tr("Aanvrager"),
            Column.RIGHTS: self.tr("Rechten"),
            Column.RECEIVED: self.tr("Ontvangen"),
            Column.DUE: self.tr("Uiterste datum"),
            Column.DAYS_LEFT: self.tr("Dagen"),
            Column.DEADLINE: self.tr("Termijn"),
            Column.STATUS: self.tr("Status"),
        }

    def set_cases(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def case_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, case_id: int) -> int | None:
        for row, case in enumerate(self._rows):
            if case.id == case_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        column = Column(index.column())
        info = case.deadline
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == CASE_ID_ROLE:
            return case.id
        if role == SORT_ROLE:
            return self._sort_key(case, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _STATE_COLOURS.get(info.state)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and colour_needed(case):
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.DEADLINE:
            return info.rule
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, case: CaseSummary, column: Column) -> str:
        info = case.deadline
        if column is Column.REFERENCE:
            return case.reference
        if column is Column.REQUESTER:
            return case.requester_name
        if column is Column.RIGHTS:
            return ", ".join(right_label(r) for r in case.rights)
        if column is Column.RECEIVED:
            return show_date(case.received)
        if column is Column.DUE:
            return show_date(info.due)
        if column is Column.DAYS_LEFT:
            if not case.status.is_open:
                return ""
            return str(info.days_left)
        if column is Column.DEADLINE:
            return deadline_state_label(info.state)
        return status_label(case.status)

    @staticmethod
    def _sort_key(case: CaseSummary, column: Column) -> Any:
        info = case.deadline
        if column is Column.REFERENCE:
            return (case.received.year, case.reference)
        if column is Column.REQUESTER:
            return case.requester_name.casefold()
        if column is Column.RIGHTS:
            return len(case.rights)
        if column is Column.RECEIVED:
            return case.received.toordinal()
        if column is Column.DUE:
            return info.due.toordinal()
        if column is Column.DAYS_LEFT:
            return info.days_left if case.status.is_open else 10**6
        if column is Column.DEADLINE:
            # Most urgent first when sorted ascending; ties by the nearest due date.
            return info.state.urgency * 10**7 + info.due.toordinal()
        return list(Status).index(case.status)


def colour_needed(case: CaseSummary) -> bool:
    return case.deadline.state in _STATE_COLOURS


class CaseFilter(IntEnum):
    ALL = 0
    OPEN = 1
    NEEDS_ATTENTION = 2


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters as the officer types: reference, name or right; and by status or attention."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._filter: CaseFilter | Status = CaseFilter.ALL
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange()

    def set_filter(self, value: CaseFilter | Status) -> None:
        self.beginFilterChange()
        self._filter = value
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CaseTableModel)
        case = model.case_at(source_row)
        if not self._accepts_filter(case):
            return False
        if not self._text:
            return True
        haystack = " ".join(
            [case.reference, case.requester_name, *(right_label(r) for r in case.rights)]
        ).casefold()
        return all(word in haystack for word in self._text.split())

    def _accepts_filter(self, case: CaseSummary) -> bool:
        if isinstance(self._filter, Status):
            return case.status is self._filter
        if self._filter is CaseFilter.OPEN:
            return case.status.is_open
        if self._filter is CaseFilter.NEEDS_ATTENTION:
            return case.needs_attention  # the startup reminders' own rule (core.reminders)
        return True
