"""Registering a new request: the checks of the intake form, the next reference of its
year, the case with its rights, and the event in the trail — in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.case import (
    CaseRecord,
    Channel,
    IntakeError,
    Requester,
    RightRequest,
    format_reference,
    intake_problems,
)
from privacydesk.core.workflow import Status
from privacydesk.services import audit
from privacydesk.services.case_lookup import load_case
from privacydesk.services.context import ServiceContext
from privacydesk.store.models import CaseRightRow, CaseRow, ReferenceCounterRow


@dataclass(frozen=True)
class NewRequest:
    requester: Requester
    channel: Channel
    received: date
    rights: Sequence[RightRequest]
    letter_date: date | None = None
    notes: str = ""


def register_request(session: Session, ctx: ServiceContext, request: NewRequest) -> CaseRecord:
    """Log a new request; it gets the next ``PD-YYYY-NNNN`` of its year of receipt."""
    today = ctx.today()
    problems = intake_problems(
        name=request.requester.name,
        email=request.requester.email,
        received=request.received,
        letter_date=request.letter_date,
        rights=[r.right for r in request.rights],
        today=today,
    )
    if problems:
        field_name, message = next(iter(problems.items()))
        raise IntakeError(field_name, message)
    now = ctx.now()
    year = request.received.year
    counter = session.get(ReferenceCounterRow, year) or ReferenceCounterRow(year=year)
    counter.last_number += 1
    session.add(counter)
    reference = format_reference(year, counter.last_number)
    requester = request.requester
    row = CaseRow(
        reference=reference,
        year=year,
        number=counter.last_number,
        requester_name=requester.name.strip(),
        requester_address=requester.address.strip(),
        requester_email=requester.email.strip(),
        requester_phone=requester.phone.strip(),
        language=requester.language.value,
        relationship=requester.relationship.value,
        representative=requester.representative.strip(),
        representative_address=requester.representative_address.strip(),
        channel=request.channel.value,
        received=request.received,
        letter_date=request.letter_date,
        status=Status.RECEIVED.value,
        notes=request.notes,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    for position, item in enumerate(request.rights):
        session.add(
            CaseRightRow(
                case_id=row.id, position=position, right=item.right.value, words=item.words
            )
        )
    audit.record(
        session,
        ctx,
        AuditAction.CASE_REGISTERED,
        case_id=row.id,
        case_reference=reference,
        requester=row.requester_name,
        channel=row.channel,
        received=row.received.isoformat(),
        rights=[item.right.value for item in request.rights],
    )
    session.flush()
    return load_case(session, row.id)
