"""The rights of one case with their outcomes, for the case view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from privacydesk.core.case import RightRequest
from privacydesk.gui.labels import ground_label, outcome_label, right_label, right_with_article
from privacydesk.gui.record_table_model import RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("RightsModel", text)


def make_rights_model(parent: QObject | None = None) -> RecordTableModel[RightRequest]:
    def tooltip(item: RightRequest, column: int) -> str:
        return right_with_article(item.right) if column == 0 else item.words

    return RecordTableModel(
        [
            (_tr("Recht"), lambda item: right_label(item.right)),
            (_tr("Uitkomst"), lambda item: outcome_label(item.outcome)),
            (_tr("Rechtsgrond"), lambda item: ground_label(item.ground) if item.ground else ""),
            (_tr("Verzoek in eigen woorden"), lambda item: item.words),
        ],
        tooltip,
        parent,
    )
