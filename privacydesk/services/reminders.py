"""What needs the officer's attention today (SPEC §7): startup reminders and `due`.

The rules are in :mod:`privacydesk.core.reminders`; this reads the cases they look at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from privacydesk.core.identity import IdentityStatus
from privacydesk.core.messages import Message, message
from privacydesk.core.reminders import (
    REMINDER_LABEL_NL,
    AttentionFacts,
    ReminderKind,
    reminders_for,
)
from privacydesk.services.case_rows import lines_of
from privacydesk.services.reading import Reading, open_inquiries, reading_of, retention_due

if TYPE_CHECKING:
    from privacydesk.services.context import ServiceContext
    from privacydesk.services.settings import SettingsService

__all__ = ["REMINDER_LABEL_NL", "Reminder", "ReminderKind", "ReminderService"]


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    case_id: int
    reference: str
    requester_name: str
    due: date
    days_left: int
    detail: Message  # one sentence (Dutch source, translated by the GUI): why it is listed


def inquiry_reminders(reading: Reading) -> list[Reminder]:
    """Every unanswered GBA/court question with a deadline: the authority is never kept waiting."""
    day = reading.today
    reminders = []
    for inquiry, reference, name in open_inquiries(reading.connection):
        assert inquiry.deadline is not None
        days_left = (inquiry.deadline - day).days
        reminders.append(
            Reminder(
                ReminderKind.INQUIRY_DUE,
                inquiry.case_id,
                reference,
                name,
                inquiry.deadline,
                days_left,
                _inquiry_detail(
                    inquiry.their_reference, inquiry.received_on, inquiry.deadline, day
                ),
            )
        )
    return reminders


def _inquiry_detail(their_reference: str, received: date, deadline: date, day: date) -> Message:
    """When the authority's question came and how long is left, in words."""
    days_left = (deadline - day).days
    if days_left < 0:
        when = (
            message("1 dag te laat")
            if days_left == -1
            else message("{days} dagen te laat", days=-days_left)
        )
    elif days_left == 1:
        when = message("nog 1 dag")
    else:
        when = message("nog {days} dagen", days=days_left)
    return message(
        "Vraag{their} ontvangen op {received}: antwoord uiterlijk {deadline}, {when}.",
        their=f" ({their_reference})" if their_reference else "",
        received=received,
        deadline=deadline,
        when=when,
    )


def retention_reminders(reading: Reading) -> list[Reminder]:
    """Closed cases kept past the retention period (Register › Bewaartermijn deletes them)."""
    day, years = reading.today, reading.settings.retention_years
    return [
        Reminder(
            ReminderKind.RETENTION_OVER,
            item.case_id,
            item.reference,
            item.requester_name,
            item.delete_from,
            (item.delete_from - day).days,
            message(
                "Afgesloten op {closed}; de bewaartermijn van {years} jaar liep af op {end}.",
                closed=item.closed_on,
                years=years,
                end=item.delete_from,
            ),
        )
        for item in retention_due(reading.connection, years, day)
    ]


def due_reminders(reading: Reading, *, within: int | None = None) -> list[Reminder]:
    """Everything that needs attention, grouped by kind, most urgent first.

    A case appears once, under its most urgent reason; ID copies held after verification
    are listed as well, since keeping them is a problem of its own.
    """
    settings, day = reading.settings, reading.today
    window = settings.reminder_window_days if within is None else within
    reminders: list[Reminder] = []
    # Light rows of the cases that could be listed; their deadline is the case view's.
    for line in lines_of(reading, may_need_attention=True):
        facts = AttentionFacts(
            line.status,
            line.deadline,
            IdentityStatus(line.identity_status),
            line.identification_requested_on,
            line.identification_received_on,
            holds_id_copy=line.held_id_copy,
        )
        for attention in reminders_for(
            facts, day, window=window, wait_limit=settings.identification_wait_limit_days
        ):
            reminders.append(
                Reminder(
                    attention.kind,
                    line.id,
                    line.reference,
                    line.requester_name,
                    line.deadline.due,
                    line.deadline.days_left,
                    attention.detail,
                )
            )
    reminders += inquiry_reminders(reading)
    reminders += retention_reminders(reading)
    reminders.sort(key=lambda r: (r.kind, r.due, r.reference))
    return reminders


class ReminderService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService) -> None:
        self._ctx = ctx
        self._settings = settings  # the current settings: window, waiting limit, pause policy

    def due(self, *, within: int | None = None, today: date | None = None) -> list[Reminder]:
        """Everything that needs attention (:func:`due_reminders`), from one snapshot."""
        with reading_of(self._ctx, self._settings.current(), today) as reading:
            return due_reminders(reading, within=within)
