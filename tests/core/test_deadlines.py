"""Statutory deadlines, counted as Reg. 1182/71 Art. 3 and GDPR Art. 12(3) count them.

Expected dates were worked out by hand from the calendar; none is computed by the engine.
"""

from __future__ import annotations

from datetime import date

import pytest

from privacydesk.core.deadlines import (
    DeadlineState,
    PausePolicy,
    add_months,
    can_extend,
    deadline_info,
    first_deadline_nears,
    is_working_day,
    next_working_day,
    pause_for,
    response_due,
    working_days_between,
)

D = date


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # The spec's and the EDPB's examples.
        (D(2026, 1, 31), D(2026, 3, 2)),  # 28 Feb 2026 is a Saturday
        (D(2026, 10, 11), D(2026, 11, 12)),  # 11 Nov is Armistice Day
        (D(2027, 3, 5), D(2027, 4, 5)),  # EDPB: 5 March -> 5 April
        (D(2026, 8, 31), D(2026, 9, 30)),  # EDPB: 31 August -> 30 September
        # Month ends: the same date, or the month's last day when it does not exist.
        (D(2028, 1, 31), D(2028, 2, 29)),  # leap year
        (D(2026, 3, 31), D(2026, 4, 30)),
        (D(2028, 2, 29), D(2028, 3, 29)),
        (D(2026, 11, 30), D(2026, 12, 30)),
        # Year boundaries.
        (D(2026, 11, 25), D(2026, 12, 28)),  # 25 Dec (Fri), weekend -> Monday 28
        (D(2026, 12, 1), D(2027, 1, 4)),  # 1 Jan 2027 (Fri), weekend -> Monday 4
        (D(2026, 12, 31), D(2027, 2, 1)),  # 31 Jan 2027 is a Sunday
    ],
    ids=lambda value: value.isoformat(),
)
def test_one_month_from_receipt(received: date, due: date) -> None:
    assert response_due(received) == due


@pytest.mark.parametrize(
    ("received", "due", "holiday"),
    [
        (D(2026, 3, 6), D(2026, 4, 7), "Easter Monday 2026"),
        (D(2026, 4, 14), D(2026, 5, 15), "Ascension 2026"),
        (D(2026, 4, 25), D(2026, 5, 26), "Whit Monday 2026"),
        (D(2027, 2, 28), D(2027, 3, 30), "Easter Sunday then Easter Monday 2027"),
        (D(2027, 4, 6), D(2027, 5, 7), "Ascension 2027"),
        (D(2027, 4, 17), D(2027, 5, 18), "Whit Monday 2027"),
        (D(2026, 4, 1), D(2026, 5, 4), "Labour Day 2026 (Fri), then the weekend"),
        (D(2026, 6, 21), D(2026, 7, 22), "National Day 2026"),
        (D(2025, 7, 15), D(2025, 8, 18), "Assumption 2025 (Fri), then the weekend"),
        (D(2027, 10, 1), D(2027, 11, 2), "All Saints 2027"),
        (D(2026, 10, 11), D(2026, 11, 12), "Armistice 2026"),
        (D(2026, 11, 25), D(2026, 12, 28), "Christmas 2026"),
        (D(2026, 12, 1), D(2027, 1, 4), "New Year 2027"),
    ],
    ids=lambda value: value if isinstance(value, str) else value.isoformat(),
)
def test_every_belgian_public_holiday_moves_the_end(
    received: date, due: date, holiday: str
) -> None:
    assert response_due(received) == due


@pytest.mark.parametrize(
    "day",
    [D(2025, 7, 11), D(2027, 9, 27), D(2027, 11, 15)],
    ids=["Flemish Community 11 Jul", "French Community 27 Sep", "German Community 15 Nov"],
)
def test_community_holidays_are_working_days(day: date) -> None:
    assert is_working_day(day)
    assert response_due(add_months(day, -1)) == day


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 11, 28), False),  # Saturday
        (D(2026, 11, 29), False),  # Sunday
        (D(2026, 11, 30), True),
        (D(2026, 4, 6), False),  # Easter Monday
        (D(2026, 5, 14), False),  # Ascension
        (D(2026, 5, 25), False),  # Whit Monday
        (D(2026, 7, 21), False),
        (D(2026, 11, 11), False),
        (D(2026, 12, 24), True),  # Christmas Eve is not a public holiday
    ],
    ids=lambda value: value.isoformat() if isinstance(value, date) else str(value),
)
def test_working_days(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_next_working_day() -> None:
    assert next_working_day(D(2026, 11, 27)) == D(2026, 11, 27)
    assert next_working_day(D(2026, 11, 28)) == D(2026, 11, 30)
    assert next_working_day(D(2026, 12, 25)) == D(2026, 12, 28)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2026, 11, 2), D(2027, 2, 2)),
        (D(2026, 10, 31), D(2027, 2, 1)),  # 31 Jan 2027 is a Sunday
        (D(2026, 11, 30), D(2027, 3, 1)),  # no 30 February: 28 Feb 2027 is a Sunday
        (D(2027, 2, 6), D(2027, 5, 7)),  # 6 May 2027 is Ascension
    ],
    ids=lambda value: value.isoformat(),
)
def test_extension_is_three_months_from_receipt(received: date, due: date) -> None:
    assert response_due(received, extended=True) == due


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (D(2026, 11, 25), D(2026, 12, 2), 5),  # Thu, Fri, Mon, Tue, Wed
        (D(2026, 11, 9), D(2026, 11, 12), 2),  # 11 Nov does not count
        (D(2026, 12, 24), D(2027, 1, 4), 5),  # 28-31 Dec and 4 Jan
        (D(2026, 11, 25), D(2026, 11, 25), 0),
        (D(2026, 12, 2), D(2026, 11, 25), -5),
    ],
)
def test_working_days_between(start: date, end: date, days: int) -> None:
    assert working_days_between(start, end) == days


STRICT = PausePolicy()
PAUSE = PausePolicy(enabled=True, max_request_delay_days=5)


def test_by_default_waiting_for_identification_does_not_move_the_deadline() -> None:
    info = deadline_info(
        D(2026, 11, 2),
        today=D(2026, 11, 25),
        identification_requested_on=D(2026, 11, 3),
        identification_received_on=D(2026, 11, 13),
        policy=STRICT,
    )
    assert info.due == D(2026, 12, 2)
    assert not info.pause.applied
    assert "loopt door" in info.pause.explanation


def test_with_the_pause_policy_the_waiting_days_are_added_before_rolling() -> None:
    # 2 Dec + 10 days = 12 Dec 2026, a Saturday -> Monday 14 Dec.
    info = deadline_info(
        D(2026, 11, 2),
        today=D(2026, 11, 25),
        identification_requested_on=D(2026, 11, 3),
        identification_received_on=D(2026, 11, 13),
        policy=PAUSE,
    )
    assert info.pause.applied and info.pause.days == 10
    assert info.due == D(2026, 12, 14) == info.first_due
    assert "10 dagen gepauzeerd" in info.pause.explanation


def test_no_pause_when_identification_was_asked_too_late() -> None:
    decision = pause_for(
        D(2026, 11, 2), D(2026, 11, 9), D(2026, 11, 13), policy=PAUSE, today=D(2026, 11, 25)
    )
    assert not decision.applied and decision.days == 0
    assert "7 dagen na ontvangst" in decision.explanation


def test_while_still_waiting_the_pause_runs_until_today() -> None:
    decision = pause_for(D(2026, 11, 2), D(2026, 11, 3), None, policy=PAUSE, today=D(2026, 11, 25))
    assert decision.applied and decision.days == 22


@pytest.mark.parametrize(
    ("today", "answered", "state", "days_left"),
    [
        (D(2026, 11, 20), None, DeadlineState.ON_TIME, 12),
        (D(2026, 11, 24), None, DeadlineState.ON_TIME, 8),
        (D(2026, 11, 25), None, DeadlineState.DUE_SOON, 7),  # the window's edge
        (D(2026, 12, 2), None, DeadlineState.DUE_SOON, 0),  # due today
        (D(2026, 12, 3), None, DeadlineState.OVERDUE, -1),
        (D(2026, 12, 20), D(2026, 12, 2), DeadlineState.ANSWERED_ON_TIME, -18),
        (D(2026, 12, 20), D(2026, 12, 3), DeadlineState.ANSWERED_LATE, -18),
    ],
)
def test_deadline_state_on_a_given_day(
    today: date, answered: date | None, state: DeadlineState, days_left: int
) -> None:
    info = deadline_info(D(2026, 11, 2), today=today, answered_on=answered, soon_window=7)
    assert info.due == D(2026, 12, 2)
    assert info.state is state
    assert info.days_left == days_left


def test_working_days_left_and_the_rule_said_in_words() -> None:
    info = deadline_info(D(2026, 11, 2), today=D(2026, 11, 25))
    assert info.working_days_left == 5
    assert info.rule.startswith("Eén maand vanaf ontvangst")
    extended = deadline_info(D(2026, 11, 2), today=D(2026, 11, 25), extended=True)
    assert extended.due == D(2027, 2, 2) and extended.first_due == D(2026, 12, 2)
    assert "verlengd met twee maanden" in extended.rule


@pytest.mark.parametrize(
    ("today", "allowed"),
    [(D(2026, 12, 1), True), (D(2026, 12, 2), True), (D(2026, 12, 3), False)],
    ids=["before", "on the first deadline", "after"],
)
def test_an_extension_can_be_recorded_until_the_first_deadline(today: date, allowed: bool) -> None:
    assert can_extend(D(2026, 11, 2), today=today) is allowed


def test_the_first_deadline_nears_only_for_undecided_cases() -> None:
    today = D(2026, 11, 28)
    near = deadline_info(D(2026, 11, 2), today=today)
    assert first_deadline_nears(near, today=today, window=7)
    extended = deadline_info(D(2026, 11, 2), today=today, extended=True)
    assert not first_deadline_nears(extended, today=today, window=7)
    answered = deadline_info(D(2026, 11, 2), today=today, answered_on=D(2026, 11, 27))
    assert not first_deadline_nears(answered, today=today, window=7)
    far = deadline_info(D(2026, 11, 20), today=today)
    assert not first_deadline_nears(far, today=today, window=7)
