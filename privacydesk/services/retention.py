"""Retention: closed cases whose period ran out lose their personal data and documents.

What stays is an anonymous record (dates, channel, rights and outcomes, identity method,
extension flag, Art. 19 and GBA dates) so that past years' reports keep their figures, and
one audit event that names the reference only. Documents and letters are deleted with
SQLite's ``secure_delete`` on, so their bytes leave the file. The case's earlier audit
events lose their personal fields too, in a way ``verify-audit`` still accepts
(services/audit_redaction.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, delete, select

from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.errors import UserFacingError
from privacydesk.services import audit
from privacydesk.services.audit_redaction import redact_case_events
from privacydesk.services.context import ServiceContext
from privacydesk.services.reading import RetentionDue, driver_connection, retention_due
from privacydesk.services.settings import SettingsService
from privacydesk.store.models import (
    AttachmentRow,
    CaseRightRow,
    CaseRow,
    IdentityCheckRow,
    InquiryRow,
    LetterRow,
    RecipientNoticeRow,
)


class RetentionError(UserFacingError, ValueError):
    pass


class RetentionService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService) -> None:
        self._ctx = ctx
        self._settings = settings
        # Called with (case id, reference) of each case anonymised, after the commit.
        self.anonymised_listeners: list[Callable[[list[tuple[int, str]]], None]] = []

    @property
    def years(self) -> int:
        return self._settings.current().retention_years

    def due(self, today: date | None = None) -> list[RetentionDue]:
        """Closed cases kept longer than the retention period, oldest first."""
        with driver_connection(self._ctx) as connection:
            return retention_due(connection, self.years, today or self._ctx.today())

    def apply(self, case_ids: Sequence[int]) -> list[str]:
        """Anonymise the given cases (each must still be due); returns their references."""
        today = self._ctx.today()
        due = {d.case_id: d for d in self.due(today)}
        not_due = [i for i in case_ids if i not in due]
        if not_due:
            raise RetentionError(
                "Een van de gekozen dossiers is niet (meer) aan verwijdering toe; er werd niets "
                "verwijderd."
            )
        done: list[str] = []
        with self._ctx.transaction() as session:
            for case_id in case_ids:
                row = session.get(CaseRow, case_id)
                assert row is not None
                anonymise_case(session, self._ctx, row, retention_years=self.years)
                done.append(row.reference)
        # Committed: now the backups (BackupService.scrub_anonymised, wired by Services).
        for listener in self.anonymised_listeners:
            listener(list(zip(case_ids, done, strict=True)))
        return done


def anonymise_case(
    session: Session, ctx: ServiceContext, row: CaseRow, **event_details: Any
) -> None:
    """Remove one case's personal data and documents, inside the caller's transaction, and
    write the ``case.anonymised`` event (with ``event_details``) that names its reference
    only. Used by retention and again by a restore of a backup from before it."""
    case_id = row.id
    assert case_id is not None
    for table in (AttachmentRow, LetterRow, IdentityCheckRow):
        session.exec(delete(table).where(col(table.case_id) == case_id))
    for right in session.exec(select(CaseRightRow).where(CaseRightRow.case_id == case_id)):
        right.words = ""
        right.outcome_note = ""
        right.decided_by = ""
        session.add(right)
    for notice in session.exec(
        select(RecipientNoticeRow).where(RecipientNoticeRow.case_id == case_id)
    ):
        notice.recipient = ""
        notice.how = ""
        notice.recorded_by = ""
        session.add(notice)
    for inquiry in session.exec(select(InquiryRow).where(InquiryRow.case_id == case_id)):
        inquiry.their_reference = ""
        inquiry.what_was_sent = ""
        session.add(inquiry)
    row.requester_name = ""
    row.requester_address = ""
    row.requester_email = ""
    row.requester_phone = ""
    row.representative = ""
    row.representative_address = ""
    row.notes = ""
    row.extension_reasons = ""
    row.extension_override_reason = ""
    row.identity_note = ""
    row.identity_by = ""
    row.id_document_type = ""
    row.id_expiry = None
    row.id_card_last_digits = ""
    row.anonymised_on = ctx.today()
    row.updated_at = ctx.now()
    session.add(row)
    # The case's earlier events lose the person's data too; this event, keyed, vouches for
    # what was removed (services/audit_redaction.py).
    redactions, resealed = redact_case_events(session, ctx, case_id)
    audit.record(
        session,
        ctx,
        AuditAction.CASE_ANONYMISED,
        case_id=case_id,
        case_reference=row.reference,
        **event_details,
        **{audit.REDACTIONS: redactions, audit.RESEALED: resealed},
    )


def anonymised_cases(session: Session) -> list[tuple[int, str, str]]:
    """The cases the trail says retention anonymised: (case id, reference, when)."""
    rows = session.connection().execute(
        text(
            "SELECT case_id, case_reference, at FROM audit_event "
            "WHERE action = :action AND case_id IS NOT NULL ORDER BY id"
        ),
        {"action": AuditAction.CASE_ANONYMISED.value},
    )
    return [(int(row[0]), str(row[1]), str(row[2])) for row in rows]


def reapply_anonymisations(
    session: Session,
    ctx: ServiceContext,
    done: list[tuple[int, str, str]],
    *,
    reason: str = "opnieuw toegepast na terugzetten",
) -> list[str]:
    """In a backup from before them (restored, or scrubbed where it lies): anonymise again
    the cases that retention anonymised since, trail included. Returns their references."""
    again: list[str] = []
    for case_id, reference, at in done:
        row = session.get(CaseRow, case_id)
        if row is None or row.reference != reference or row.anonymised_on is not None:
            continue
        anonymise_case(session, ctx, row, reason=f"{reason} (verwijderd op {at[:10]})")
        again.append(reference)
    return again
