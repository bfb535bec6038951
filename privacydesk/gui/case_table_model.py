"""The register's table: every case in memory, sorted and searched by precomputed keys.

Why this design (issue 17 weighed three anchors):

- *Anki's browser* sorts and searches in SQL and fetches only the visible rows. Our two
  most used orders — the deadline and the days left — are not columns: they come from the
  deadline rules (working days, Belgian holidays, pauses) in ``core``, for today. SQL
  cannot sort by them, and SQLite's ``LIKE`` is not accent-blind ("noel" must find
  "Noël"). Keeping it in SQL would mean storing derived, day-dependent values.
- *Qt's* ``canFetchMore``/``fetchMore`` pages rows in as the officer scrolls, but a sort or
  a search still needs every row, so it only moves the wait.
- *calibre's library view* keeps every record in memory with precomputed sort and search
  keys and serves 100k+ books. 100,000 cases are a few tens of MiB as plain tuples, so
  this is the design: a worker thread reads light rows (``services.case_rows``, no ORM)
  and folds each case's search text once; the model sorts a list of row numbers by a key
  list (C speed, no ``data()`` calls) and filters by substring tests on the folded keys,
  narrowing the previous result while the officer types more letters.

The model is its own sorter and filter (no ``QSortFilterProxyModel``: its sort calls
``data()`` through Python for every comparison, 1.7 million calls at 100k). A change to one
case updates that row only (``update_lines``): it is moved, inserted or removed with the
row signals, so the view keeps its place and selection. ``data()`` builds display text for
the few rows on screen only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from privacydesk.core.deadlines import DeadlineState
from privacydesk.core.messages import Message
from privacydesk.core.rights import Right
from privacydesk.core.workflow import Status
from privacydesk.gui.labels import deadline_state_label, right_label, show_date, status_label
from privacydesk.gui.messages import translated
from privacydesk.services.case_rows import CaseLine

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex

# Soft backgrounds: readable when printed in grey, never the only signal (the state column
# says it in words).
_STATE_COLOURS: dict[DeadlineState, str] = {
    DeadlineState.OVERDUE: "#f8d0d0",
    DeadlineState.DUE_SOON: "#fde9c4",
    DeadlineState.ANSWERED_LATE: "#eadcf3",
}
_STATUS_ORDER = {status: position for position, status in enumerate(Status)}


class Column(IntEnum):
    REFERENCE = 0
    REQUESTER = 1
    RIGHTS = 2
    RECEIVED = 3
    DUE = 4
    DAYS_LEFT = 5
    DEADLINE = 6
    STATUS = 7


class CaseFilter(IntEnum):
    ALL = 0
    OPEN = 1
    NEEDS_ATTENTION = 2


# The combining marks of the scripts a Belgian register meets (Latin, Greek, Cyrillic,
# Arabic, Hebrew and the combining blocks), removed in one C-speed ``str.translate``.
_NO_MARKS = {
    code: None
    for code in (*range(0x0300, 0x2100), *range(0xFE20, 0xFE30))
    if unicodedata.combining(chr(code))
}


def fold(text: str) -> str:
    """Text as search compares it: accents and case ignored ("Noël" → "noel", "ß" → "ss")."""
    if text.isascii():  # most names and every reference: no accents to take off
        return text.casefold()
    return unicodedata.normalize("NFKD", text).translate(_NO_MARKS).casefold()


class TableRow(NamedTuple):
    """What the table keeps of a case: what it shows and sorts by, nothing more (at 100,000
    cases every field counts; dates, rights and rule texts are shared objects)."""

    id: int
    number: int  # year × 1,000,000 + number: PD-2026-10000 sorts after PD-2026-9999
    reference: str
    requester_name: str
    rights: tuple[Right, ...]
    received: date
    status: Status
    due: date
    days_left: int
    state: DeadlineState
    rule: Message  # which rule set the date (translated when shown)
    attention: bool  # on today's reminder list (core.reminders.needs_attention)


def table_row(line: CaseLine) -> TableRow:
    info = line.deadline
    return TableRow(
        line.id,
        line.year * 1_000_000 + line.number,
        line.reference,
        line.requester_name,
        line.rights,
        line.received,
        line.status,
        info.due,
        info.days_left,
        info.state,
        info.rule_message,
        line.attention,
    )


def needs_attention(row: TableRow) -> bool:
    """The register's "needs attention": exactly the cases of the startup reminders."""
    return row.attention


def sort_key(column: Column) -> Callable[[TableRow], Any]:
    """Each column's order, ascending; ties keep the order they had (the sort is stable)."""
    if column is Column.REFERENCE:
        return lambda c: c.number
    if column is Column.REQUESTER:
        return lambda c: fold(c.requester_name)
    if column is Column.RIGHTS:
        return lambda c: len(c.rights)
    if column is Column.RECEIVED:
        return lambda c: c.received.toordinal()
    if column is Column.DUE:
        return lambda c: c.due.toordinal()
    if column is Column.DAYS_LEFT:
        return lambda c: c.days_left if c.status.is_open else 10**6
    if column is Column.DEADLINE:
        # Most urgent first when sorted ascending; ties by the nearest due date.
        return lambda c: c.state.urgency * 10**7 + c.due.toordinal()
    return lambda c: _STATUS_ORDER[c.status]


def search_text(line: CaseLine, rights_text: dict[Right, str]) -> str:
    """What a search looks in, folded: reference, name, e-mail address, the rights' names."""
    words = [line.reference, line.requester_name, line.requester_email]
    words.extend(rights_text[r] for r in line.rights)
    return fold(" ".join(words))


@dataclass
class RegisterRows:
    """The register as the table holds it; built off the GUI thread by ``build_rows``."""

    lines: list[TableRow] = field(default_factory=list)
    search: list[str] = field(default_factory=list)
    sorted_by: tuple[Column, Qt.SortOrder] | None = None
    keys: list[Any] = field(default_factory=list)  # the sort column's key of each row
    order: list[int] = field(default_factory=list)  # row numbers in ``sorted_by`` order
    index_of: dict[int, int] = field(default_factory=dict)  # case id → row number


def build_rows(
    lines: Iterable[CaseLine],
    rights_text: dict[Right, str],
    sorted_by: tuple[Column, Qt.SortOrder],
) -> RegisterRows:
    """Rows, search texts, sort keys and order of a fresh load: slow work, for a worker.

    ``lines`` may stream (``iter_case_lines``): each is folded into a ``TableRow`` and let go.
    """
    column, order = sorted_by
    rows = RegisterRows(sorted_by=sorted_by)
    key = sort_key(column)
    for line in lines:
        row = table_row(line)
        rows.index_of[row.id] = len(rows.lines)
        rows.lines.append(row)
        rows.search.append(search_text(line, rights_text))
        rows.keys.append(key(row))
    rows.order = sorted(
        range(len(rows.keys)),
        key=rows.keys.__getitem__,
        reverse=order == Qt.SortOrder.DescendingOrder,
    )
    return rows


def rights_search_text() -> dict[Right, str]:
    """The rights' names in the officer's language, folded (read on the GUI thread)."""
    return {right: fold(right_label(right)) for right in Right}


class CaseTableModel(QAbstractTableModel):
    """All cases in memory; shows those the filter and search let through, in sort order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[TableRow] = []
        self._search: list[str] = []
        self._index_of: dict[int, int] = {}  # case id → position in ``_lines``
        self._sorted: list[int] = []  # every position in ``_lines``, in sort order
        self._shown: list[int] = []  # the positions that pass filter and search, in order
        self._sort: tuple[Column, Qt.SortOrder] = (Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        self._keys: dict[Column, list[Any]] = {}
        self._words: list[str] = []
        self._text = ""
        self._filter: CaseFilter | Status = CaseFilter.ALL
        self._rights_text = rights_search_text()
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

    # -- loading ---------------------------------------------------------------------------

    @property
    def rights_text(self) -> dict[Right, str]:
        return self._rights_text

    @property
    def sorted_by(self) -> tuple[Column, Qt.SortOrder]:
        return self._sort

    def set_cases(self, lines: Iterable[CaseLine]) -> None:
        """Show these cases (a small list; a whole register comes through ``set_rows``)."""
        self.set_rows(build_rows(lines, self._rights_text, self._sort))

    def set_rows(self, rows: RegisterRows) -> None:
        """Replace everything with a fresh load; keeps the filter, search and sort."""
        self.beginResetModel()
        self._lines = rows.lines
        self._search = rows.search
        self._index_of = rows.index_of
        self._keys = {}
        if rows.sorted_by == self._sort and len(rows.order) == len(rows.lines):
            self._keys[self._sort[0]] = rows.keys
            self._sorted = rows.order
        else:
            self._sorted = self._sort_positions(range(len(self._lines)))
        self._shown = self._filtered(self._sorted)
        self.endResetModel()

    def update_lines(self, lines: Iterable[CaseLine], gone: Iterable[int] = ()) -> None:
        """Some cases changed (or are new, or ``gone``): only their rows move or repaint."""
        for case_id in gone:
            position = self._index_of.get(case_id)
            if position is not None:
                self._hide(position)
                self._sorted.remove(position)
                del self._index_of[case_id]
        for case in lines:
            line = table_row(case)
            position = self._index_of.get(line.id)
            if position is None:
                position = len(self._lines)
                self._lines.append(line)
                self._search.append(search_text(case, self._rights_text))
                self._index_of[line.id] = position
                for column, keys in self._keys.items():
                    keys.append(sort_key(column)(line))
            else:
                self._sorted.remove(position)
                was = self._row_of_position(position)
                self._lines[position] = line
                self._search[position] = search_text(case, self._rights_text)
                for column, keys in self._keys.items():
                    keys[position] = sort_key(column)(line)
                if was is not None:
                    if self._same_place(was, position):
                        first = self.index(was, 0)
                        self.dataChanged.emit(first, self.index(was, len(Column) - 1))
                        self._sorted.insert(self._insertion(self._sorted, position), position)
                        continue
                    self.beginRemoveRows(QModelIndex(), was, was)
                    del self._shown[was]
                    self.endRemoveRows()
            self._sorted.insert(self._insertion(self._sorted, position), position)
            if self._passes(position):
                row = self._insertion(self._shown, position)
                self.beginInsertRows(QModelIndex(), row, row)
                self._shown.insert(row, position)
                self.endInsertRows()

    # -- what is shown ---------------------------------------------------------------------

    def row_of(self, case_id: int) -> int | None:
        """The row showing a case, or None when it is not loaded or filtered out."""
        position = self._index_of.get(case_id)
        return None if position is None else self._row_of_position(position)

    def has_case(self, case_id: int) -> bool:
        return case_id in self._index_of

    def total(self) -> int:
        return len(self._lines)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        case = self._lines[self._shown[index.row()]]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _STATE_COLOURS.get(case.state)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and case.state in _STATE_COLOURS:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.DEADLINE:
            return translated(case.rule)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(case: TableRow, column: Column) -> str:
        if column is Column.REFERENCE:
            return case.reference
        if column is Column.REQUESTER:
            return case.requester_name
        if column is Column.RIGHTS:
            return ", ".join(right_label(r) for r in case.rights)
        if column is Column.RECEIVED:
            return show_date(case.received)
        if column is Column.DUE:
            return show_date(case.due)
        if column is Column.DAYS_LEFT:
            return str(case.days_left) if case.status.is_open else ""
        if column is Column.DEADLINE:
            return deadline_state_label(case.state)
        return status_label(case.status)

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = (Column(column), order)
        if wanted == self._sort and self._sorted:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        cases = [self._shown[p.row()] if p.isValid() else None for p in persistent]
        self._sort = wanted
        if not self._lines:
            self.layoutChanged.emit()
            return
        self._sorted = self._sort_positions(range(len(self._lines)))
        # Sorting the shown rows alone is quicker when a search narrowed them down.
        if len(self._shown) < len(self._lines):
            self._shown = self._sort_positions(self._shown)
        else:
            self._shown = list(self._sorted)
        rows = self._rows_of_positions({c for c in cases if c is not None})
        self.changePersistentIndexList(
            persistent,
            [
                self.index(rows[c], p.column()) if c is not None and c in rows else QModelIndex()
                for p, c in zip(persistent, cases, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _key_list(self, column: Column) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            key = sort_key(column)
            keys = self._keys[column] = [key(line) for line in self._lines]
        return keys

    def _sort_positions(self, positions: Iterable[int]) -> list[int]:
        column, order = self._sort
        return sorted(
            positions,
            key=self._key_list(column).__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _insertion(self, ordered: list[int], position: int) -> int:
        """Where ``position`` goes in a list kept in sort order (after its equals)."""
        keys = self._key_list(self._sort[0])
        key = keys[position]
        descending = self._sort[1] == Qt.SortOrder.DescendingOrder
        low, high = 0, len(ordered)
        while low < high:
            middle = (low + high) // 2
            other = keys[ordered[middle]]
            before = other < key if descending else key < other
            if before:
                high = middle
            else:
                low = middle + 1
        return low

    def _same_place(self, row: int, position: int) -> bool:
        """Whether a changed row still sits between its neighbours in the sort order."""
        keys = self._key_list(self._sort[0])
        key = keys[position]
        descending = self._sort[1] == Qt.SortOrder.DescendingOrder
        if row > 0:
            previous = keys[self._shown[row - 1]]
            if (previous < key) if descending else (key < previous):
                return False
        if row + 1 < len(self._shown):
            following = keys[self._shown[row + 1]]
            if (key < following) if descending else (following < key):
                return False
        return self._passes(position)

    # -- filtering -------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Search as typed: every word must occur, accents and case ignored."""
        folded = fold(text.strip())
        if folded == self._text:
            return
        # More letters typed after the same text can only narrow what is shown.
        narrowing = self._text != "" and folded.startswith(self._text)
        self._text = folded
        self._words = folded.split()
        self._refilter(self._shown if narrowing else self._sorted)

    def set_filter(self, value: CaseFilter | Status) -> None:
        if value == self._filter and type(value) is type(self._filter):
            return
        self._filter = value
        self._refilter(self._sorted)

    @property
    def text(self) -> str:
        return self._text

    def _refilter(self, base: list[int]) -> None:
        self.beginResetModel()
        self._shown = self._filtered(base)
        self.endResetModel()

    def _filtered(self, base: list[int]) -> list[int]:
        accepts = self._filter_test()
        words = self._words
        search = self._search
        lines = self._lines
        if accepts is None and not words:
            return list(base)
        if accepts is None and len(words) == 1:
            word = words[0]
            return [p for p in base if word in search[p]]
        return [
            p
            for p in base
            if (accepts is None or accepts(lines[p])) and all(w in search[p] for w in words)
        ]

    def _passes(self, position: int) -> bool:
        accepts = self._filter_test()
        if accepts is not None and not accepts(self._lines[position]):
            return False
        return all(word in self._search[position] for word in self._words)

    def _filter_test(self) -> Callable[[TableRow], bool] | None:
        chosen = self._filter
        if isinstance(chosen, Status):
            return lambda line: line.status is chosen
        if chosen is CaseFilter.OPEN:
            return lambda line: line.status.is_open
        if chosen is CaseFilter.NEEDS_ATTENTION:
            return needs_attention
        return None

    # -- helpers ---------------------------------------------------------------------------

    def _row_of_position(self, position: int) -> int | None:
        try:
            return self._shown.index(position)
        except ValueError:
            return None

    def _rows_of_positions(self, positions: set[int]) -> dict[int, int]:
        if not positions:
            return {}
        found: dict[int, int] = {}
        for row, position in enumerate(self._shown):
            if position in positions:
                found[position] = row
                if len(found) == len(positions):
                    break
        return found

    def _hide(self, position: int) -> None:
        row = self._row_of_position(position)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._shown[row]
            self.endRemoveRows()
