"""The register's table: its columns sized once, Enter to open a case, e-mails dropped on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from privacydesk.gui.case_table_model import CaseTableModel, Column


class CaseTableView(QTableView):
    """The register's table; an e-mail dropped on it starts a new case."""

    emailsDropped = Signal(Path)
    openRequested = Signal()  # Enter on the selected case

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tab moves on to the case beside the table, as in any Windows list; arrows walk it.
        self.setTabKeyNavigation(False)
        self.setAcceptDrops(True)
        self.setDragDropMode(QTableView.DragDropMode.DropOnly)
        self.setObjectName("caseTable")
        self.setAccessibleName(self.tr("Dossiers"))
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        # One row height for all: the view need not measure 100,000 rows.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self._size_columns(model)

    def _size_columns(self, model: CaseTableModel) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in {
            Column.REQUESTER: 165,
            Column.RIGHTS: 150,
            Column.DEADLINE: 118,
        }.items():
            self.setColumnWidth(column, width)
        # Short columns fit their widest value and their header (with the sort arrow), in
        # whatever font and scale the workstation uses.
        cell, title = self.fontMetrics(), header.fontMetrics()
        for column, widest in {
            Column.REFERENCE: "PD-0000-0000",
            Column.RECEIVED: "00/00/0000",
            Column.DUE: "00/00/0000",
            Column.DAYS_LEFT: "-000",
        }.items():
            label = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cell.horizontalAdvance(widest), title.horizontalAdvance(label) + 16)
            self.setColumnWidth(column, width + 16)

    @staticmethod
    def _emails(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        return [
            Path(url.toLocalFile())
            for url in event.mimeData().urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith((".eml", ".msg"))
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._emails(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._emails(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        emails = self._emails(event)
        if emails:
            event.acceptProposedAction()
            for path in emails:
                self.emailsDropped.emit(path)
