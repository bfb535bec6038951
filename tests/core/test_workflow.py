"""The life cycle of a case: which moves the officer is offered, and which are refused."""

from __future__ import annotations

import pytest

from privacydesk.core.workflow import (
    OPEN_STATUSES,
    Status,
    TransitionError,
    allowed_transitions,
    check_transition,
)


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (Status.RECEIVED, Status.AWAITING_IDENTIFICATION),
        (Status.RECEIVED, Status.IN_PROGRESS),
        (Status.AWAITING_IDENTIFICATION, Status.IN_PROGRESS),
        (Status.IN_PROGRESS, Status.EXTENDED),
        (Status.EXTENDED, Status.ANSWERED),
        (Status.ANSWERED, Status.CLOSED),
        (Status.IN_PROGRESS, Status.REFUSED),
        (Status.RECEIVED, Status.WITHDRAWN),
        (Status.REFUSED, Status.CLOSED),
        (Status.ANSWERED, Status.IN_PROGRESS),
    ],
)
def test_allowed_moves(current: Status, new: Status) -> None:
    check_transition(current, new)
    assert new in allowed_transitions(current)


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (Status.RECEIVED, Status.CLOSED),
        (Status.CLOSED, Status.IN_PROGRESS),
        (Status.EXTENDED, Status.EXTENDED),
        (Status.WITHDRAWN, Status.IN_PROGRESS),
        (Status.AWAITING_IDENTIFICATION, Status.ANSWERED),
        (Status.REFUSED, Status.ANSWERED),
    ],
)
def test_refused_moves_say_why_in_dutch(current: Status, new: Status) -> None:
    with pytest.raises(TransitionError, match="kan niet naar"):
        check_transition(current, new)


def test_a_closed_case_is_final() -> None:
    assert allowed_transitions(Status.CLOSED) == frozenset()


def test_open_statuses_are_the_ones_running_against_a_deadline() -> None:
    assert {
        Status.RECEIVED,
        Status.AWAITING_IDENTIFICATION,
        Status.IN_PROGRESS,
        Status.EXTENDED,
    } == OPEN_STATUSES
    assert not Status.ANSWERED.is_open
