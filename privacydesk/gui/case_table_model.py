"""The register's table: every case in memory, in compact columns, sorted and searched there.

Why this design (issue 17 weighed three anchors):

- *Anki's browser* sorts and searches in SQL and fetches only the visible rows. Our two
  most used orders — the deadline and the days left — are not columns: they come from the
  deadline rules (working days, Belgian holidays, pauses) in ``core``, for today. SQL
  cannot sort by them, and SQLite's ``LIKE`` is not accent-blind ("noel" must find
  "Noël"). Keeping it in SQL would mean storing derived, day-dependent values.
- *Qt's* ``canFetchMore``/``fetchMore`` pages rows in as the officer scrolls, but a sort or
  a search still needs every row, so it only moves the wait.
- *calibre's library view* keeps every record in memory with precomputed sort and search
  keys and serves 100k+ books. This is the design: a worker thread reads light rows
  (``services.case_rows``, no ORM) and folds each case's search text once; the model sorts
  a list of row numbers by a column (C speed, no ``data()`` calls) and filters by substring
  tests on the folded texts, narrowing the previous result while the officer types more
  letters.

The cases are kept as columns (``CaseColumns``): dates, days and numbers as machine
integers in arrays, statuses and states as one byte each, names and search texts as
strings, shared rights tuples and rule sentences by reference. At 100,000 cases a named
tuple per case with its own integer and date objects cost about twice as much memory.
The folded search text starts with the folded name, so it also serves as the Requester
column's sort key: no second folded copy of each name, and no folding on the first click.

The model is its own sorter and filter (no ``QSortFilterProxyModel``: its sort calls
``data()`` through Python for every comparison, 1.7 million calls at 100k). A change to one
case updates that row only (``update_lines``): it is moved, inserted or removed with the
row signals, so the view keeps its place and selection. ``data()`` builds display text for
the few rows on screen only.
"""

from __future__ import annotations

import threading
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from privacydesk.core.case import format_reference
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
# Statuses and states are kept as their position in these tuples (one byte per case); a
# status's position is also its place in the Status column's order.
_STATUSES = tuple(Status)
_STATUS_INDEX = {status: position for position, status in enumerate(_STATUSES)}
_OPEN = bytes(status.is_open for status in _STATUSES)
_STATES = tuple(DeadlineState)
_STATE_INDEX = {state: position for position, state in enumerate(_STATES)}
_URGENCY = tuple(state.urgency for state in _STATES)
_COLOURS = {_STATE_INDEX[state]: colour for state, colour in _STATE_COLOURS.items()}
# Ties in the deadline column: the nearest due date first (a day's ordinal is below this).
_URGENCY_STEP = 10**7
_CLOSED_DAYS_LEFT = 10**6  # a closed case has no days left: it sorts after every open one


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


def search_text(line: CaseLine, rights_text: dict[Right, str]) -> str:
    """What a search looks in, folded: the name, then (after a "\\x00", below any letter, so
    the text sorts exactly as the name) the reference, the e-mail address, the rights."""
    words = [line.requester_name + "\x00" + line.reference, line.requester_email]
    words.extend(rights_text[r] for r in line.rights)
    return fold(" ".join(words))


_POSITIONS: list[int] = []  # one int object per position, shared by every load and order
_POSITIONS_GROW = threading.Lock()


def _position(index: int) -> int:
    """``index`` as the shared int object: positions fill every order list and map of the
    table, and each reload would otherwise leave 100,000 new ones behind."""
    if index >= len(_POSITIONS):
        with _POSITIONS_GROW:  # the first screen and the whole register load side by side
            _POSITIONS.extend(range(len(_POSITIONS), max(index + 1, len(_POSITIONS) + 1024)))
    return _POSITIONS[index]


class CaseColumns:
    """The register as the table keeps it: one compact column per shown field, a case's
    values at the same position in each. Positions never move; ``position`` finds a
    case's (a case that is gone keeps its position, unfound)."""

    def __init__(self) -> None:
        self.ids = array("q")
        # Year × 1,000,000 + number: PD-2026-10000 sorts after PD-2026-9999.
        self.numbers = array("q")
        # Only a reference that is not ``format_reference(year, number)`` is kept as text.
        self.odd_references: dict[int, str] = {}
        self.names: list[str] = []
        self.rights: list[tuple[Right, ...]] = []  # shared tuples (services.case_rows)
        self.received = array("i")  # date.toordinal()
        self.due = array("i")
        self.days_left = array("i")
        self.status = bytearray()  # position in _STATUSES
        self.state = bytearray()  # position in _STATES
        self.rules: list[Message] = []  # which rule set the date; core shares each sentence
        self.attention = bytearray()  # on today's reminder list (core.reminders)
        self.search: list[str] = []  # ``search_text``
        # Case ids in ascending order and the position of each: the case → position map,
        # bisected (a dict of 100,000 int objects cost three times as much).
        self._id_order = array("q")
        self._id_position = array("i")

    def __len__(self) -> int:
        return len(self.ids)

    def append(
        self,
        line: CaseLine,
        rights_text: dict[Right, str],
        previous: CaseColumns | None = None,
        *,
        indexed: bool = True,
    ) -> int:
        """Add a case; its texts are ``previous``'s own objects where they did not change
        (a reload keeps one copy of each name and search text, not two)."""
        position = _position(len(self.ids))
        info = line.deadline
        name, search = line.requester_name, search_text(line, rights_text)
        if previous is not None:
            before = previous.position(line.id)
            if before is not None:
                if previous.names[before] == name:
                    name = previous.names[before]
                if previous.search[before] == search:
                    search = previous.search[before]
        self.ids.append(line.id)
        self.numbers.append(line.year * 1_000_000 + line.number)
        if line.reference != format_reference(line.year, line.number):
            self.odd_references[position] = line.reference
        self.names.append(name)
        self.rights.append(line.rights)
        self.received.append(line.received.toordinal())
        self.due.append(info.due.toordinal())
        self.days_left.append(info.days_left)
        self.status.append(_STATUS_INDEX[line.status])
        self.state.append(_STATE_INDEX[info.state])
        self.rules.append(info.rule_message)
        self.attention.append(line.attention)
        self.search.append(search)
        if indexed:
            at = bisect_left(self._id_order, line.id)
            self._id_order.insert(at, line.id)
            self._id_position.insert(at, position)
        return position

    def index_ids(self) -> None:
        """Map every appended case (a load appends with ``indexed=False``, then this once)."""
        order = sorted(range(len(self.ids)), key=self.ids.__getitem__)
        self._id_order = array("q", [self.ids[position] for position in order])
        self._id_position = array("i", order)

    def position(self, case_id: int) -> int | None:
        at = bisect_left(self._id_order, case_id)
        if at < len(self._id_order) and self._id_order[at] == case_id:
            return _position(self._id_position[at])
        return None

    def remove(self, case_id: int) -> None:
        """The case is gone: its position stays, unfound."""
        at = bisect_left(self._id_order, case_id)
        if at < len(self._id_order) and self._id_order[at] == case_id:
            del self._id_order[at]
            del self._id_position[at]

    def count(self) -> int:
        """The cases in the register (those gone not counted)."""
        return len(self._id_order)

    def positions(self) -> list[int]:
        """Every case's position, in load order."""
        if len(self._id_position) == len(self.ids):
            return _POSITIONS[: len(self.ids)]
        return [_position(p) for p in sorted(self._id_position)]

    def put(self, position: int, line: CaseLine, rights_text: dict[Right, str]) -> None:
        """A changed case, at the position it has."""
        info = line.deadline
        self.numbers[position] = line.year * 1_000_000 + line.number
        if line.reference != format_reference(line.year, line.number):
            self.odd_references[position] = line.reference
        else:
            self.odd_references.pop(position, None)
        self.names[position] = line.requester_name
        self.rights[position] = line.rights
        self.received[position] = line.received.toordinal()
        self.due[position] = info.due.toordinal()
        self.days_left[position] = info.days_left
        self.status[position] = _STATUS_INDEX[line.status]
        self.state[position] = _STATE_INDEX[info.state]
        self.rules[position] = info.rule_message
        self.attention[position] = line.attention
        self.search[position] = search_text(line, rights_text)

    def reference(self, position: int) -> str:
        odd = self.odd_references.get(position)
        if odd is not None:
            return odd
        year, number = divmod(self.numbers[position], 1_000_000)
        return format_reference(year, number)

    def is_open(self, position: int) -> bool:
        return bool(_OPEN[self.status[position]])

    def sort_values(self, column: Column) -> Sequence[Any] | None:
        """A column that sorts by its own values (nothing to build), else None."""
        values: dict[Column, Sequence[Any]] = {
            Column.REFERENCE: self.numbers,
            Column.REQUESTER: self.search,  # the folded name comes first (``search_text``)
            Column.RECEIVED: self.received,
            Column.DUE: self.due,
            Column.STATUS: self.status,
        }
        return values.get(column)

    def derived_key(self, column: Column, position: int) -> int:
        """The sort key of a column that has no values of its own to sort by."""
        if column is Column.RIGHTS:
            return len(self.rights[position])
        if column is Column.DAYS_LEFT:
            return self.days_left[position] if self.is_open(position) else _CLOSED_DAYS_LEFT
        # Most urgent first when sorted ascending; ties by the nearest due date.
        return _URGENCY[self.state[position]] * _URGENCY_STEP + self.due[position]

    def derived_keys(self, column: Column) -> array[int]:
        key = self.derived_key
        return array("q", [key(column, position) for position in range(len(self.ids))])


def sort_keys(columns: CaseColumns, column: Column) -> tuple[Sequence[Any], array[int] | None]:
    """Each column's order, ascending; ties keep the order they had (the sort is stable).

    Returns the keys by position, and the same when they were built for this column (to be
    kept and updated) or None when they are the column's own values."""
    values = columns.sort_values(column)
    if values is not None:
        return values, None
    built = columns.derived_keys(column)
    return built, built


@dataclass
class RegisterRows:
    """The register as the table holds it; built off the GUI thread by ``build_rows``."""

    columns: CaseColumns = field(default_factory=CaseColumns)
    sorted_by: tuple[Column, Qt.SortOrder] | None = None
    built_keys: array[int] | None = None  # the sort column's keys, when they had to be built
    order: list[int] = field(default_factory=list)  # positions in ``sorted_by`` order


def build_rows(
    lines: Iterable[CaseLine],
    rights_text: dict[Right, str],
    sorted_by: tuple[Column, Qt.SortOrder],
    previous: CaseColumns | None = None,
) -> RegisterRows:
    """Columns, search texts and the order of a fresh load: slow work, for a worker.

    ``lines`` may stream (``iter_case_lines``): each is put in the columns and let go.
    ``previous``: the columns the table shows now, whose unchanged texts are reused (read
    only, and only compared before use, so the GUI thread may change them meanwhile).
    """
    column, order = sorted_by
    rows = RegisterRows(sorted_by=sorted_by)
    columns = rows.columns
    for line in lines:
        columns.append(line, rights_text, previous, indexed=False)
    columns.index_ids()
    keys, rows.built_keys = sort_keys(columns, column)
    rows.order = sorted(
        columns.positions(),
        key=keys.__getitem__,
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
        self._cases = CaseColumns()
        self._sorted: list[int] = []  # every position in ``_cases``, in sort order
        self._shown: list[int] = []  # the positions that pass filter and search, in order
        self._sort: tuple[Column, Qt.SortOrder] = (Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        self._built_keys: dict[Column, array[int]] = {}  # kept up to date by ``update_lines``
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
    def columns(self) -> CaseColumns:
        """The cases as held now (a reload reuses their unchanged texts)."""
        return self._cases

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
        self._cases = rows.columns
        self._built_keys = {}
        if rows.sorted_by == self._sort and len(rows.order) == self._cases.count():
            if rows.built_keys is not None:
                self._built_keys[self._sort[0]] = rows.built_keys
            self._sorted = rows.order
        else:
            self._sorted = self._sort_positions(self._cases.positions())
        self._shown = self._filtered(self._sorted)
        self.endResetModel()

    def update_lines(self, lines: Iterable[CaseLine], gone: Iterable[int] = ()) -> None:
        """Some cases changed (or are new, or ``gone``): only their rows move or repaint."""
        cases = self._cases
        for case_id in gone:
            position = cases.position(case_id)
            if position is not None:
                self._hide(position)
                self._sorted.remove(position)
                cases.remove(case_id)
        for case in lines:
            position = cases.position(case.id)
            if position is None:
                position = cases.append(case, self._rights_text)
                for column, keys in self._built_keys.items():
                    keys.append(cases.derived_key(column, position))
            else:
                self._sorted.remove(position)
                was = self._row_of_position(position)
                cases.put(position, case, self._rights_text)
                for column, keys in self._built_keys.items():
                    keys[position] = cases.derived_key(column, position)
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
        position = self._cases.position(case_id)
        return None if position is None else self._row_of_position(position)

    def has_case(self, case_id: int) -> bool:
        return self._cases.position(case_id) is not None

    def total(self) -> int:
        return self._cases.count()

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
        position = self._shown[index.row()]
        cases = self._cases
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(position, column)
        if role == CASE_ID_ROLE:
            return cases.ids[position]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _COLOURS.get(cases.state[position])
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and cases.state[position] in _COLOURS:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.DEADLINE:
            return translated(cases.rules[position])
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, position: int, column: Column) -> str:
        cases = self._cases
        if column is Column.REFERENCE:
            return cases.reference(position)
        if column is Column.REQUESTER:
            return cases.names[position]
        if column is Column.RIGHTS:
            return ", ".join(right_label(r) for r in cases.rights[position])
        if column is Column.RECEIVED:
            return show_date(date.fromordinal(cases.received[position]))
        if column is Column.DUE:
            return show_date(date.fromordinal(cases.due[position]))
        if column is Column.DAYS_LEFT:
            return str(cases.days_left[position]) if cases.is_open(position) else ""
        if column is Column.DEADLINE:
            return deadline_state_label(_STATES[cases.state[position]])
        return status_label(_STATUSES[cases.status[position]])

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = (Column(column), order)
        if wanted == self._sort and self._sorted:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        positions = [self._shown[p.row()] if p.isValid() else None for p in persistent]
        self._sort = wanted
        if not self._cases.count():
            self.layoutChanged.emit()
            return
        self._sorted = self._sort_positions(self._sorted)
        # Sorting the shown rows alone is quicker when a search narrowed them down.
        if len(self._shown) < len(self._sorted):
            self._shown = self._sort_positions(self._shown)
        else:
            self._shown = list(self._sorted)
        rows = self._rows_of_positions({p for p in positions if p is not None})
        self.changePersistentIndexList(
            persistent,
            [
                self.index(rows[p], i.column()) if p is not None and p in rows else QModelIndex()
                for i, p in zip(persistent, positions, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _keys(self, column: Column) -> Sequence[Any]:
        """Each position's sort key in ``column``; built keys are kept for the next time."""
        built = self._built_keys.get(column)
        if built is not None:
            return built
        keys, built = sort_keys(self._cases, column)
        if built is not None:
            self._built_keys[column] = built
        return keys

    def _sort_positions(self, positions: Iterable[int]) -> list[int]:
        column, order = self._sort
        # Stable, and stable in reverse too: equal keys keep the order they had.
        return sorted(
            positions,
            key=self._keys(column).__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _insertion(self, ordered: list[int], position: int) -> int:
        """Where ``position`` goes in a list kept in sort order (after its equals)."""
        keys = self._keys(self._sort[0])
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
        keys = self._keys(self._sort[0])
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
        search = self._cases.search
        if accepts is None and not words:
            return list(base)
        if accepts is None and len(words) == 1:
            word = words[0]
            return [p for p in base if word in search[p]]
        return [
            p
            for p in base
            if (accepts is None or accepts(p)) and all(w in search[p] for w in words)
        ]

    def _passes(self, position: int) -> bool:
        accepts = self._filter_test()
        if accepts is not None and not accepts(position):
            return False
        return all(word in self._cases.search[position] for word in self._words)

    def _filter_test(self) -> Callable[[int], bool] | None:
        """Whether the case at a position passes the status filter (None: all do)."""
        chosen = self._filter
        status = self._cases.status
        if isinstance(chosen, Status):
            wanted = _STATUS_INDEX[chosen]
            return lambda position: status[position] == wanted
        if chosen is CaseFilter.OPEN:
            return lambda position: bool(_OPEN[status[position]])
        if chosen is CaseFilter.NEEDS_ATTENTION:
            # Exactly the cases of the startup reminders (core.reminders.needs_attention).
            attention = self._cases.attention
            return lambda position: bool(attention[position])
        return None

    # -- helpers ---------------------------------------------------------------------------

    def _row_of_position(self, position: int) -> int | None:
        try:
            return self._shown.index(position)
        except ValueError:
            return None

    def _rows_of_positions(self, positions: set[int]) -> dict[int, int]:
        """The rows of the positions a sort keeps (the selection): a few, each found at C
        speed; many, in one pass."""
        found: dict[int, int] = {}
        if len(positions) > 8:
            for row, position in enumerate(self._shown):
                if position in positions:
                    found[position] = row
            return found
        for position in positions:
            shown = self._row_of_position(position)
            if shown is not None:
                found[position] = shown
        return found

    def _hide(self, position: int) -> None:
        row = self._row_of_position(position)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._shown[row]
            self.endRemoveRows()
