"""The rights table stays readable after an outcome with a long legal ground."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.services.helpers import new_request


def test_every_column_keeps_room_to_read_after_a_refusal_with_a_ground(
    qtbot: QtBot, services: Services
) -> None:
    case_id = services.cases.register(new_request(rights=(Right.ERASURE,))).id
    ground = next(iter(LegalGround))
    services.cases.record_outcome(case_id, 0, Outcome.REFUSED, ground=ground)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case_id)
    view = window.detail.rights_view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    widths = [view.columnWidth(c) for c in range(4)]
    # No column is squeezed: each has at least a fifth of the table, the words included.
    assert min(widths) >= view.viewport().width() // 5, widths
    assert view.rowHeight(0) > view.fontMetrics().height()  # long texts wrap onto more lines
