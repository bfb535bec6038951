"""What needs the officer's attention today (SPEC §7): startup reminders and `due`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from sqlmodel import col, select

from privacydesk.core.attachments import ID_COPY_ROLES
from privacydesk.core.deadlines import DeadlineState, first_deadline_nears
from privacydesk.core.workflow import OPEN_STATUSES, Status
from privacydesk.services.cases import CaseService, deadline_for
from privacydesk.services.context import ServiceContext
from privacydesk.store.models import AttachmentRow, CaseRow


class ReminderKind(IntEnum):
    """Most urgent first: the value is the order of the groups."""

    OVERDUE = 0
    DUE_SOON = 1
    DECIDE_EXTENSION = 2
    WAITING_FOR_IDENTIFICATION = 3
    ID_COPY_HELD = 4
    INQUIRY_DUE = 5  # a GBA/APD or court question with a deadline, not yet answered
    RETENTION_OVER = 6  # a closed case kept past its retention period


REMINDER_LABEL_NL: dict[ReminderKind, str] = {
    ReminderKind.OVERDUE: "Termijn verstreken",
    ReminderKind.DUE_SOON: "Termijn verstrijkt binnenkort",
    ReminderKind.DECIDE_EXTENSION: "Eerste termijn nadert: antwoorden of verlengen",
    ReminderKind.WAITING_FOR_IDENTIFICATION: "Wacht al lang op identificatie",
    ReminderKind.ID_COPY_HELD: "Kopie identiteitsdocument nog bewaard, niet meer nodig",
    ReminderKind.INQUIRY_DUE: "Vraag van de GBA of een rechtbank te beantwoorden",
    ReminderKind.RETENTION_OVER: "Bewaartermijn verstreken: persoonsgegevens verwijderen",
}


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    case_id: int
    reference: str
    requester_name: str
    due: date
    days_left: int
    detail: str  # one Dutch sentence: why it is on the list


_ID_COPY_NO_LONGER_NEEDED = {
    "verified": "De identiteit is geverifieerd; vernietig de kopie van het "
    "identiteitsdocument (dataminimalisatie).",
    "waived": "De identiteitscontrole werd overgeslagen, dus de kopie is niet nodig; "
    "vernietig ze (dataminimalisatie).",
}

_CASE_OVER = (
    "Het dossier is afgesloten; vernietig de kopie van het identiteitsdocument (dataminimalisatie)."
)


def inquiry_reminders(ctx: ServiceContext, day: date) -> list[Reminder]:
    """Every unanswered GBA/court question with a deadline: the authority is never kept waiting."""
    from privacydesk.services.inquiries import InquiryService

    reminders = []
    for inquiry, reference, name in InquiryService(ctx).open_with_deadline():
        assert inquiry.deadline is not None
        days_left = (inquiry.deadline - day).days
        their = f" ({inquiry.their_reference})" if inquiry.their_reference else ""
        when = f"{-days_left} dagen te laat" if days_left < 0 else f"nog {days_left} dagen"
        reminders.append(
            Reminder(
                ReminderKind.INQUIRY_DUE,
                inquiry.case_id,
                reference,
                name,
                inquiry.deadline,
                days_left,
                f"Vraag{their} ontvangen op {inquiry.received_on:%d/%m/%Y}: antwoord uiterlijk "
                f"{inquiry.deadline:%d/%m/%Y}, {when}.",
            )
        )
    return reminders


def retention_reminders(ctx: ServiceContext, cases: CaseService, day: date) -> list[Reminder]:
    """Closed cases kept past the retention period (Register › Bewaartermijn deletes them)."""
    from privacydesk.services.retention import RetentionService

    service = RetentionService(ctx, cases)
    return [
        Reminder(
            ReminderKind.RETENTION_OVER,
            item.case_id,
            item.reference,
            item.requester_name,
            item.delete_from,
            (item.delete_from - day).days,
            f"Afgesloten op {item.closed_on:%d/%m/%Y}; de bewaartermijn van {service.years} "
            f"jaar liep af op {item.delete_from:%d/%m/%Y}.",
        )
        for item in service.due(day)
    ]


class ReminderService:
    def __init__(self, ctx: ServiceContext, cases: CaseService) -> None:
        self._ctx = ctx
        self._cases = cases  # holds the current settings (window, waiting limit, pause policy)

    def due(self, *, within: int | None = None, today: date | None = None) -> list[Reminder]:
        """Everything that needs attention, grouped by kind, most urgent first.

        A case appears once, under its most urgent reason; ID copies held after
        verification are listed as well, since keeping them is a problem of its own.
        """
        settings = self._cases.settings
        window = settings.reminder_window_days if within is None else within
        day = today or self._ctx.today()
        wait_limit = settings.identification_wait_limit_days
        reminders: list[Reminder] = []
        with self._ctx.reading() as session:
            open_rows = session.exec(
                select(CaseRow).where(col(CaseRow.status).in_([s.value for s in OPEN_STATUSES]))
            ).all()
            held = set(
                session.exec(
                    select(AttachmentRow.case_id).where(
                        col(AttachmentRow.role).in_([role.value for role in ID_COPY_ROLES])
                    )
                ).all()
            )
            # A copy serves only to verify identity: once that is settled (verified, or the
            # check waived) or the case is over, keeping it is a problem of its own. After
            # a failed check it may be the evidence for a refusal, so it is not listed.
            no_longer_needed = (
                session.exec(
                    select(CaseRow).where(
                        col(CaseRow.id).in_(held),
                        col(CaseRow.identity_status).in_(["verified", "waived"])
                        | col(CaseRow.status).in_([Status.CLOSED.value, Status.WITHDRAWN.value]),
                    )
                ).all()
                if held
                else []
            )

        for row in open_rows:
            assert row.id is not None
            info = deadline_for(row, settings, day)
            # The window here may differ from the settings' (``due --within N``).
            kind: ReminderKind | None = None
            detail = ""
            if info.state is DeadlineState.OVERDUE:
                kind = ReminderKind.OVERDUE
                detail = f"{-info.days_left} dagen te laat (uiterste datum {info.due:%d/%m/%Y})."
            elif 0 <= info.days_left <= window:
                if first_deadline_nears(info, today=day, window=window):
                    kind = ReminderKind.DECIDE_EXTENSION
                    detail = (
                        f"Eerste termijn op {info.first_due:%d/%m/%Y}: antwoord of meld de "
                        "verlenging met redenen vóór die dag."
                    )
                else:
                    kind = ReminderKind.DUE_SOON
                    detail = f"Nog {info.days_left} dagen (uiterste datum {info.due:%d/%m/%Y})."
            elif (
                row.identification_requested_on is not None
                and row.identification_received_on is None
                and (day - row.identification_requested_on).days > wait_limit
            ):
                kind = ReminderKind.WAITING_FOR_IDENTIFICATION
                waited = (day - row.identification_requested_on).days
                detail = f"Identificatie gevraagd {waited} dagen geleden, nog niets ontvangen."
            if kind is not None:
                reminders.append(
                    Reminder(
                        kind,
                        row.id,
                        row.reference,
                        row.requester_name,
                        info.due,
                        info.days_left,
                        detail,
                    )
                )
        for row in no_longer_needed:
            assert row.id is not None
            info = deadline_for(row, settings, day)
            reminders.append(
                Reminder(
                    ReminderKind.ID_COPY_HELD,
                    row.id,
                    row.reference,
                    row.requester_name,
                    info.due,
                    info.days_left,
                    _ID_COPY_NO_LONGER_NEEDED.get(row.identity_status, _CASE_OVER),
                )
            )
        reminders += inquiry_reminders(self._ctx, day)
        reminders += retention_reminders(self._ctx, self._cases, day)
        reminders.sort(key=lambda r: (r.kind, r.due, r.reference))
        return reminders
