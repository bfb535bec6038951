"""The rights of one case with their outcomes, for the case view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from privacydesk.core.case import RightRequest
from privacydesk.gui.labels import ground_label, outcome_label, right_label, right_with_article

_Index = QModelIndex | QPersistentModelIndex


class RightsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[RightRequest] = []
        self._headers = [
            self.tr("Recht"),
            self.tr("Uitkomst"),
            self.tr("Rechtsgrond"),
            self.tr("Verzoek in eigen woorden"),
        ]

    def set_items(self, items: tuple[RightRequest, ...]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> RightRequest:
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return right_with_article(item.right)
                return right_label(item.right)
            if column == 1:
                return outcome_label(item.outcome)
            if column == 2:
                return ground_label(item.ground) if item.ground else ""
            return item.words
        return None
