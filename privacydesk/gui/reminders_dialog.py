"""The morning list: what needs attention, grouped, most urgent first; a row opens its case."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from privacydesk.gui.geometry import restore_geometry
from privacydesk.gui.labels import show_date, tr
from privacydesk.gui.messages import translated
from privacydesk.services.reminders import REMINDER_LABEL_NL, Reminder

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RemindersDialog(QDialog):
    openCase = Signal(int)

    def __init__(self, reminders: list[Reminder], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersDialog")
        self.setWindowTitle(self.tr("Herinneringen — wat vraagt vandaag aandacht"))
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Kenmerk"),
                self.tr("Aanvrager"),
                self.tr("Uiterste datum"),
                self.tr("Dagen"),
                self.tr("Toelichting"),
            ]
        )
        bold = QFont()
        bold.setBold(True)
        for kind, group in groupby(reminders, key=lambda r: r.kind):
            items = list(group)
            header = QStandardItem(f"{tr(REMINDER_LABEL_NL[kind])} ({len(items)})")
            header.setFont(bold)
            header.setEditable(False)
            for reminder in items:
                detail = translated(reminder.detail)
                row = [
                    QStandardItem(reminder.reference),
                    QStandardItem(reminder.requester_name),
                    QStandardItem(show_date(reminder.due)),
                    QStandardItem(str(reminder.days_left)),
                    QStandardItem(detail),
                ]
                for item in row:
                    item.setEditable(False)
                    item.setData(reminder.case_id, CASE_ID_ROLE)
                    item.setToolTip(detail)
                row[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                header.appendRow(row)
            self.model.appendRow([header, *(self._blank() for _ in range(4))])

        self.view = QTreeView()
        self.view.setObjectName("remindersView")
        self.view.setAccessibleName(self.tr("Herinneringen"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(True)
        self.view.setUniformRowHeights(True)
        self.view.expandAll()
        for group_row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(group_row, QModelIndex(), True)
        header_view = self.view.header()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setStretchLastSection(True)
        # "activated" is the platform's double-click (or Enter on the keyboard).
        self.view.activated.connect(self._open)

        intro = QLabel(
            self.tr(
                "Dubbelklik op een dossier om het te openen. Deze lijst verschijnt bij elke start."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        restore_geometry(self, "remindersDialog", QSize(1100, 440))

    @staticmethod
    def _blank() -> QStandardItem:
        item = QStandardItem()
        item.setEditable(False)
        return item

    def case_rows(self) -> list[tuple[str, str]]:
        """(group, reference) for each listed case, in display order."""
        rows: list[tuple[str, str]] = []
        for group_row in range(self.model.rowCount()):
            group = self.model.item(group_row, 0)
            for child in range(group.rowCount()):
                rows.append((group.text(), group.child(child, 0).text()))
        return rows

    def _open(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.openCase.emit(int(case_id))
