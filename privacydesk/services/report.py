"""The yearly accountability report: gathered in a few queries, computed in core, laid out
in :mod:`privacydesk.reports.yearly`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, col, select

from privacydesk.core.case import Channel
from privacydesk.core.errors import UserFacingError
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.inquiries import InquiryKind
from privacydesk.core.report import (
    ReportCase,
    ReportInquiry,
    ReportRight,
    YearFigures,
    year_figures,
)
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.workflow import Status
from privacydesk.reports.yearly import ReportHeader, Witness, render_yearly_report
from privacydesk.services.audit import current_head
from privacydesk.services.case_rows import pause_policy
from privacydesk.services.context import ServiceContext
from privacydesk.services.export import write_file
from privacydesk.services.settings import SettingsService
from privacydesk.store.models import (
    AuditEventRow,
    CaseRightRow,
    CaseRow,
    InquiryRow,
    RecipientNoticeRow,
)


class ReportError(UserFacingError, ValueError):
    pass


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment is not None else None


def _withdrawals(session: Session) -> dict[int, date]:
    """The day each withdrawn case was withdrawn, from the trail (the row keeps no date)."""
    found: dict[int, date] = {}
    events = session.exec(
        select(AuditEventRow.case_id, AuditEventRow.at, AuditEventRow.details).where(
            AuditEventRow.action == "case.status_changed",
            col(AuditEventRow.details).contains(Status.WITHDRAWN.value),
        )
    )
    for case_id, at, details in events:
        if case_id is not None and json.loads(details).get("new") == Status.WITHDRAWN.value:
            found.setdefault(case_id, datetime.fromisoformat(at).date())
    return found


def report_cases(session: Session) -> list[ReportCase]:
    rows = session.exec(select(CaseRow)).all()
    rights: dict[int, list[ReportRight]] = defaultdict(list)
    for right_row in session.exec(
        select(CaseRightRow).order_by(col(CaseRightRow.case_id), col(CaseRightRow.position))
    ):
        rights[right_row.case_id].append(
            ReportRight(
                Right(right_row.right),
                Outcome(right_row.outcome),
                LegalGround(right_row.ground) if right_row.ground else None,
            )
        )
    notices: dict[int, list[date]] = defaultdict(list)
    for case_id, notified_on in session.exec(
        select(col(RecipientNoticeRow.case_id), col(RecipientNoticeRow.notified_on))
    ):
        notices[case_id].append(notified_on)
    withdrawn = _withdrawals(session)
    cases = []
    for row in rows:
        assert row.id is not None
        status = Status(row.status)
        withdrawn_on = withdrawn.get(row.id)
        if withdrawn_on is None and (
            status is Status.WITHDRAWN or (status is Status.CLOSED and row.answered_on is None)
        ):
            withdrawn_on = row.closed_on or row.updated_at.date()
        cases.append(
            ReportCase(
                received=row.received,
                channel=Channel(row.channel),
                rights=tuple(rights[row.id]),
                answered_on=row.answered_on,
                withdrawn_on=withdrawn_on,
                closed_on=row.closed_on,
                extended=row.extended,
                extension_reasons=row.extension_reasons,
                identification_requested_on=row.identification_requested_on,
                identification_received_on=row.identification_received_on,
                identity_status=IdentityStatus(row.identity_status),
                identity_method=row.identity_method,
                identity_settled_on=_day(row.identity_at),
                id_copies_purged_on=_day(row.id_copies_purged_at),
                recipient_notices=tuple(notices[row.id]),
            )
        )
    return cases


def report_inquiries(session: Session) -> list[ReportInquiry]:
    return [
        ReportInquiry(InquiryKind(r.kind), r.received_on, r.deadline, r.answered_on)
        for r in session.exec(select(InquiryRow))
    ]


def audit_witness(session: Session) -> Witness:
    """The chain's head as anchored (event number and hash), as backups and letters witness it."""
    event_id, event_hash = current_head(session)
    return Witness(events=event_id, head_hash=event_hash)


class ReportService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService) -> None:
        self._ctx = ctx
        self._settings = settings

    def figures(self, year: int) -> YearFigures:
        with self._ctx.reading() as session:
            cases = report_cases(session)
            inquiries = report_inquiries(session)
        return year_figures(
            year,
            cases,
            inquiries,
            policy=pause_policy(self._settings.current()),
            today=self._ctx.today(),
        )

    def render(self, year: int, language: str = "nl") -> bytes:
        if not 2000 <= year <= self._ctx.today().year:
            raise ReportError(
                "Een jaarverslag kan gaan over een jaar van 2000 tot {last}.",
                last=self._ctx.today().year,
            )
        if language not in ("nl", "fr", "en"):
            raise ReportError("Het jaarverslag bestaat in het Nederlands, Frans of Engels.")
        with self._ctx.reading() as session:
            cases = report_cases(session)
            inquiries = report_inquiries(session)
            witness = audit_witness(session)
        settings = self._settings.current()
        figures = year_figures(
            year, cases, inquiries, policy=pause_policy(settings), today=self._ctx.today()
        )
        header = ReportHeader(
            controller=settings.controller_name,
            officer=settings.officer_name,
            made_on=self._ctx.today(),
        )
        return render_yearly_report(figures, language, header, witness)

    def write(self, year: int, path: Path, language: str = "nl") -> int:
        """Write the report; returns its size in bytes."""
        pdf = self.render(year, language)
        write_file(path, pdf)
        return len(pdf)
