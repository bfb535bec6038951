"""Statutory deadlines, counted as Reg. 1182/71 Art. 3 and GDPR Art. 12(3) count them.

Expected dates were worked out by hand from the calendar; none is computed by the engine.
Handy landmarks: Easter Sunday fell on 20 Apr 2025, 5 Apr 2026, 28 Mar 2027, 16 Apr 2028.
"""

from __future__ import annotations

from datetime import date

import pytest

from privacydesk.core.deadlines import (
    DEADLINE_STATE_LABEL_NL,
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
P = pytest.param

STRICT = PausePolicy()
PAUSE = PausePolicy(enabled=True, max_request_delay_days=5)

# The case most tests follow: received Monday 2 Nov 2026, first deadline Wednesday 2 Dec 2026.
RECEIVED = D(2026, 11, 2)
FIRST_DUE = D(2026, 12, 2)


# --- Months: the same date, or the month's last day ---------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "end"),
    [
        P(D(2026, 1, 31), 1, D(2026, 2, 28), id="31 Jan + 1 month = 28 Feb in a common year"),
        P(D(2028, 1, 31), 1, D(2028, 2, 29), id="31 Jan + 1 month = 29 Feb in leap 2028"),
        P(D(2027, 1, 30), 1, D(2027, 2, 28), id="30 Jan + 1 month = 28 Feb"),
        P(D(2028, 2, 29), 1, D(2028, 3, 29), id="29 Feb 2028 + 1 month = 29 Mar, not 31 Mar"),
        P(D(2028, 2, 29), 12, D(2029, 2, 28), id="29 Feb 2028 + 12 months = 28 Feb 2029"),
        P(D(2026, 3, 31), 1, D(2026, 4, 30), id="31 Mar + 1 month = 30 Apr"),
        P(D(2026, 5, 31), 1, D(2026, 6, 30), id="31 May + 1 month = 30 Jun"),
        P(D(2026, 8, 31), 1, D(2026, 9, 30), id="31 Aug + 1 month = 30 Sep"),
        P(D(2026, 10, 31), 1, D(2026, 11, 30), id="31 Oct + 1 month = 30 Nov"),
        P(D(2026, 12, 15), 1, D(2027, 1, 15), id="15 Dec + 1 month crosses the year"),
        P(D(2026, 11, 30), 3, D(2027, 2, 28), id="30 Nov + 3 months = 28 Feb"),
        P(D(2027, 11, 30), 3, D(2028, 2, 29), id="30 Nov 2027 + 3 months = 29 Feb 2028"),
        P(D(2026, 3, 31), -1, D(2026, 2, 28), id="31 Mar - 1 month = 28 Feb"),
    ],
)
def test_a_month_ends_on_the_same_date_or_the_months_last_day(
    day: date, months: int, end: date
) -> None:
    assert add_months(day, months) == end


# --- One month from receipt, rolled to a working day --------------------------------------


@pytest.mark.parametrize(
    ("received", "due"),
    [
        P(D(2026, 1, 31), D(2026, 3, 2), id="spec: Sat 31 Jan 2026 -> Sat 28 Feb -> Mon 2 Mar"),
        P(D(2026, 10, 11), D(2026, 11, 12), id="spec: Sun 11 Oct 2026 -> Armistice -> Thu 12 Nov"),
        P(D(2027, 3, 5), D(2027, 4, 5), id="EDPB: 5 Mar 2027 -> Mon 5 Apr"),
        P(D(2026, 8, 31), D(2026, 9, 30), id="EDPB: 31 Aug 2026 -> Wed 30 Sep"),
        P(D(2029, 3, 5), D(2029, 4, 5), id="EDPB: 5 Mar 2029 -> Thu 5 Apr"),
        P(D(2027, 8, 31), D(2027, 9, 30), id="EDPB: 31 Aug 2027 -> Thu 30 Sep"),
        P(D(2029, 1, 31), D(2029, 2, 28), id="31 Jan 2029 -> Wed 28 Feb, no 31 Feb"),
        P(D(2028, 1, 31), D(2028, 2, 29), id="31 Jan 2028 -> Tue 29 Feb in a leap year"),
        P(D(2028, 2, 29), D(2028, 3, 29), id="29 Feb 2028 -> Wed 29 Mar"),
        P(D(2026, 3, 31), D(2026, 4, 30), id="31 Mar 2026 -> Thu 30 Apr"),
        P(D(2026, 10, 31), D(2026, 11, 30), id="31 Oct 2026 -> Mon 30 Nov"),
        P(D(2026, 11, 30), D(2026, 12, 30), id="30 Nov 2026 -> Wed 30 Dec"),
        P(D(2026, 10, 28), D(2026, 11, 30), id="Saturday end -> Monday"),
        P(D(2026, 10, 29), D(2026, 11, 30), id="Sunday end -> Monday"),
    ],
)
def test_one_month_from_receipt(received: date, due: date) -> None:
    assert response_due(received) == due


@pytest.mark.parametrize(
    ("received", "due"),
    [
        P(D(2025, 12, 1), D(2026, 1, 2), id="1 Dec 2025 -> New Year (Thu) -> Fri 2 Jan 2026"),
        P(
            D(2026, 11, 25),
            D(2026, 12, 28),
            id="25 Nov 2026 -> Christmas (Fri) and weekend -> Mon 28 Dec",
        ),
        P(
            D(2026, 12, 1),
            D(2027, 1, 4),
            id="1 Dec 2026 -> New Year (Fri) and weekend -> Mon 4 Jan 2027",
        ),
        P(D(2026, 12, 31), D(2027, 2, 1), id="31 Dec 2026 -> Sun 31 Jan 2027 -> Mon 1 Feb"),
        P(D(2027, 11, 25), D(2027, 12, 27), id="25 Nov 2027 -> Christmas (Sat), Sun -> Mon 27 Dec"),
        P(D(2027, 12, 1), D(2028, 1, 3), id="1 Dec 2027 -> New Year (Sat), Sun -> Mon 3 Jan 2028"),
        P(D(2027, 12, 31), D(2028, 1, 31), id="31 Dec 2027 -> Mon 31 Jan 2028"),
    ],
)
def test_year_boundaries(received: date, due: date) -> None:
    assert response_due(received) == due


# --- Belgian public holidays ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "due"),
    [
        P(D(2026, 3, 6), D(2026, 4, 7), id="Easter Monday 2026 -> Tue 7 Apr"),
        P(D(2026, 3, 5), D(2026, 4, 7), id="Easter Sunday then Easter Monday 2026 -> Tue 7 Apr"),
        P(D(2027, 2, 28), D(2027, 3, 30), id="Easter Sunday then Easter Monday 2027 -> Tue 30 Mar"),
        P(D(2028, 3, 17), D(2028, 4, 18), id="Easter Monday 2028 -> Tue 18 Apr"),
        P(D(2026, 4, 14), D(2026, 5, 15), id="Ascension 2026 -> Fri 15 May"),
        P(D(2027, 4, 6), D(2027, 5, 7), id="Ascension 2027 -> Fri 7 May"),
        P(D(2028, 4, 25), D(2028, 5, 26), id="Ascension 2028 -> Fri 26 May"),
        P(D(2026, 4, 25), D(2026, 5, 26), id="Whit Monday 2026 -> Tue 26 May"),
        P(D(2026, 4, 24), D(2026, 5, 26), id="Whit Sunday then Whit Monday 2026 -> Tue 26 May"),
        P(D(2027, 4, 17), D(2027, 5, 18), id="Whit Monday 2027 -> Tue 18 May"),
        P(D(2028, 5, 5), D(2028, 6, 6), id="Whit Monday 2028 -> Tue 6 Jun"),
        P(D(2025, 12, 1), D(2026, 1, 2), id="New Year 2026 (Thu) -> Fri 2 Jan"),
        P(D(2026, 12, 1), D(2027, 1, 4), id="New Year 2027 (Fri) -> Mon 4 Jan"),
        P(D(2026, 4, 1), D(2026, 5, 4), id="Labour Day 2026 (Fri) -> Mon 4 May"),
        P(D(2025, 4, 1), D(2025, 5, 2), id="Labour Day 2025 (Thu) -> Fri 2 May"),
        P(D(2026, 6, 21), D(2026, 7, 22), id="National Day 2026 (Tue) -> Wed 22 Jul"),
        P(D(2027, 6, 21), D(2027, 7, 22), id="National Day 2027 (Wed) -> Thu 22 Jul"),
        P(D(2025, 7, 15), D(2025, 8, 18), id="Assumption 2025 (Fri) -> Mon 18 Aug"),
        P(D(2028, 7, 15), D(2028, 8, 16), id="Assumption 2028 (Tue) -> Wed 16 Aug"),
        P(D(2027, 10, 1), D(2027, 11, 2), id="All Saints 2027 (Mon) -> Tue 2 Nov"),
        P(D(2028, 10, 1), D(2028, 11, 2), id="All Saints 2028 (Wed) -> Thu 2 Nov"),
        P(D(2026, 10, 11), D(2026, 11, 12), id="Armistice 2026 (Wed) -> Thu 12 Nov"),
        P(D(2027, 10, 11), D(2027, 11, 12), id="Armistice 2027 (Thu) -> Fri 12 Nov"),
        P(D(2026, 11, 25), D(2026, 12, 28), id="Christmas 2026 (Fri) -> Mon 28 Dec"),
        P(D(2025, 11, 25), D(2025, 12, 26), id="Christmas 2025 (Thu) -> Fri 26 Dec"),
    ],
)
def test_a_public_holiday_moves_the_end_to_the_next_working_day(received: date, due: date) -> None:
    assert response_due(received) == due


@pytest.mark.parametrize(
    ("year", "weekday_holidays"),
    [
        P(
            2025,
            {
                D(2025, 1, 1),
                D(2025, 4, 21),
                D(2025, 5, 1),
                D(2025, 5, 29),
                D(2025, 6, 9),
                D(2025, 7, 21),
                D(2025, 8, 15),
                D(2025, 11, 11),
                D(2025, 12, 25),
            },
            id="2025: nine on weekdays (1 Nov on a Saturday)",
        ),
        P(
            2026,
            {
                D(2026, 1, 1),
                D(2026, 4, 6),
                D(2026, 5, 1),
                D(2026, 5, 14),
                D(2026, 5, 25),
                D(2026, 7, 21),
                D(2026, 11, 11),
                D(2026, 12, 25),
            },
            id="2026: eight on weekdays (15 Aug Sat, 1 Nov Sun)",
        ),
        P(
            2027,
            {
                D(2027, 1, 1),
                D(2027, 3, 29),
                D(2027, 5, 6),
                D(2027, 5, 17),
                D(2027, 7, 21),
                D(2027, 11, 1),
                D(2027, 11, 11),
            },
            id="2027: seven on weekdays (1 May Sat, 15 Aug Sun, 25 Dec Sat)",
        ),
        P(
            2028,
            {
                D(2028, 4, 17),
                D(2028, 5, 1),
                D(2028, 5, 25),
                D(2028, 6, 5),
                D(2028, 7, 21),
                D(2028, 8, 15),
                D(2028, 11, 1),
                D(2028, 12, 25),
            },
            id="2028: eight on weekdays (1 Jan Sat, 11 Nov Sat)",
        ),
    ],
)
def test_the_only_weekdays_off_are_the_ten_legal_public_holidays(
    year: int, weekday_holidays: set[date]
) -> None:
    """Guards the holiday library's answer: no community, bank or school day slips in."""
    days = (D(year, 1, 1).toordinal(), D(year, 12, 31).toordinal())
    weekdays_off = {
        day
        for day in map(D.fromordinal, range(days[0], days[1] + 1))
        if day.weekday() < 5 and not is_working_day(day)
    }
    assert weekdays_off == weekday_holidays


@pytest.mark.parametrize(
    ("received", "day"),
    [
        P(D(2025, 6, 11), D(2025, 7, 11), id="Flemish Community day 11 Jul 2025 (Fri)"),
        P(D(2028, 6, 11), D(2028, 7, 11), id="Flemish Community day 11 Jul 2028 (Tue)"),
        P(D(2027, 8, 27), D(2027, 9, 27), id="French Community day 27 Sep 2027 (Mon)"),
        P(D(2028, 8, 27), D(2028, 9, 27), id="French Community day 27 Sep 2028 (Wed)"),
        P(D(2027, 10, 15), D(2027, 11, 15), id="German-speaking Community day 2027 (Mon)"),
        P(D(2028, 10, 15), D(2028, 11, 15), id="German-speaking Community day 2028 (Wed)"),
        P(D(2026, 3, 3), D(2026, 4, 3), id="Good Friday 2026 (a bank holiday only)"),
        P(D(2026, 4, 15), D(2026, 5, 15), id="Friday after Ascension 2026 (a bank holiday only)"),
        P(D(2025, 11, 26), D(2025, 12, 26), id="26 Dec 2025 (a bank holiday only)"),
        P(D(2026, 11, 24), D(2026, 12, 24), id="Christmas Eve 2026"),
    ],
)
def test_days_that_are_not_general_public_holidays_end_a_period(received: date, day: date) -> None:
    assert is_working_day(day)
    assert response_due(received) == day


@pytest.mark.parametrize(
    ("day", "working_day"),
    [
        P(D(2026, 11, 27), D(2026, 11, 27), id="a Friday is itself"),
        P(D(2026, 11, 28), D(2026, 11, 30), id="Saturday -> Monday"),
        P(D(2026, 11, 29), D(2026, 11, 30), id="Sunday -> Monday"),
        P(D(2026, 12, 25), D(2026, 12, 28), id="Christmas on a Friday -> Monday"),
        P(D(2026, 10, 31), D(2026, 11, 2), id="Saturday, All Saints on Sunday -> Monday 2 Nov"),
        P(D(2027, 3, 27), D(2027, 3, 30), id="Easter weekend 2027 -> Tuesday after Easter Monday"),
    ],
)
def test_next_working_day(day: date, working_day: date) -> None:
    assert next_working_day(day) == working_day


# --- Extension: three months from receipt, same rules -------------------------------------


@pytest.mark.parametrize(
    ("received", "due"),
    [
        P(D(2026, 11, 2), D(2027, 2, 2), id="2 Nov 2026 -> Tue 2 Feb 2027"),
        P(D(2026, 10, 31), D(2027, 2, 1), id="31 Oct 2026 -> Sun 31 Jan -> Mon 1 Feb"),
        P(D(2025, 10, 31), D(2026, 2, 2), id="31 Oct 2025 -> Sat 31 Jan -> Mon 2 Feb"),
        P(D(2026, 10, 1), D(2027, 1, 4), id="1 Oct 2026 -> New Year (Fri), weekend -> Mon 4 Jan"),
        P(D(2026, 11, 30), D(2027, 3, 1), id="30 Nov -> no 30 Feb, Sun 28 Feb -> Mon 1 Mar"),
        P(D(2027, 11, 30), D(2028, 2, 29), id="30 Nov 2027 -> Tue 29 Feb 2028"),
        P(D(2027, 2, 6), D(2027, 5, 7), id="6 Feb 2027 -> Ascension 6 May -> Fri 7 May"),
    ],
)
def test_extension_is_three_months_from_receipt(received: date, due: date) -> None:
    assert response_due(received, extended=True) == due


def test_an_extended_case_keeps_its_first_deadline_and_says_so() -> None:
    info = deadline_info(RECEIVED, today=D(2026, 11, 25), extended=True)
    assert (info.first_due, info.due, info.extended) == (FIRST_DUE, D(2027, 2, 2), True)
    assert info.rule == (
        "Eén maand vanaf ontvangst (art. 12(3) AVG), verlengd met twee maanden; "
        "klok niet gepauzeerd."
    )


# --- Working days ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        P(D(2026, 11, 25), D(2026, 12, 2), 5, id="Wed to next Wed skips the weekend"),
        P(D(2026, 11, 9), D(2026, 11, 12), 2, id="Armistice does not count"),
        P(D(2026, 12, 24), D(2027, 1, 4), 5, id="Christmas and New Year do not count"),
        P(D(2026, 11, 27), D(2026, 11, 29), 0, id="Friday to Sunday: none"),
        P(D(2026, 11, 28), D(2026, 11, 30), 1, id="Saturday to Monday: the Monday"),
        P(D(2026, 11, 25), D(2026, 11, 25), 0, id="same day: none"),
        P(D(2026, 12, 2), D(2026, 11, 25), -5, id="backwards: negative"),
        P(D(2026, 11, 12), D(2026, 11, 9), -2, id="backwards over Armistice: -2"),
        P(D(2026, 11, 11), D(2026, 11, 13), 2, id="from Armistice: Thu and Fri"),
        P(D(2026, 12, 25), D(2026, 12, 28), 1, id="from Christmas (Fri): the Monday"),
        P(D(2026, 12, 28), D(2026, 12, 25), -1, id="back to Christmas: -1"),
        P(D(2025, 12, 31), D(2026, 12, 31), 253, id="all of 2026: 261 weekdays less 8 holidays"),
        P(D(2025, 12, 31), D(2027, 12, 31), 507, id="2026 and 2027: 253 + 261 less 7"),
    ],
)
def test_working_days_between(start: date, end: date, days: int) -> None:
    assert working_days_between(start, end) == days


@pytest.mark.parametrize(
    ("today", "calendar_days", "working_days"),
    [
        P(D(2026, 11, 25), 7, 5, id="a week before: 5 working days left"),
        P(D(2026, 12, 2), 0, 0, id="on the deadline: none left"),
        P(D(2026, 12, 7), -5, -3, id="Monday after: 3 working days late"),
    ],
)
def test_days_left_in_calendar_and_working_days(
    today: date, calendar_days: int, working_days: int
) -> None:
    info = deadline_info(RECEIVED, today=today)
    assert (info.days_left, info.working_days_left) == (calendar_days, working_days)


# --- Clock pause while waiting for identification (SPEC §4a) ------------------------------


@pytest.mark.parametrize(
    ("policy", "asked", "arrived", "today", "applied", "days", "due", "said"),
    [
        P(
            STRICT,
            D(2026, 11, 3),
            D(2026, 11, 13),
            D(2026, 11, 25),
            False,
            0,
            FIRST_DUE,
            "loopt door tijdens het wachten",
            id="policy off: the deadline does not move",
        ),
        P(
            PAUSE,
            D(2026, 11, 3),
            D(2026, 11, 13),
            D(2026, 11, 25),
            True,
            10,
            D(2026, 12, 14),
            "10 dagen gepauzeerd van 03/11/2026 tot 13/11/2026",
            id="asked after 1 day: 10 days added, Sat 12 Dec rolls to Mon 14 Dec",
        ),
        P(
            PAUSE,
            D(2026, 11, 7),
            D(2026, 11, 10),
            D(2026, 11, 25),
            True,
            3,
            D(2026, 12, 7),
            "3 dagen gepauzeerd",
            id="asked after exactly 5 days: still paused, Sat 5 Dec rolls to Mon 7 Dec",
        ),
        P(
            PAUSE,
            D(2026, 11, 8),
            D(2026, 11, 13),
            D(2026, 11, 25),
            False,
            0,
            FIRST_DUE,
            "pas 6 dagen na ontvangst gevraagd, later dan de toegestane 5 dagen",
            id="asked after 6 days: too late, no pause and says why",
        ),
        P(
            PAUSE,
            D(2026, 11, 3),
            None,
            D(2026, 11, 25),
            True,
            22,
            D(2026, 12, 24),
            "tot nu 22 dagen",
            id="still waiting: paused until today, 22 days so far",
        ),
        P(
            PAUSE,
            None,
            None,
            D(2026, 11, 25),
            False,
            0,
            FIRST_DUE,
            "",
            id="nothing asked: no pause, nothing to explain",
        ),
    ],
)
def test_the_pause_policy(
    policy: PausePolicy,
    asked: date | None,
    arrived: date | None,
    today: date,
    applied: bool,
    days: int,
    due: date,
    said: str,
) -> None:
    info = deadline_info(
        RECEIVED,
        today=today,
        identification_requested_on=asked,
        identification_received_on=arrived,
        policy=policy,
    )
    assert (info.pause.applied, info.pause.days) == (applied, days)
    assert info.due == info.first_due == due
    assert said in info.pause.explanation
    if said == "":
        assert info.pause.explanation == ""


def test_the_rule_names_the_pause_when_one_applied() -> None:
    info = deadline_info(
        RECEIVED,
        today=D(2026, 11, 25),
        identification_requested_on=D(2026, 11, 3),
        identification_received_on=D(2026, 11, 13),
        policy=PAUSE,
    )
    assert info.rule == (
        "Eén maand vanaf ontvangst (art. 12(3) AVG); klok 10 dagen gepauzeerd voor identificatie."
    )


def test_pause_days_go_on_the_unrolled_end_before_rolling() -> None:
    # 30 Jan 2026 + 1 month = 28 Feb (a Saturday, unrolled) + 5 days = Thu 5 Mar.
    # Rolling first would give Mon 2 Mar + 5 = Sat 7 Mar -> Mon 9 Mar; shifting the receipt
    # first would give 4 Feb + 1 month = 4 Mar.
    info = deadline_info(
        D(2026, 1, 30),
        today=D(2026, 2, 10),
        identification_requested_on=D(2026, 2, 2),
        identification_received_on=D(2026, 2, 7),
        policy=PAUSE,
    )
    assert info.pause.days == 5
    assert info.due == D(2026, 3, 5)


def test_the_pause_also_moves_the_extended_deadline() -> None:
    # 2 Feb 2027 + 10 days = Fri 12 Feb 2027.
    info = deadline_info(
        RECEIVED,
        today=D(2026, 12, 10),
        extended=True,
        identification_requested_on=D(2026, 11, 3),
        identification_received_on=D(2026, 11, 13),
        policy=PAUSE,
    )
    assert (info.first_due, info.due) == (D(2026, 12, 14), D(2027, 2, 12))


def test_a_pause_still_open_when_answered_stops_at_the_answer() -> None:
    # Asked 3 Nov, never arrived, answered 20 Nov: 17 days, 19 Dec (Sat) -> Mon 21 Dec,
    # however long after the answer the case is looked at.
    for today in (D(2026, 12, 20), D(2027, 6, 1)):
        info = deadline_info(
            RECEIVED,
            today=today,
            answered_on=D(2026, 11, 20),
            identification_requested_on=D(2026, 11, 3),
            policy=PAUSE,
        )
        assert info.pause.days == 17
        assert info.due == D(2026, 12, 21)
        assert info.state is DeadlineState.ANSWERED_ON_TIME


def test_pause_for_counts_while_waiting_until_today() -> None:
    decision = pause_for(RECEIVED, D(2026, 11, 3), None, policy=PAUSE, today=D(2026, 11, 10))
    assert (decision.applied, decision.days) == (True, 7)
    assert "sinds 03/11/2026" in decision.explanation


# --- States ---------------------------------------------------------------------------------

ON_TIME = DeadlineState.ON_TIME
DUE_SOON = DeadlineState.DUE_SOON
OVERDUE = DeadlineState.OVERDUE
ANSWERED_ON_TIME = DeadlineState.ANSWERED_ON_TIME
ANSWERED_LATE = DeadlineState.ANSWERED_LATE


@pytest.mark.parametrize(
    ("today", "answered", "window", "days_left", "state"),
    [
        P(D(2026, 11, 20), None, 7, 12, ON_TIME, id="12 days left: on time"),
        P(D(2026, 11, 24), None, 7, 8, ON_TIME, id="8 days left, one outside the window: on time"),
        P(D(2026, 11, 25), None, 7, 7, DUE_SOON, id="7 days left, the window edge: due soon"),
        P(D(2026, 11, 28), None, 3, 4, ON_TIME, id="4 days left, window 3: on time"),
        P(D(2026, 11, 29), None, 3, 3, DUE_SOON, id="3 days left, window 3: due soon"),
        P(D(2026, 12, 2), None, 7, 0, DUE_SOON, id="due today: due soon with 0 days left"),
        P(D(2026, 12, 3), None, 7, -1, OVERDUE, id="the day after the deadline: overdue"),
        P(D(2027, 3, 1), None, 7, -89, OVERDUE, id="months later, never answered: overdue"),
        P(
            D(2026, 12, 20),
            D(2026, 12, 2),
            7,
            -18,
            ANSWERED_ON_TIME,
            id="answered on the deadline: on time",
        ),
        P(D(2026, 12, 20), D(2026, 11, 10), 7, -18, ANSWERED_ON_TIME, id="answered early"),
        P(
            D(2026, 12, 20),
            D(2026, 12, 3),
            7,
            -18,
            ANSWERED_LATE,
            id="answered the day after the deadline: late",
        ),
        P(
            D(2026, 11, 25),
            D(2026, 11, 24),
            7,
            7,
            ANSWERED_ON_TIME,
            id="answered, inside the window: not due soon",
        ),
    ],
)
def test_deadline_state_on_a_given_day(
    today: date, answered: date | None, window: int, days_left: int, state: DeadlineState
) -> None:
    info = deadline_info(RECEIVED, today=today, answered_on=answered, soon_window=window)
    assert info.due == FIRST_DUE
    assert info.days_left == days_left
    assert info.state is state


def test_due_soon_by_default_within_seven_days() -> None:
    assert deadline_info(RECEIVED, today=D(2026, 11, 25)).state is DUE_SOON
    assert deadline_info(RECEIVED, today=D(2026, 11, 24)).state is ON_TIME


def test_an_extended_case_is_late_only_after_the_extended_deadline() -> None:
    info = deadline_info(RECEIVED, today=D(2027, 1, 15), extended=True)
    assert info.state is DeadlineState.ON_TIME
    late = deadline_info(RECEIVED, today=D(2027, 1, 15), answered_on=D(2027, 1, 10))
    assert late.state is DeadlineState.ANSWERED_LATE


def test_sorting_by_urgency_puts_overdue_cases_first() -> None:
    ordered = sorted(DeadlineState, key=lambda state: state.urgency)
    assert ordered == [
        DeadlineState.OVERDUE,
        DeadlineState.DUE_SOON,
        DeadlineState.ON_TIME,
        DeadlineState.ANSWERED_LATE,
        DeadlineState.ANSWERED_ON_TIME,
        DeadlineState.NOT_NEEDED,
    ]


def test_every_state_has_its_own_dutch_label() -> None:
    labels = [DEADLINE_STATE_LABEL_NL[state] for state in DeadlineState]
    assert all(labels) and len(set(labels)) == len(labels)


# --- Extension allowed; the reminder to decide ------------------------------------------------


@pytest.mark.parametrize(
    ("today", "asked", "arrived", "policy", "allowed"),
    [
        P(D(2026, 12, 1), None, None, STRICT, True, id="the day before the first deadline"),
        P(D(2026, 12, 2), None, None, STRICT, True, id="on the first deadline"),
        P(D(2026, 12, 3), None, None, STRICT, False, id="the day after: refused"),
        P(
            D(2026, 12, 10),
            D(2026, 11, 3),
            D(2026, 11, 13),
            PAUSE,
            True,
            id="paused 10 days: still allowed on 10 Dec",
        ),
        P(
            D(2026, 12, 15),
            D(2026, 11, 3),
            D(2026, 11, 13),
            PAUSE,
            False,
            id="paused 10 days: refused after Mon 14 Dec",
        ),
        P(
            D(2026, 12, 10),
            D(2026, 11, 3),
            D(2026, 11, 13),
            STRICT,
            False,
            id="same wait, policy off: refused on 10 Dec",
        ),
        P(
            D(2026, 12, 10),
            D(2026, 11, 3),
            None,
            PAUSE,
            True,
            id="still waiting under the pause policy: allowed on 10 Dec",
        ),
    ],
)
def test_an_extension_can_be_recorded_until_the_first_deadline(
    today: date, asked: date | None, arrived: date | None, policy: PausePolicy, allowed: bool
) -> None:
    assert (
        can_extend(
            RECEIVED,
            today=today,
            identification_requested_on=asked,
            identification_received_on=arrived,
            policy=policy,
        )
        is allowed
    )


@pytest.mark.parametrize(
    ("today", "extended", "answered", "nears"),
    [
        P(D(2026, 11, 24), False, None, False, id="8 days before: not yet"),
        P(D(2026, 11, 25), False, None, True, id="7 days before: decide now (window edge)"),
        P(D(2026, 12, 2), False, None, True, id="on the first deadline: decide now"),
        P(D(2026, 12, 3), False, None, False, id="passed: overdue instead"),
        P(D(2026, 11, 28), True, None, False, id="already extended"),
        P(D(2026, 11, 28), False, D(2026, 11, 27), False, id="already answered"),
    ],
)
def test_the_first_deadline_nears_only_for_undecided_cases(
    today: date, extended: bool, answered: date | None, nears: bool
) -> None:
    info = deadline_info(RECEIVED, today=today, extended=extended, answered_on=answered)
    assert first_deadline_nears(info, today=today, window=7) is nears


def test_a_withdrawn_request_is_never_late_but_an_answer_that_went_out_is_judged() -> None:
    received = date(2026, 9, 1)  # due 1 October
    withdrawn = deadline_info(received, today=date(2026, 11, 25), answer_needed=False)
    assert withdrawn.state is DeadlineState.NOT_NEEDED
    answered_late = deadline_info(
        received, today=date(2026, 11, 25), answered_on=date(2026, 10, 20), answer_needed=False
    )
    assert answered_late.state is DeadlineState.ANSWERED_LATE
