"""A case's history, read from the audit trail: who did what, when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from privacydesk.core.letter_kinds import LETTER_KIND_LABEL_NL, LetterKind
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.workflow import Status
from privacydesk.gui.labels import ground_label, outcome_label, right_label, status_label
from privacydesk.gui.labels import tr as label_tr
from privacydesk.services.audit import AuditEntry

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def describe(entry: AuditEntry) -> str:
    """One line in the officer's words for an audit event."""
    d = entry.details
    action = entry.action
    if action == "case.registered":
        return (
            _tr("Verzoek geregistreerd")
            + f" ({', '.join(right_label(Right(r)) for r in d.get('rights', []))})"
        )
    if action == "case.status_changed":
        text = _tr("Status: {old} → {new}").format(
            old=status_label(Status(d["old"])), new=status_label(Status(d["new"]))
        )
        return f"{text} — {d['note']}" if d.get("note") else text
    if action == "case.extended":
        return _tr("Termijn verlengd met twee maanden: {reasons}").format(
            reasons=d.get("reasons", "")
        )
    if action == "case.outcome_recorded":
        text = f"{right_label(Right(d['right']))}: {outcome_label(Outcome(d['outcome']))}"
        if d.get("ground"):
            text += f" ({ground_label(LegalGround(d['ground']))})"
        return text
    if action == "case.recipient_notified":
        return _tr("Ontvanger op de hoogte gebracht (art. 19): {who}, {how}").format(
            who=d.get("recipient", ""), how=d.get("how", "")
        )
    if action == "case.notes_changed":
        return _tr("Notities aangepast")
    if action == "case.answer_date_recorded":
        return _tr("Antwoorddatum geregistreerd: {day}").format(day=d.get("new", ""))
    if action == "identity.waived":
        return _tr("Identiteitscontrole overgeslagen: {reason}").format(reason=d.get("note", ""))
    if action == "identity.verified":
        return _tr("Identiteit vastgesteld")
    if action == "identity.failed":
        return _tr("Identiteit niet vastgesteld")
    if action == "identity.checked":
        return _tr("Identiteitscontroles vastgelegd")
    if action == "identity.id_copies_purged":
        return _tr("Kopieën identiteitsdocument vernietigd ({count})").format(
            count=d.get("count", 0)
        )
    if action == "attachment.added":
        return _tr("Document toegevoegd: {name}").format(name=d.get("name", ""))
    if action == "attachment.removed":
        return _tr("Document verwijderd: {name}").format(name=d.get("name", ""))
    if action == "attachment.journal_not_cleared":
        return _tr(
            "Gewiste gegevens staan nog in het logbestand van het register (een ander programma "
            "las mee)"
        )
    if action == "attachment.role_changed":
        return _tr("Rol van document gewijzigd: {name}").format(name=d.get("name", ""))
    if action == "letter.issued":
        kind = (
            LETTER_KIND_LABEL_NL.get(LetterKind(d["kind"]), d["kind"])
            if d.get("kind") in {k.value for k in LetterKind}
            else d.get("kind", "")
        )
        return _tr("Brief uitgegeven: {kind} ({language})").format(
            kind=label_tr(kind), language=d.get("language", "")
        )
    return action + (f" {d}" if d else "")


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = entry.at.astimezone().strftime("%d/%m/%Y %H:%M")
            return f"{when}  ·  {entry.actor}  ·  {describe(entry)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(entry)
        return None
