"""The life cycle of a case: which moves the officer is offered, and which are refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from privacydesk.core.identity import IdentityStatus
from privacydesk.core.workflow import (
    OPEN_STATUSES,
    CaseAction,
    CaseFacts,
    IdentificationWait,
    Status,
    TransitionError,
    allowed_transitions,
    available_actions,
    check_answer_date,
    check_extension,
    check_move,
    check_transition,
    move_blocked_because,
    offered_moves,
    plan_move,
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


# -- every pair of statuses, pinned ---------------------------------------------------------

S = Status
# The whole life cycle as a table: a move not listed here must be refused.
ALLOWED_PAIRS = {
    (S.RECEIVED, S.AWAITING_IDENTIFICATION),
    (S.RECEIVED, S.IN_PROGRESS),
    (S.RECEIVED, S.EXTENDED),
    (S.RECEIVED, S.ANSWERED),
    (S.RECEIVED, S.REFUSED),
    (S.RECEIVED, S.WITHDRAWN),
    (S.AWAITING_IDENTIFICATION, S.IN_PROGRESS),
    (S.AWAITING_IDENTIFICATION, S.EXTENDED),
    (S.AWAITING_IDENTIFICATION, S.REFUSED),
    (S.AWAITING_IDENTIFICATION, S.WITHDRAWN),
    (S.IN_PROGRESS, S.AWAITING_IDENTIFICATION),
    (S.IN_PROGRESS, S.EXTENDED),
    (S.IN_PROGRESS, S.ANSWERED),
    (S.IN_PROGRESS, S.REFUSED),
    (S.IN_PROGRESS, S.WITHDRAWN),
    (S.EXTENDED, S.AWAITING_IDENTIFICATION),
    (S.EXTENDED, S.ANSWERED),
    (S.EXTENDED, S.REFUSED),
    (S.EXTENDED, S.WITHDRAWN),
    (S.ANSWERED, S.CLOSED),
    (S.ANSWERED, S.IN_PROGRESS),
    (S.REFUSED, S.CLOSED),
    (S.WITHDRAWN, S.CLOSED),
}
ALL_PAIRS = [(a, b) for a in Status for b in Status]


@pytest.mark.parametrize(("current", "new"), ALL_PAIRS, ids=[f"{a}->{b}" for a, b in ALL_PAIRS])
def test_every_pair_of_statuses_is_pinned(current: Status, new: Status) -> None:
    if (current, new) in ALLOWED_PAIRS:
        check_transition(current, new)
        assert new in allowed_transitions(current)
    else:
        with pytest.raises(TransitionError, match="kan niet naar"):
            check_transition(current, new)
        assert new not in allowed_transitions(current)


# -- the guards on the case's own facts -----------------------------------------------------

RECEIVED_ON = date(2026, 10, 1)
TODAY = date(2026, 10, 20)


def facts(status: Status = S.RECEIVED, **changes: object) -> CaseFacts:
    base = CaseFacts(status=status, received=RECEIVED_ON)
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("identity", "target", "allowed"),
    [
        (IdentityStatus.UNVERIFIED, S.IN_PROGRESS, False),
        (IdentityStatus.FAILED, S.IN_PROGRESS, False),
        (IdentityStatus.VERIFIED, S.IN_PROGRESS, True),
        (IdentityStatus.WAIVED, S.IN_PROGRESS, True),
        (IdentityStatus.UNVERIFIED, S.ANSWERED, False),
        (IdentityStatus.FAILED, S.ANSWERED, False),
        (IdentityStatus.VERIFIED, S.ANSWERED, True),
        (IdentityStatus.WAIVED, S.ANSWERED, True),
        # Refusing someone not identified stays possible (Art. 12(6)/11(2)); so does withdrawal.
        (IdentityStatus.UNVERIFIED, S.REFUSED, True),
        (IdentityStatus.FAILED, S.REFUSED, True),
        (IdentityStatus.UNVERIFIED, S.WITHDRAWN, True),
        (IdentityStatus.UNVERIFIED, S.AWAITING_IDENTIFICATION, True),
    ],
)
def test_work_and_answers_wait_for_a_settled_identity(
    identity: IdentityStatus, target: Status, allowed: bool
) -> None:
    case = facts(identity=identity)
    if allowed:
        check_move(case, target)
        assert move_blocked_because(case, target) is None
    else:
        with pytest.raises(TransitionError, match="identiteit is vastgesteld"):
            check_move(case, target)


@pytest.mark.parametrize("status", [S.RECEIVED, S.AWAITING_IDENTIFICATION, S.IN_PROGRESS])
def test_extending_goes_only_through_extend_with_reasons(status: Status) -> None:
    with pytest.raises(TransitionError, match="Termijn verlengen"):
        check_move(facts(status, identity=IdentityStatus.VERIFIED), S.EXTENDED)


@pytest.mark.parametrize(
    ("status", "extended", "can"),
    [
        (S.RECEIVED, False, True),
        (S.AWAITING_IDENTIFICATION, False, True),
        (S.IN_PROGRESS, False, True),
        (S.EXTENDED, True, False),
        (S.IN_PROGRESS, True, False),  # reopened after an extension: once is all
        (S.ANSWERED, False, False),
        (S.REFUSED, False, False),
        (S.WITHDRAWN, False, False),
        (S.CLOSED, False, False),
    ],
)
def test_an_extension_is_offered_once_and_only_on_an_open_case(
    status: Status, extended: bool, can: bool
) -> None:
    case = facts(status, extended=extended)
    assert (CaseAction.EXTEND in available_actions(case)) is can
    if can:
        check_extension(case)
    else:
        with pytest.raises(TransitionError):
            check_extension(case)


@pytest.mark.parametrize(
    ("status", "has_rights", "can"),
    [
        (S.RECEIVED, True, True),
        (S.ANSWERED, True, True),
        (S.REFUSED, True, True),
        (S.CLOSED, True, False),
        (S.RECEIVED, False, False),
    ],
)
def test_outcomes_are_recorded_until_the_case_is_closed(
    status: Status, has_rights: bool, can: bool
) -> None:
    assert (
        CaseAction.RECORD_OUTCOME in available_actions(facts(status, has_rights=has_rights))
    ) is can


@pytest.mark.parametrize(
    ("status", "answered_on", "allowed"),
    [
        (S.ANSWERED, date(2026, 10, 10), True),
        (S.REFUSED, date(2026, 10, 10), True),
        (S.REFUSED, None, False),
        (S.WITHDRAWN, None, True),  # withdrawn: nothing to answer
    ],
)
def test_closing_needs_an_answer_date_unless_withdrawn(
    status: Status, answered_on: date | None, allowed: bool
) -> None:
    case = facts(status, answered_on=answered_on)
    if allowed:
        plan = plan_move(case, S.CLOSED, today=TODAY)
        assert plan.closes
        assert plan.answered_on == answered_on
    else:
        with pytest.raises(TransitionError, match="zonder antwoorddatum"):
            plan_move(case, S.CLOSED, today=TODAY)


def test_a_refusal_is_an_answer_and_stops_the_clock_today() -> None:
    plan = plan_move(facts(S.IN_PROGRESS), S.REFUSED, today=TODAY)
    assert plan.answered_on == TODAY


def test_answering_takes_the_day_the_answer_went_out() -> None:
    case = facts(S.IN_PROGRESS, identity=IdentityStatus.VERIFIED)
    assert plan_move(case, S.ANSWERED, today=TODAY).answered_on == TODAY
    day = date(2026, 10, 15)
    assert plan_move(case, S.ANSWERED, today=TODAY, answered_on=day).answered_on == day


@pytest.mark.parametrize(
    ("answered_on", "message"),
    [(date(2026, 10, 21), "toekomst"), (date(2026, 9, 30), "vóór de ontvangst")],
)
def test_an_answer_date_lies_between_receipt_and_today(answered_on: date, message: str) -> None:
    with pytest.raises(TransitionError, match=message):
        check_answer_date(RECEIVED_ON, answered_on, TODAY)
    case = facts(S.IN_PROGRESS, identity=IdentityStatus.VERIFIED)
    with pytest.raises(TransitionError, match=message):
        plan_move(case, S.ANSWERED, today=TODAY, answered_on=answered_on)


def test_reopening_an_answered_case_clears_its_answer_date() -> None:
    case = facts(S.ANSWERED, identity=IdentityStatus.VERIFIED, answered_on=date(2026, 10, 10))
    plan = plan_move(case, S.IN_PROGRESS, today=TODAY)
    assert plan.status is S.IN_PROGRESS
    assert plan.answered_on is None


def test_asking_for_identification_starts_the_wait_and_an_answer_ends_it() -> None:
    asked = plan_move(facts(S.RECEIVED), S.AWAITING_IDENTIFICATION, today=date(2026, 10, 5))
    assert asked.wait == IdentificationWait(date(2026, 10, 5), None)
    waiting = facts(S.AWAITING_IDENTIFICATION, wait=asked.wait)
    refused = plan_move(waiting, S.REFUSED, today=TODAY)
    assert refused.wait == IdentificationWait(date(2026, 10, 5), TODAY)


def test_a_new_round_of_identification_replaces_an_ended_one() -> None:
    ended = IdentificationWait(date(2026, 10, 2), date(2026, 10, 4))
    assert ended.started(date(2026, 10, 9)) == IdentificationWait(date(2026, 10, 9), None)
    waiting = IdentificationWait(date(2026, 10, 2), None)
    assert waiting.started(date(2026, 10, 9)) is waiting  # already waiting: the first ask counts


def test_what_was_asked_cannot_arrive_before_it_was_asked() -> None:
    with pytest.raises(TransitionError, match="vóór de vraag"):
        IdentificationWait(date(2026, 10, 5), None).ended(date(2026, 10, 4))


@pytest.mark.parametrize("status", list(Status))
def test_the_status_menu_lists_every_move_but_extending(status: Status) -> None:
    offered = offered_moves(facts(status))
    assert set(offered) == allowed_transitions(status) - {S.EXTENDED}
    assert list(offered) == sorted(offered, key=list(Status).index)


def test_a_blocked_move_says_why() -> None:
    reason = move_blocked_because(facts(S.RECEIVED), S.IN_PROGRESS)
    assert reason is not None and "identiteit" in str(reason)
