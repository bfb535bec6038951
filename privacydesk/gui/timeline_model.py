"""A case's history, read from the audit trail: who did what, when."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from privacydesk.core.audit_actions import AuditAction, audit_action
from privacydesk.core.letter_kinds import LETTER_KIND_LABEL_NL, LetterKind
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.workflow import Status
from privacydesk.gui.labels import ground_label, outcome_label, right_label, status_label
from privacydesk.gui.labels import tr as label_tr
from privacydesk.services.audit import AuditEntry

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


Details = dict[str, Any]


def _registered(d: Details) -> str:
    rights = ", ".join(right_label(Right(r)) for r in d.get("rights", []))
    return _tr("Verzoek geregistreerd") + f" ({rights})"


def _status_changed(d: Details) -> str:
    text = _tr("Status: {old} → {new}").format(
        old=status_label(Status(d["old"])), new=status_label(Status(d["new"]))
    )
    return f"{text} — {d['note']}" if d.get("note") else text


def _outcome(d: Details) -> str:
    text = f"{right_label(Right(d['right']))}: {outcome_label(Outcome(d['outcome']))}"
    if d.get("ground"):
        text += f" ({ground_label(LegalGround(d['ground']))})"
    return text


def _letter(d: Details) -> str:
    name = str(d.get("kind", ""))
    known = name in {k.value for k in LetterKind}
    kind = LETTER_KIND_LABEL_NL.get(LetterKind(name), name) if known else name
    return _tr("Brief uitgegeven: {kind} ({language})").format(
        kind=label_tr(kind), language=d.get("language", "")
    )


# Every action the program writes has its sentence here (a test checks the mapping is
# total), so a new action cannot fall through to a raw name on the officer's screen.
_DESCRIBE: dict[AuditAction, Callable[[Details], str]] = {
    AuditAction.CASE_REGISTERED: _registered,
    AuditAction.CASE_STATUS_CHANGED: _status_changed,
    AuditAction.CASE_EXTENDED: lambda d: _tr("Termijn verlengd met twee maanden: {reasons}").format(
        reasons=d.get("reasons", "")
    ),
    AuditAction.CASE_OUTCOME_RECORDED: _outcome,
    AuditAction.CASE_RECIPIENT_NOTIFIED: lambda d: _tr(
        "Ontvanger op de hoogte gebracht (art. 19): {who}, {how}"
    ).format(who=d.get("recipient", ""), how=d.get("how", "")),
    AuditAction.CASE_NOTES_CHANGED: lambda d: _tr("Notities aangepast"),
    AuditAction.CASE_ANSWER_DATE_RECORDED: lambda d: _tr(
        "Antwoorddatum geregistreerd: {day}"
    ).format(day=d.get("new", "")),
    AuditAction.IDENTITY_WAIVED: lambda d: _tr("Identiteitscontrole overgeslagen: {reason}").format(
        reason=d.get("note", "")
    ),
    AuditAction.IDENTITY_VERIFIED: lambda d: _tr("Identiteit vastgesteld"),
    AuditAction.IDENTITY_FAILED: lambda d: _tr("Identiteit niet vastgesteld"),
    AuditAction.IDENTITY_CHECKED: lambda d: _tr("Identiteitscontroles vastgelegd"),
    AuditAction.IDENTITY_ID_COPIES_PURGED: lambda d: _tr(
        "Kopieën identiteitsdocument vernietigd ({count})"
    ).format(count=d.get("count", 0)),
    AuditAction.ATTACHMENT_ADDED: lambda d: _tr("Document toegevoegd: {name}").format(
        name=d.get("name", "")
    ),
    AuditAction.ATTACHMENT_REMOVED: lambda d: _tr("Document verwijderd: {name}").format(
        name=d.get("name", "")
    ),
    AuditAction.ATTACHMENT_JOURNAL_NOT_CLEARED: lambda d: _tr(
        "Gewiste gegevens staan nog in het logbestand van het register (een ander programma "
        "las mee)"
    ),
    AuditAction.ATTACHMENT_ROLE_CHANGED: lambda d: _tr("Rol van document gewijzigd: {name}").format(
        name=d.get("name", "")
    ),
    AuditAction.LETTER_ISSUED: _letter,
    AuditAction.SETTINGS_CHANGED: lambda d: _tr("Instellingen gewijzigd"),
    AuditAction.REGISTER_BACKUP: lambda d: _tr("Back-up gemaakt: {file}").format(
        file=d.get("file", "")
    ),
    AuditAction.REGISTER_RESTORED: lambda d: _tr("Register teruggezet"),
    AuditAction.IDENTITY_PURGE_REACHED_BACKUPS: lambda d: _tr(
        "Kopieën identiteitsdocument ook uit de back-ups gewist"
    ),
    AuditAction.AUDIT_REKEYED: lambda d: _tr("Auditspoor verzegeld met een sleutel"),
    AuditAction.AUDIT_TRIGGERS_RESTORED: lambda d: _tr("Beveiliging van het auditspoor hersteld"),
    AuditAction.INQUIRY_RECORDED: lambda d: _tr("Vraag van de GBA/rechtbank geregistreerd"),
    AuditAction.INQUIRY_ANSWERED: lambda d: _tr("Vraag van de GBA/rechtbank beantwoord"),
    AuditAction.CASE_ANONYMISED: lambda d: _tr(
        "Bewaartermijn verstreken: persoonsgegevens verwijderd"
    ),
    AuditAction.RETENTION_REACHED_BACKUPS: lambda d: _tr(
        "Persoonsgegevens ook uit de back-ups verwijderd"
    ),
}


def describe(entry: AuditEntry) -> str:
    """One line in the officer's words for an audit event."""
    action = audit_action(entry.action)
    if action is None:
        # Written by a newer version of the program: say so, rather than pass it off as known.
        return _tr("Onbekende gebeurtenis: {action}").format(action=entry.action)
    return _DESCRIBE[action](entry.details)


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
