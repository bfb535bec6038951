"""What every tab of the case view shares: following the selected case, the list above the
viewer, buttons that tests and screen readers can find."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget


def named_button(name: str, text: str, slot: Callable[[], object]) -> QPushButton:
    """A push button tests and screen readers can find; the slot gets no 'checked' flag."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.clicked.connect(lambda: slot())
    return button


class CaseTab(QWidget):
    """A tab of the case view. Subclasses show one case and emit caseChanged after a change."""

    caseChanged = Signal(int)

    def show_case(self, case_id: int | None) -> None:
        raise NotImplementedError

    @staticmethod
    def record_view(
        name: str,
        accessible_name: str,
        model: QAbstractItemModel,
        *,
        on_select: Callable[[], object],
        on_open: Callable[[], object],
    ) -> QTableView:
        """The tab's list: one row selected at a time, double-click opens it in the viewer."""
        view = QTableView()
        view.setObjectName(name)
        view.setAccessibleName(accessible_name)
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.doubleClicked.connect(lambda _index: on_open())
        view.selectionModel().currentRowChanged.connect(lambda *_: on_select())
        return view

    def list_above_viewer(
        self,
        button_rows: Sequence[Sequence[QWidget]],
        view: QTableView,
        footer: QWidget,
        viewer: QWidget,
        sizes: tuple[int, int],
    ) -> None:
        """Rows of buttons, the list and a footer line on top; the viewer below, resizable."""
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for buttons in button_rows:
            row = QHBoxLayout()
            for widget in buttons:
                row.addWidget(widget)
            row.addStretch(1)
            top_layout.addLayout(row)
        top_layout.addWidget(view)
        top_layout.addWidget(footer)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(viewer)
        splitter.setSizes(list(sizes))
        QVBoxLayout(self).addWidget(splitter)
