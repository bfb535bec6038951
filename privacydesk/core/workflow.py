"""The life cycle of a case (SPEC §3): which status may follow which, and why not."""

from __future__ import annotations

from enum import StrEnum

from privacydesk.core.errors import UserFacingError


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
    if new not in _TRANSITIONS[current]:
        raise TransitionError(
            f"Een dossier met status '{STATUS_LABEL_NL[current]}' kan niet naar "
            f"'{STATUS_LABEL_NL[new]}'."
        )
