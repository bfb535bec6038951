"""What needs the officer's attention on a day (SPEC §7), decided on plain data.

The startup reminders, ``privacydesk due`` and the register's "needs attention" filter all
ask :func:`reminders_for`, so a case the officer must act on is listed the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import NamedTuple

from privacydesk.core.deadlines import DeadlineInfo, DeadlineState, first_deadline_nears
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.messages import Message, message
from privacydesk.core.settings import Settings
from privacydesk.core.workflow import Status


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


class AttentionFacts(NamedTuple):
    """What the reminders look at for one case (a named tuple: the register builds one per
    case, 100,000 at a time)."""

    status: Status
    deadline: DeadlineInfo
    identity: IdentityStatus = IdentityStatus.UNVERIFIED
    identification_requested_on: date | None = None
    identification_received_on: date | None = None
    holds_id_copy: bool = False  # an ID copy (recto or verso) is still stored on the case


@dataclass(frozen=True)
class Attention:
    kind: ReminderKind
    detail: Message  # one sentence (Dutch source, translated by the GUI): why it is listed


_ID_COPY_NO_LONGER_NEEDED = {
    IdentityStatus.VERIFIED: message(
        "De identiteit is geverifieerd; vernietig de kopie van het "
        "identiteitsdocument (dataminimalisatie)."
    ),
    IdentityStatus.WAIVED: message(
        "De identiteitscontrole werd overgeslagen, dus de kopie is niet "
        "nodig; vernietig ze (dataminimalisatie)."
    ),
}
_CASE_OVER = message(
    "Het dossier is afgesloten; vernietig de kopie van het identiteitsdocument (dataminimalisatie)."
)


def deadline_kind(
    facts: AttentionFacts, today: date, *, window: int, wait_limit: int
) -> ReminderKind | None:
    """The one most urgent deadline reason to act on an open case, if any.

    ``window`` may differ from the settings' (``due --within N``).
    """
    if not facts.status.is_open:
        return None
    info = facts.deadline
    if info.state is DeadlineState.OVERDUE:
        return ReminderKind.OVERDUE
    if 0 <= info.days_left <= window:
        if first_deadline_nears(info, today=today, window=window):
            return ReminderKind.DECIDE_EXTENSION
        return ReminderKind.DUE_SOON
    asked = facts.identification_requested_on
    waiting = asked is not None and facts.identification_received_on is None
    if waiting and asked is not None and (today - asked).days > wait_limit:
        return ReminderKind.WAITING_FOR_IDENTIFICATION
    return None


def id_copy_kept_needlessly(facts: AttentionFacts) -> bool:
    """An ID copy serves only to verify identity: once that is settled (verified, or the
    check waived) or the case is over, keeping it is a problem of its own. After a failed
    check it may be the evidence for a refusal, so it is not listed."""
    return facts.holds_id_copy and (
        facts.identity in _ID_COPY_NO_LONGER_NEEDED
        or facts.status in (Status.CLOSED, Status.WITHDRAWN)
    )


def _deadline_detail(kind: ReminderKind, facts: AttentionFacts, today: date) -> Message:
    # Singular and plural are two sentences each, so both languages say "1 dag"/"1 day".
    info = facts.deadline
    if kind is ReminderKind.OVERDUE:
        late = -info.days_left
        if late == 1:
            return message("1 dag te laat (uiterste datum {due}).", due=info.due)
        return message("{days} dagen te laat (uiterste datum {due}).", days=late, due=info.due)
    if kind is ReminderKind.DECIDE_EXTENSION:
        return message(
            "Eerste termijn op {first_due}: antwoord of meld de "
            "verlenging met redenen vóór die dag.",
            first_due=info.first_due,
        )
    if kind is ReminderKind.DUE_SOON:
        if info.days_left == 0:
            return message("Vandaag is de laatste dag (uiterste datum {due}).", due=info.due)
        if info.days_left == 1:
            return message("Nog 1 dag (uiterste datum {due}).", due=info.due)
        return message(
            "Nog {days} dagen (uiterste datum {due}).", days=info.days_left, due=info.due
        )
    assert facts.identification_requested_on is not None
    waited = (today - facts.identification_requested_on).days
    return message("Identificatie gevraagd {days} dagen geleden, nog niets ontvangen.", days=waited)


def reminders_for(
    facts: AttentionFacts, today: date, *, window: int, wait_limit: int
) -> list[Attention]:
    """Everything to act on for one case: its most urgent deadline reason, and the ID copy
    held after it is no longer needed (a problem of its own, so listed besides)."""
    found: list[Attention] = []
    kind = deadline_kind(facts, today, window=window, wait_limit=wait_limit)
    if kind is not None:
        found.append(Attention(kind, _deadline_detail(kind, facts, today)))
    if id_copy_kept_needlessly(facts):
        detail = _ID_COPY_NO_LONGER_NEEDED.get(facts.identity, _CASE_OVER)
        found.append(Attention(ReminderKind.ID_COPY_HELD, detail))
    return found


def needs_attention(facts: AttentionFacts, today: date, settings: Settings) -> bool:
    """The register's "needs attention" filter: exactly the cases the startup reminders list
    (:func:`reminders_for` with the settings' window), without writing their sentences."""
    return id_copy_kept_needlessly(facts) or (
        deadline_kind(
            facts,
            today,
            window=settings.reminder_window_days,
            wait_limit=settings.identification_wait_limit_days,
        )
        is not None
    )
