"""Registering requests and moving cases through their life cycle.

Every change happens in one transaction with its audit event; callers get plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.case import (
    CaseRecord,
    Language,
)
from privacydesk.core.deadlines import DeadlineInfo, can_extend
from privacydesk.core.reminders import needs_attention
from privacydesk.core.rights import LegalGround, Outcome, OutcomeError, Right, check_outcome
from privacydesk.core.workflow import (
    Status,
    TransitionError,
    check_answer_date,
    check_extension,
    plan_move,
)
from privacydesk.services import audit
from privacydesk.services.case_lookup import (
    CaseNotFoundError,
    CaseRuleError,
    apply_wait,
    attention_facts,
    case_row,
    cases_holding_id_copies,
    deadline_for,
    end_identification_wait,
    load_case,
    row_facts,
    start_identification_wait,
)
from privacydesk.services.case_rows import pause_policy
from privacydesk.services.concurrency import check_unchanged
from privacydesk.services.context import ServiceContext
from privacydesk.services.intake import NewRequest, register_request
from privacydesk.services.settings import SettingsService
from privacydesk.store.models import (
    CaseRightRow,
    CaseRow,
    RecipientNoticeRow,
)

__all__ = [
    "CaseNotFoundError",
    "CaseRuleError",
    "CaseService",
    "CaseSummary",
    "NewRequest",
    "deadline_for",
    "end_identification_wait",
    "start_identification_wait",
]


@dataclass(frozen=True)
class CaseSummary:
    """One row of the register's table: light, so thousands list fast."""

    id: int
    reference: str
    requester_name: str
    rights: tuple[Right, ...]
    received: date
    status: Status
    language: Language
    deadline: DeadlineInfo
    # Listed in today's reminders (core.reminders.needs_attention): the register's filter.
    needs_attention: bool = False


class CaseService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService) -> None:
        self._ctx = ctx
        self._settings = settings  # the pause policy and the reminder window

    # -- reading ---------------------------------------------------------------------------

    def list_cases(self) -> list[CaseSummary]:
        today = self._ctx.today()
        settings = self._settings.current()
        with self._ctx.reading() as session:
            rows = session.exec(select(CaseRow).order_by(col(CaseRow.received).desc())).all()
            rights: dict[int, list[Right]] = {}
            for case_id, right in session.exec(
                select(CaseRightRow.case_id, CaseRightRow.right).order_by(
                    col(CaseRightRow.case_id), col(CaseRightRow.position)
                )
            ):
                rights.setdefault(case_id, []).append(Right(right))
            held = cases_holding_id_copies(session)
        summaries = []
        for row in rows:
            if row.id is None:
                continue
            facts = attention_facts(row, settings, today, holds_id_copy=row.id in held)
            summaries.append(
                CaseSummary(
                    id=row.id,
                    reference=row.reference,
                    requester_name=row.requester_name,
                    rights=tuple(rights.get(row.id, ())),
                    received=row.received,
                    status=Status(row.status),
                    language=Language(row.language),
                    deadline=facts.deadline,
                    needs_attention=needs_attention(facts, today, settings),
                )
            )
        return summaries

    def get(self, case_id: int) -> CaseRecord:
        with self._ctx.reading() as session:
            return load_case(session, case_id)

    def deadline(self, case_id: int) -> DeadlineInfo:
        with self._ctx.reading() as session:
            return deadline_for(
                case_row(session, case_id), self._settings.current(), self._ctx.today()
            )

    def can_extend_now(self, case_id: int) -> bool:
        """Whether an extension can still be recorded without an override (first month)."""
        with self._ctx.reading() as session:
            row = case_row(session, case_id)
            return can_extend(
                row.received,
                today=self._ctx.today(),
                identification_requested_on=row.identification_requested_on,
                identification_received_on=row.identification_received_on,
                policy=pause_policy(self._settings.current()),
            )

    def find(self, reference: str) -> CaseRecord:
        with self._ctx.reading() as session:
            row = session.exec(
                select(CaseRow).where(CaseRow.reference == reference.strip().upper())
            ).first()
            if row is None or row.id is None:
                raise CaseNotFoundError(
                    "Er is geen dossier met kenmerk {reference}.", reference=reference
                )
            return load_case(session, row.id)

    def count(self) -> int:
        with self._ctx.reading() as session:
            return len(session.exec(select(CaseRow.id)).all())

    # -- changing --------------------------------------------------------------------------

    def register(self, request: NewRequest) -> CaseRecord:
        """Log a new request; it gets the next ``PD-YYYY-NNNN`` of its year of receipt."""
        with self._ctx.transaction() as session:
            return self.register_in(session, request)

    def register_in(self, session: Session, request: NewRequest) -> CaseRecord:
        """:meth:`register` inside the caller's transaction, for a use case that stores more
        with the new case (an e-mail that started it): all of it commits, or none."""
        return register_request(session, self._ctx, request)

    def change_status(
        self,
        case_id: int,
        new: Status,
        *,
        note: str = "",
        answered_on: date | None = None,
        expected_version: int | None = None,
    ) -> CaseRecord:
        """Move a case on; ``answered_on`` is the day the answer went out (default today)."""
        today = self._ctx.today()
        with self._ctx.transaction() as session:
            row = case_row(session, case_id)
            check_unchanged(session, case_id, expected_version)
            old = Status(row.status)
            try:
                plan = plan_move(row_facts(row), new, today=today, answered_on=answered_on)
            except TransitionError as exc:
                raise CaseRuleError(exc.message) from exc
            row.answered_on = plan.answered_on
            apply_wait(row, plan.wait)
            if plan.closes:
                row.closed_on = today
            row.status = plan.status.value
            row.updated_at = self._ctx.now()
            session.add(row)
            audit.record(
                session,
                self._ctx,
                AuditAction.CASE_STATUS_CHANGED,
                case_id=case_id,
                case_reference=row.reference,
                old=old.value,
                new=new.value,
                note=note,
            )
            return load_case(session, case_id)

    def record_answer_date(
        self, case_id: int, answered_on: date, *, expected_version: int | None = None
    ) -> CaseRecord:
        with self._ctx.transaction() as session:
            row = case_row(session, case_id)
            check_unchanged(session, case_id, expected_version)
            try:
                check_answer_date(row.received, answered_on, self._ctx.today())
            except TransitionError as exc:
                raise CaseRuleError(exc.message) from exc
            old = row.answered_on
            row.answered_on = answered_on
            row.updated_at = self._ctx.now()
            session.add(row)
            audit.record(
                session,
                self._ctx,
                AuditAction.CASE_ANSWER_DATE_RECORDED,
                case_id=case_id,
                case_reference=row.reference,
                old=old.isoformat() if old else None,
                new=answered_on.isoformat(),
            )
            return load_case(session, case_id)

    def extend(
        self,
        case_id: int,
        reasons: str,
        *,
        override_reason: str = "",
        expected_version: int | None = None,
    ) -> CaseRecord:
        """Extend by two months (Art. 12(3)); only before the first deadline, unless overridden."""
        if not reasons.strip():
            raise CaseRuleError(
                "Vermeld waarom de termijn verlengd wordt; de redenen komen in de brief."
            )
        today = self._ctx.today()
        with self._ctx.transaction() as session:
            row = case_row(session, case_id)
            check_unchanged(session, case_id, expected_version)
            status = Status(row.status)
            try:
                check_extension(row_facts(row))
            except TransitionError as exc:
                raise CaseRuleError(exc.message) from exc
            info = deadline_for(row, self._settings.current(), today)
            in_time = can_extend(
                row.received,
                today=today,
                identification_requested_on=row.identification_requested_on,
                identification_received_on=row.identification_received_on,
                policy=pause_policy(self._settings.current()),
            )
            if not in_time and not override_reason.strip():
                raise CaseRuleError(
                    "De eerste termijn liep af op {first_due}; een verlenging moet "
                    "binnen de eerste maand gemeld worden. Geef een reden om toch te verlengen.",
                    first_due=info.first_due,
                )
            row.extended = True
            row.extended_on = today
            row.extension_reasons = reasons.strip()
            row.extension_override_reason = "" if in_time else override_reason.strip()
            row.status = Status.EXTENDED.value
            row.updated_at = self._ctx.now()
            session.add(row)
            audit.record(
                session,
                self._ctx,
                AuditAction.CASE_EXTENDED,
                case_id=case_id,
                case_reference=row.reference,
                old_status=status.value,
                reasons=row.extension_reasons,
                override=row.extension_override_reason,
                notified_late=not in_time,
                first_due=info.first_due.isoformat(),
            )
            return load_case(session, case_id)

    def record_outcome(
        self,
        case_id: int,
        position: int,
        outcome: Outcome,
        ground: LegalGround | None = None,
        note: str = "",
        *,
        expected_version: int | None = None,
    ) -> CaseRecord:
        with self._ctx.transaction() as session:
            row = case_row(session, case_id)
            check_unchanged(session, case_id, expected_version)
            right_row = session.exec(
                select(CaseRightRow).where(
                    CaseRightRow.case_id == case_id, CaseRightRow.position == position
                )
            ).first()
            if right_row is None:
                raise CaseNotFoundError("Dit recht hoort niet bij het dossier.")
            right = Right(right_row.right)
            try:
                check_outcome(right, outcome, ground)
            except OutcomeError as exc:
                raise CaseRuleError(exc.message) from exc
            old = (right_row.outcome, right_row.ground)
            right_row.outcome = outcome.value
            right_row.ground = ground.value if ground else None
            right_row.outcome_note = note.strip()
            right_row.decided_by = self._ctx.actor
            right_row.decided_at = self._ctx.now()
            session.add(right_row)
            row.updated_at = self._ctx.now()
            session.add(row)
            audit.record(
                session,
                self._ctx,
                AuditAction.CASE_OUTCOME_RECORDED,
                case_id=case_id,
                case_reference=row.reference,
                right=right.value,
                outcome=outcome.value,
                ground=ground.value if ground else None,
                old_outcome=old[0],
                old_ground=old[1],
                note=right_row.outcome_note,
            )
            return load_case(session, case_id)

    def add_recipient_notice(
        self,
        case_id: int,
        recipient: str,
        notified_on: date,
        how: str,
        *,
        expected_version: int | None = None,
    ) -> CaseRecord:
        if not recipient.strip() or not how.strip():
            raise CaseRuleError("Vul de ontvanger en de manier van kennisgeving in.")
        if notified_on > self._ctx.today():
            raise CaseRuleError("De datum van kennisgeving kan niet in de toekomst liggen.")
        with self._ctx.transaction() as session:
            row = case_row(session, case_id)
            check_unchanged(session, case_id, expected_version)
            session.add(
                RecipientNoticeRow(
                    case_id=case_id,
                    recipient=recipient.strip(),
                    notified_on=notified_on,
                    how=how.strip(),
                    recorded_by=self._ctx.actor,
                    recorded_at=self._ctx.now(),
                )
            )
            audit.record(
                session,
                self._ctx,
                AuditAction.CASE_RECIPIENT_NOTIFIED,
                case_id=case_id,
                case_reference=row.reference,
                recipient=recipient.strip(),
                notified_on=notified_on.isoformat(),
                how=how.strip(),
            )
            return load_case(session, case_id)

    def update_notes(
        self, case_id: int, notes: str, *, expected_version: int | None = None
    ) -> CaseRecord:
        with self._ctx.transaction() as session:
            row = case_row(session, case_id)
            check_unchanged(session, case_id, expected_version)
            if row.notes == notes:
                return load_case(session, case_id)
            row.notes = notes
            row.updated_at = self._ctx.now()
            session.add(row)
            audit.record(
                session,
                self._ctx,
                AuditAction.CASE_NOTES_CHANGED,
                case_id=case_id,
                case_reference=row.reference,
                length=len(notes),
            )
            return load_case(session, case_id)
