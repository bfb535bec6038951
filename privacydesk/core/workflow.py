"""The life cycle of a case (SPEC §3): which status may follow which, and why not.

Everything here is a verdict on plain data (:class:`CaseFacts`): the services apply what
:func:`plan_move` decides, the GUI offers what :func:`offered_moves` and
:func:`available_actions` allow, so a rule is written once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from privacydesk.core.errors import UserFacingError
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.messages import Label, LowerLabel, Message, message


class Status(StrEnum):
    RECEIVED = "received"
    AWAITING_IDENTIFICATION = "awaiting_identification"
    IN_PROGRESS = "in_progress"
    EXTENDED = "extended"
    ANSWERED = "answered"
    CLOSED = "closed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        """Still running against a deadline."""
        return self in OPEN_STATUSES


STATUS_LABEL_NL: dict[Status, str] = {
    Status.RECEIVED: "Ontvangen",
    Status.AWAITING_IDENTIFICATION: "Wacht op identificatie",
    Status.IN_PROGRESS: "In behandeling",
    Status.EXTENDED: "Verlengd",
    Status.ANSWERED: "Beantwoord",
    Status.CLOSED: "Afgesloten",
    Status.REFUSED: "Geweigerd",
    Status.WITHDRAWN: "Ingetrokken",
}

OPEN_STATUSES = frozenset(
    {Status.RECEIVED, Status.AWAITING_IDENTIFICATION, Status.IN_PROGRESS, Status.EXTENDED}
)

# Refusing (Art. 12(5), 12(6)/11(2)) and withdrawal can happen at any open stage; an
# answered case can still be reopened for follow-up work before it is closed.
_TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset(
        {
            Status.AWAITING_IDENTIFICATION,
            Status.IN_PROGRESS,
            Status.EXTENDED,
            Status.ANSWERED,
            Status.REFUSED,
            Status.WITHDRAWN,
        }
    ),
    Status.AWAITING_IDENTIFICATION: frozenset(
        {Status.IN_PROGRESS, Status.EXTENDED, Status.REFUSED, Status.WITHDRAWN}
    ),
    Status.IN_PROGRESS: frozenset(
        {
            Status.AWAITING_IDENTIFICATION,
            Status.EXTENDED,
            Status.ANSWERED,
            Status.REFUSED,
            Status.WITHDRAWN,
        }
    ),
    Status.EXTENDED: frozenset(
        {Status.AWAITING_IDENTIFICATION, Status.ANSWERED, Status.REFUSED, Status.WITHDRAWN}
    ),
    Status.ANSWERED: frozenset({Status.CLOSED, Status.IN_PROGRESS}),
    Status.REFUSED: frozenset({Status.CLOSED}),
    Status.WITHDRAWN: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
}


class TransitionError(UserFacingError, ValueError):
    """A status change the life cycle does not allow."""


def allowed_transitions(status: Status) -> frozenset[Status]:
    return _TRANSITIONS[status]


def check_transition(current: Status, new: Status) -> None:
    """Whether the life cycle allows the move at all (the table above, nothing else)."""
    if new not in _TRANSITIONS[current]:
        raise TransitionError(
            "Een dossier met status '{current}' kan niet naar '{new}'.",
            current=Label(STATUS_LABEL_NL[current]),
            new=Label(STATUS_LABEL_NL[new]),
        )


# -- the guards on a case's own facts -------------------------------------------------------


@dataclass(frozen=True)
class IdentificationWait:
    """The days the officer asked for what identifies the person, and when it arrived."""

    requested_on: date | None = None
    received_on: date | None = None

    @property
    def waiting(self) -> bool:
        return self.requested_on is not None and self.received_on is None

    def started(self, on: date) -> IdentificationWait:
        """The officer asks (again): a new round replaces an ended one, so the strict
        reading never pauses the clock over the days in between (SPEC §4a)."""
        if self.waiting:
            return self
        return IdentificationWait(requested_on=on, received_on=None)

    def ended(self, on: date) -> IdentificationWait:
        """What was asked arrived, or the wait ended otherwise: the clock runs from ``on``."""
        if not self.waiting:
            return self
        assert self.requested_on is not None
        if on < self.requested_on:
            raise TransitionError(
                "De gevraagde informatie kan niet vóór de vraag ({asked}) binnengekomen zijn.",
                asked=self.requested_on,
            )
        return IdentificationWait(requested_on=self.requested_on, received_on=on)


@dataclass(frozen=True)
class CaseFacts:
    """What the life-cycle rules look at, and nothing else."""

    status: Status
    received: date
    identity: IdentityStatus = IdentityStatus.UNVERIFIED
    extended: bool = False
    answered_on: date | None = None
    wait: IdentificationWait = IdentificationWait()
    has_rights: bool = True


class CaseAction(StrEnum):
    """What the case view offers besides a status move."""

    EXTEND = "extend"
    RECORD_OUTCOME = "record_outcome"


@dataclass(frozen=True)
class MovePlan:
    """A case after an allowed move: what the services write."""

    status: Status
    answered_on: date | None
    wait: IdentificationWait
    closes: bool  # the closing date is set to the day of the move


def check_answer_date(received: date, answered_on: date, today: date) -> None:
    """The day the answer went out: not in the future, not before the request arrived."""
    if answered_on > today:
        raise TransitionError("De antwoorddatum kan niet in de toekomst liggen.")
    if answered_on < received:
        raise TransitionError("De antwoorddatum kan niet vóór de ontvangst liggen.")


def move_blocked_because(facts: CaseFacts, target: Status) -> Message | None:
    """Why the case cannot move to ``target`` now, as a sentence; None when it can."""
    try:
        check_transition(facts.status, target)
    except TransitionError as exc:
        return exc.message
    if target is Status.EXTENDED:
        return message("Verlengen gebeurt met 'Termijn verlengen', dat de redenen vraagt.")
    if target in (Status.IN_PROGRESS, Status.ANSWERED) and not facts.identity.is_settled:
        # Handling or answering for someone not identified could hand their data to another
        # person (Art. 12(6)); refusing stays possible.
        return message(
            "Het dossier kan pas '{status}' worden als de "
            "identiteit is vastgesteld of de controle met een reden is overgeslagen.",
            status=LowerLabel(STATUS_LABEL_NL[target]),
        )
    withdrawn = facts.status is Status.WITHDRAWN  # nothing to answer
    if target is Status.CLOSED and not withdrawn and facts.answered_on is None:
        return message("Een dossier zonder antwoorddatum kan niet worden afgesloten.")
    return None


def check_move(facts: CaseFacts, target: Status) -> None:
    """Raise :class:`TransitionError` with the reason when the case cannot move to ``target``."""
    reason = move_blocked_because(facts, target)
    if reason is not None:
        raise TransitionError(reason)


def plan_move(
    facts: CaseFacts, target: Status, *, today: date, answered_on: date | None = None
) -> MovePlan:
    """The case after moving to ``target``; ``answered_on`` is the day the answer went out
    (default today). Raises :class:`TransitionError` when the move is not allowed."""
    check_move(facts, target)
    if answered_on is not None:
        check_answer_date(facts.received, answered_on, today)
    answer = facts.answered_on
    wait = facts.wait
    if target is Status.AWAITING_IDENTIFICATION:
        wait = wait.started(today)
    # A refusal is an answer too (it goes out as a letter): it stops the clock.
    if target in (Status.ANSWERED, Status.REFUSED) and answer is None:
        answer = answered_on or today
    if target in (Status.ANSWERED, Status.REFUSED, Status.WITHDRAWN):
        # Nothing is awaited any more; the pause ends with the answer at the latest.
        wait = wait.ended(answer or today)
    if target is Status.IN_PROGRESS and facts.status is Status.ANSWERED:
        answer = None  # reopened: the earlier answer no longer ends the clock
    return MovePlan(status=target, answered_on=answer, wait=wait, closes=target is Status.CLOSED)


def check_extension(facts: CaseFacts) -> None:
    """Extending (Art. 12(3)) happens once, from a status the life cycle allows it from.

    Whether it is still in time is :func:`privacydesk.core.deadlines.can_extend`.
    """
    if facts.extended:
        raise TransitionError("Dit dossier werd al verlengd.")
    check_transition(facts.status, Status.EXTENDED)


def offered_moves(facts: CaseFacts) -> tuple[Status, ...]:
    """The statuses the case's status menu lists, in life-cycle order.

    Extending is not among them: it asks for reasons (:attr:`CaseAction.EXTEND`). A move
    listed here may still be blocked for now (:func:`move_blocked_because` says why).
    """
    return tuple(
        status
        for status in Status
        if status in allowed_transitions(facts.status) and status is not Status.EXTENDED
    )


def available_actions(facts: CaseFacts) -> frozenset[CaseAction]:
    actions: set[CaseAction] = set()
    try:
        check_extension(facts)
    except TransitionError:
        pass
    else:
        actions.add(CaseAction.EXTEND)
    if facts.has_rights and facts.status is not Status.CLOSED:
        actions.add(CaseAction.RECORD_OUTCOME)
    return frozenset(actions)
