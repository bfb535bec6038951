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
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, delete, select

from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.errors import UserFacingError
from privacydesk.core.retention import closed_on_or_before, delete_from, retention_over
from privacydesk.core.workflow import Status
from privacydesk.services import audit
from privacydesk.services.audit_redaction import redact_case_events
from privacydesk.services.context import ServiceContext
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


@dataclass(frozen=True)
class RetentionDue:
    case_id: int
    reference: str
    requester_name: str
    closed_on: date
    delete_from: date


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
        day = today or self._ctx.today()
        years = self.years
        with self._ctx.reading() as session:
            # Only the cases closed long enough ago are read (not every closed case of the
            # register, most of it), and only the columns the list shows.
            rows = session.exec(
                select(
                    col(CaseRow.id),
                    col(CaseRow.reference),
                    col(CaseRow.requester_name),
                    col(CaseRow.closed_on),
                ).where(
                    CaseRow.status == Status.CLOSED.value,
                    col(CaseRow.anonymised_on).is_(None),
                    col(CaseRow.closed_on).is_not(None),
                    col(CaseRow.closed_on) <= closed_on_or_before(years, day),
                )
            ).all()
        found = [
            RetentionDue(
                case_id,
                reference,
                requester_name,
                closed_on,
                delete_from(closed_on, years),
            )
            for case_id, reference, requester_name, closed_on in rows
            if case_id is not None
            and closed_on is not None
            and retention_over(closed_on, years, day)
        ]
        return sorted(found, key=lambda d: (d.closed_on, d.reference))

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
