"""A stored case, one at a time: finding it, reading it whole, and the facts the rules need.

The services share these so that "case not found", the deadline in force and the
identification wait are each written once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlmodel import Session, col, select

from privacydesk.core.attachments import ID_COPY_ROLES
from privacydesk.core.case import (
    CaseRecord,
    Channel,
    Language,
    RecipientNotice,
    Relationship,
    Requester,
    RightRequest,
)
from privacydesk.core.deadlines import DeadlineInfo, deadline_info
from privacydesk.core.errors import UserFacingError
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.reminders import AttentionFacts
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.settings import Settings
from privacydesk.core.workflow import CaseFacts, IdentificationWait, Status, TransitionError
from privacydesk.services.case_rows import pause_policy
from privacydesk.services.concurrency import case_version
from privacydesk.store.models import AttachmentRow, CaseRightRow, CaseRow, RecipientNoticeRow


class CaseNotFoundError(UserFacingError, LookupError):
    pass


class CaseRuleError(UserFacingError, ValueError):
    """A change the rules of the register do not allow; the message says why."""


def case_row(session: Session, case_id: int) -> CaseRow:
    """The case's row, or the one sentence every service gives for a case that is gone."""
    row = session.get(CaseRow, case_id)
    if row is None:
        raise CaseNotFoundError("Dossier {case_id} bestaat niet (meer).", case_id=case_id)
    return row


def load_case(session: Session, case_id: int) -> CaseRecord:
    """The whole case: its row, its rights in order and its recipient notices."""
    row = case_row(session, case_id)
    rights = session.exec(
        select(CaseRightRow)
        .where(CaseRightRow.case_id == case_id)
        .order_by(col(CaseRightRow.position))
    ).all()
    notices = session.exec(
        select(RecipientNoticeRow)
        .where(RecipientNoticeRow.case_id == case_id)
        .order_by(col(RecipientNoticeRow.notified_on))
    ).all()
    return replace(_record(row, rights, notices), version=case_version(session, case_id))


def cases_holding_id_copies(session: Session) -> set[int]:
    """The cases with an ID copy (recto or verso) still stored."""
    return set(
        session.exec(
            select(AttachmentRow.case_id).where(
                col(AttachmentRow.role).in_([role.value for role in ID_COPY_ROLES])
            )
        ).all()
    )


def attention_facts(
    row: CaseRow, settings: Settings, today: date, *, holds_id_copy: bool
) -> AttentionFacts:
    """What the reminders (:mod:`privacydesk.core.reminders`) look at for a stored case."""
    return AttentionFacts(
        status=Status(row.status),
        deadline=deadline_for(row, settings, today),
        identity=IdentityStatus(row.identity_status),
        identification_requested_on=row.identification_requested_on,
        identification_received_on=row.identification_received_on,
        holds_id_copy=holds_id_copy,
    )


def deadline_for(row: CaseRow, settings: Settings, today: date) -> DeadlineInfo:
    return deadline_info(
        row.received,
        today=today,
        extended=row.extended,
        answered_on=row.answered_on,
        identification_requested_on=row.identification_requested_on,
        identification_received_on=row.identification_received_on,
        policy=pause_policy(settings),
        soon_window=settings.reminder_window_days,
        # Only a withdrawal ends a case without an answer (a closed one without an answer
        # date was withdrawn first).
        answer_needed=Status(row.status) not in (Status.WITHDRAWN, Status.CLOSED),
        # An extension recorded past the first deadline (by override) was notified late.
        extension_late=bool(row.extension_override_reason.strip()),
    )


def row_facts(row: CaseRow, *, has_rights: bool = True) -> CaseFacts:
    """The life-cycle facts of a stored case, for the rules in :mod:`privacydesk.core.workflow`."""
    return CaseFacts(
        status=Status(row.status),
        received=row.received,
        identity=IdentityStatus(row.identity_status),
        extended=row.extended,
        answered_on=row.answered_on,
        wait=IdentificationWait(row.identification_requested_on, row.identification_received_on),
        has_rights=has_rights,
    )


def apply_wait(row: CaseRow, wait: IdentificationWait) -> None:
    row.identification_requested_on = wait.requested_on
    row.identification_received_on = wait.received_on


def start_identification_wait(row: CaseRow, on: date) -> None:
    """The officer asked for what identifies the person: the wait (and any pause) starts."""
    wait = IdentificationWait(row.identification_requested_on, row.identification_received_on)
    apply_wait(row, wait.started(on))


def end_identification_wait(row: CaseRow, on: date) -> None:
    """What was asked arrived, or the wait ended otherwise: the clock runs again from ``on``."""
    wait = IdentificationWait(row.identification_requested_on, row.identification_received_on)
    try:
        apply_wait(row, wait.ended(on))
    except TransitionError as exc:
        raise CaseRuleError(exc.message) from exc


def _record(
    row: CaseRow, rights: Sequence[CaseRightRow], notices: Sequence[RecipientNoticeRow]
) -> CaseRecord:
    assert row.id is not None
    return CaseRecord(
        id=row.id,
        reference=row.reference,
        requester=Requester(
            name=row.requester_name,
            address=row.requester_address,
            email=row.requester_email,
            phone=row.requester_phone,
            language=Language(row.language),
            relationship=Relationship(row.relationship),
            representative=row.representative,
            representative_address=row.representative_address,
        ),
        channel=Channel(row.channel),
        received=row.received,
        status=Status(row.status),
        rights=tuple(
            RightRequest(
                right=Right(r.right),
                words=r.words,
                outcome=Outcome(r.outcome),
                ground=LegalGround(r.ground) if r.ground else None,
                outcome_note=r.outcome_note,
            )
            for r in rights
        ),
        letter_date=row.letter_date,
        notes=row.notes,
        extended=row.extended,
        extension_reasons=row.extension_reasons,
        extension_late=bool(row.extension_override_reason.strip()),
        answered_on=row.answered_on,
        identification_requested_on=row.identification_requested_on,
        identification_received_on=row.identification_received_on,
        recipients=tuple(
            RecipientNotice(recipient=n.recipient, notified_on=n.notified_on, how=n.how)
            for n in notices
        ),
        created_at=row.created_at,
        identity_status=IdentityStatus(row.identity_status),
    )
