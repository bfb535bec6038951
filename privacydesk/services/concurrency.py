"""Two officers on the same case: the second save is told who changed what meanwhile.

A case's version is the number of the last audit event about it. Every change to a case
writes such an event in the same transaction, so the trail itself says whether a case moved
on since it was shown, and by whom — no column to keep in step in every service. Writers
take turns (BEGIN IMMEDIATE on a file, an advisory lock on a server), so the check and the
save that follows it cannot be overtaken.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from privacydesk.core.errors import UserFacingError
from privacydesk.store.models import AuditEventRow

# What a colleague did, in a few words (the case view's history has the full sentence).
_DONE = {
    "case.registered": "registreerde het verzoek",
    "case.status_changed": "wijzigde de status",
    "case.extended": "verlengde de termijn",
    "case.outcome_recorded": "legde een beslissing over een recht vast",
    "case.recipient_notified": "registreerde een kennisgeving aan een ontvanger",
    "case.notes_changed": "paste de notities aan",
    "case.answer_date_recorded": "legde de antwoorddatum vast",
    "identity.waived": "sloeg de identiteitscontrole over",
    "identity.verified": "stelde de identiteit vast",
    "identity.failed": "stelde vast dat de identiteit niet vaststaat",
    "identity.checked": "legde identiteitscontroles vast",
    "identity.id_copies_purged": "vernietigde de kopieën van het identiteitsdocument",
    "attachment.added": "voegde een document toe",
    "attachment.removed": "verwijderde een document",
    "attachment.role_changed": "wijzigde de rol van een document",
    "letter.issued": "gaf een brief uit",
}


class CaseChangedError(UserFacingError):
    """The case changed since it was shown; nothing was saved. The case is shown afresh."""

    def __init__(self, case_id: int, reference: str, changes: list[str]) -> None:
        super().__init__(
            "Een collega wijzigde dossier {reference} terwijl u het bekeek ({listed}). "
            "Uw wijziging werd niet opgeslagen, zodat niets overschreven wordt; het dossier "
            "wordt opnieuw getoond zoals het nu is.",
            reference=reference,
            listed="; ".join(changes),
        )
        self.case_id = case_id
        self.changes = changes


def case_version(session: Session, case_id: int) -> int:
    """The number of the last audit event about the case (0 if none)."""
    latest = session.exec(
        select(func.max(AuditEventRow.id)).where(AuditEventRow.case_id == case_id)
    ).one()
    return int(latest or 0)


def check_unchanged(session: Session, case_id: int, expected_version: int | None) -> None:
    """Refuse a save made on an out-of-date view of the case. ``None``: no check asked."""
    if expected_version is None:
        return
    newer = session.exec(
        select(AuditEventRow)
        .where(AuditEventRow.case_id == case_id, col(AuditEventRow.id) > expected_version)
        .order_by(col(AuditEventRow.id))
    ).all()
    if not newer:
        return
    changes = []
    for event in newer:
        when = datetime.fromisoformat(event.at).astimezone().strftime("%H:%M")
        done = _DONE.get(event.action, event.action)
        if event.action == "case.status_changed":
            done += f" ({json.loads(event.details).get('new', '')})"
        changes.append(f"{event.actor} {done} om {when}")
    raise CaseChangedError(case_id, newer[-1].case_reference, changes)
