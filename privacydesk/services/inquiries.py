"""GBA/APD and court inquiries on a case: recorded, answered, and their deadlines reminded."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.errors import UserFacingError
from privacydesk.core.inquiries import Inquiry, InquiryKind, inquiry_problems
from privacydesk.services import audit
from privacydesk.services.context import ServiceContext
from privacydesk.services.reading import driver_connection, open_inquiries
from privacydesk.store.models import CaseRow, InquiryRow


class InquiryError(UserFacingError, ValueError):
    pass


def _inquiry(row: InquiryRow) -> Inquiry:
    assert row.id is not None
    return Inquiry(
        id=row.id,
        case_id=row.case_id,
        kind=InquiryKind(row.kind),
        received_on=row.received_on,
        their_reference=row.their_reference,
        deadline=row.deadline,
        answered_on=row.answered_on,
        what_was_sent=row.what_was_sent,
    )


class InquiryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def for_case(self, case_id: int) -> list[Inquiry]:
        with self._ctx.reading() as session:
            rows = session.exec(
                select(InquiryRow)
                .where(InquiryRow.case_id == case_id)
                .order_by(col(InquiryRow.received_on), col(InquiryRow.id))
            ).all()
            return [_inquiry(row) for row in rows]

    def open_with_deadline(self) -> list[tuple[Inquiry, str, str]]:
        """Unanswered inquiries that have a deadline, with their case's reference and name."""
        with driver_connection(self._ctx) as connection:
            return open_inquiries(connection)

    def record(
        self,
        case_id: int,
        kind: InquiryKind,
        received_on: date,
        *,
        their_reference: str = "",
        deadline: date | None = None,
    ) -> Inquiry:
        self._check(received_on, deadline, None)
        with self._ctx.transaction() as session:
            case = self._case(session, case_id)
            row = InquiryRow(
                case_id=case_id,
                kind=kind.value,
                received_on=received_on,
                their_reference=their_reference.strip(),
                deadline=deadline,
                recorded_by=self._ctx.actor,
                recorded_at=self._ctx.now(),
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                self._ctx,
                AuditAction.INQUIRY_RECORDED,
                case_id=case_id,
                case_reference=case.reference,
                inquiry=row.id,
                kind=kind.value,
                received_on=received_on.isoformat(),
                their_reference=row.their_reference,
                deadline=deadline.isoformat() if deadline else None,
            )
            return _inquiry(row)

    def record_answer(self, inquiry_id: int, answered_on: date, what_was_sent: str) -> Inquiry:
        if not what_was_sent.strip():
            raise InquiryError("Vermeld wat aan de GBA of de rechtbank bezorgd werd.")
        with self._ctx.transaction() as session:
            row = session.get(InquiryRow, inquiry_id)
            if row is None:
                raise InquiryError("Deze vraag bestaat niet (meer).")
            self._check(row.received_on, row.deadline, answered_on)
            case = self._case(session, row.case_id)
            row.answered_on = answered_on
            row.what_was_sent = what_was_sent.strip()
            session.add(row)
            audit.record(
                session,
                self._ctx,
                AuditAction.INQUIRY_ANSWERED,
                case_id=row.case_id,
                case_reference=case.reference,
                inquiry=inquiry_id,
                answered_on=answered_on.isoformat(),
                what_was_sent=row.what_was_sent,
            )
            return _inquiry(row)

    def _check(self, received_on: date, deadline: date | None, answered_on: date | None) -> None:
        problems = inquiry_problems(
            received_on=received_on,
            deadline=deadline,
            answered_on=answered_on,
            today=self._ctx.today(),
        )
        if problems:
            raise InquiryError(problems[0])

    @staticmethod
    def _case(session: Session, case_id: int) -> CaseRow:
        case = session.get(CaseRow, case_id)
        if case is None:
            raise InquiryError("Dossier {case_id} bestaat niet (meer).", case_id=case_id)
        return case
