"""What needs the officer's attention on a day (SPEC §7), decided on plain data.

The startup reminders, ``privacydesk due`` and the register's "needs attention" filter all
ask :func:`reminders_for`, so a case the officer must act on is listed the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from privacydesk.core.deadlines import DeadlineInfo, DeadlineState, first_deadline_nears
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.settings import Settings
from privacydesk.core.workflow import Status


class ReminderKind(IntEnum):
    """Most urgent first: the value is the order of the groups."""

    OVERDUE = 0
    DUE_SOON = 1
    DECIDE_EXTENSION = 2
    WAITING_FOR_IDENTIFICATION = 3
    ID_COPY_HELD = 4


REMINDER_LABEL_NL: dict[ReminderKind, str] = {
    ReminderKind.OVERDUE: "Termijn verstreken",
    ReminderKind.DUE_SOON: "Termijn verstrijkt binnenkort",
    ReminderKind.DECIDE_EXTENSION: "Eerste termijn nadert: antwoorden of verlengen",
    ReminderKind.WAITING_FOR_IDENTIFICATION: "Wacht al lang op identificatie",
    ReminderKind.ID_COPY_HELD: "Kopie identiteitsdocument nog bewaard, niet meer nodig",
}


@dataclass(frozen=True)
class AttentionFacts:
    """What the reminders look at for one case."""

    status: Status
    deadline: DeadlineInfo
    identity: IdentityStatus = IdentityStatus.UNVERIFIED
    identification_requested_on: date | None = None
    identification_received_on: date | None = None
    holds_id_copy: bool = False  # an ID copy (recto or verso) is still stored on the case


@dataclass(frozen=True)
class Attention:
    kind: ReminderKind
    detail: str  # one Dutch sentence: why it is on the list


_ID_COPY_NO_LONGER_NEEDED = {
    IdentityStatus.VERIFIED: "De identiteit is geverifieerd; vernietig de kopie van het "
    "identiteitsdocument (dataminimalisatie).",
    IdentityStatus.WAIVED: "De identiteitscontrole werd overgeslagen, dus de kopie is niet "
    "nodig; vernietig ze (dataminimalisatie).",
}
_CASE_OVER = (
    "Het dossier is afgesloten; vernietig de kopie van het identiteitsdocument (dataminimalisatie)."
)


def deadline_reminder(
    facts: AttentionFacts, today: date, *, window: int, wait_limit: int
) -> Attention | None:
    """The one most urgent deadline reason to act on an open case, if any.

    ``window`` may differ from the settings' (``due --within N``).
    """
    if not facts.status.is_open:
        return None
    info = facts.deadline
    if info.state is DeadlineState.OVERDUE:
        return Attention(
            ReminderKind.OVERDUE,
            f"{-info.days_left} dagen te laat (uiterste datum {info.due:%d/%m/%Y}).",
        )
    if 0 <= info.days_left <= window:
        if first_deadline_nears(info, today=today, window=window):
            return Attention(
                ReminderKind.DECIDE_EXTENSION,
                f"Eerste termijn op {info.first_due:%d/%m/%Y}: antwoord of meld de "
                "verlenging met redenen vóór die dag.",
            )
        return Attention(
            ReminderKind.DUE_SOON,
            f"Nog {info.days_left} dagen (uiterste datum {info.due:%d/%m/%Y}).",
        )
    asked = facts.identification_requested_on
    if asked is not None and facts.identification_received_on is None:
        waited = (today - asked).days
        if waited > wait_limit:
            return Attention(
                ReminderKind.WAITING_FOR_IDENTIFICATION,
                f"Identificatie gevraagd {waited} dagen geleden, nog niets ontvangen.",
            )
    return None


def id_copy_reminder(facts: AttentionFacts) -> Attention | None:
    """An ID copy serves only to verify identity: once that is settled (verified, or the
    check waived) or the case is over, keeping it is a problem of its own. After a failed
    check it may be the evidence for a refusal, so it is not listed."""
    if not facts.holds_id_copy:
        return None
    if facts.identity in _ID_COPY_NO_LONGER_NEEDED:
        return Attention(ReminderKind.ID_COPY_HELD, _ID_COPY_NO_LONGER_NEEDED[facts.identity])
    if facts.status in (Status.CLOSED, Status.WITHDRAWN):
        return Attention(ReminderKind.ID_COPY_HELD, _CASE_OVER)
    return None


def reminders_for(
    facts: AttentionFacts, today: date, *, window: int, wait_limit: int
) -> list[Attention]:
    """Everything to act on for one case: its most urgent deadline reason, and the ID copy
    held after it is no longer needed (a problem of its own, so listed besides)."""
    found = [
        deadline_reminder(facts, today, window=window, wait_limit=wait_limit),
        id_copy_reminder(facts),
    ]
    return [attention for attention in found if attention is not None]


def needs_attention(facts: AttentionFacts, today: date, settings: Settings) -> bool:
    """The register's "needs attention" filter: exactly the cases the startup reminders list."""
    return bool(
        reminders_for(
            facts,
            today,
            window=settings.reminder_window_days,
            wait_limit=settings.identification_wait_limit_days,
        )
    )
