"""Statutory deadlines for answering a request (GDPR Art. 12(3)), counted as the law counts.

Periods in months follow Regulation (EEC, Euratom) No 1182/71, Art. 3: the day of receipt
does not count; the period ends on the day of the last month with the same date as the
receipt, or on that month's last day when the date does not exist; an end falling on a
Saturday, Sunday or Belgian legal public holiday moves to the next working day.

The clock-pause policy of SPEC §4a is opt-in: by default a request for identification does
not move the deadline. When the policy is on, the days spent waiting are added to the
unrolled end date (same-date rule) *before* rolling to a working day, and only when the
request for identification went out without undue delay.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import holidays


@lru_cache(maxsize=256)
def _public_holidays(year: int) -> frozenset[date]:
    # The ten legal public holidays, nation-wide: no region (community holidays such as
    # 11 July or 27 September are not general holidays), and only the "public" category.
    calendar_ = holidays.country_holidays("BE", years=year, categories=("public",))
    return frozenset(calendar_.keys())


@lru_cache(maxsize=65536)
def is_working_day(day: date) -> bool:
    """Not a Saturday, Sunday or Belgian legal public holiday."""
    return day.weekday() < 5 and day not in _public_holidays(day.year)


def next_working_day(day: date) -> date:
    """``day`` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_months(day: date, months: int) -> date:
    """Same date ``months`` later; the month's last day when that date does not exist."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


@lru_cache(maxsize=65536)
def _due(received: date, months: int, pause_days: int) -> date:
    return next_working_day(add_months(received, months) + timedelta(days=pause_days))


def response_due(received: date, *, extended: bool = False) -> date:
    """The last day to answer: receipt + 1 month (+ 3 months when extended), rolled forward.

    >>> response_due(date(2026, 1, 31))  # 28 Feb 2026 is a Saturday
    datetime.date(2026, 3, 2)
    >>> response_due(date(2026, 10, 11))  # 11 Nov is Armistice Day
    datetime.date(2026, 11, 12)
    """
    return _due(received, 3 if extended else 1, 0)


def _weekdays_after(start: date, end: date) -> int:
    """Mondays to Fridays after ``start`` up to and including ``end`` (end >= start)."""
    days = (end - start).days
    full_weeks, rest = divmod(days, 7)
    count = full_weeks * 5
    weekday = start.weekday()
    for offset in range(1, rest + 1):
        if (weekday + offset) % 7 < 5:
            count += 1
    return count


@lru_cache(maxsize=65536)
def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end``; negative when end < start."""
    if end == start:
        return 0
    if end < start:
        return -working_days_between(end, start)
    holidays_in_range = sum(
        1
        for year in range(start.year, end.year + 1)
        for holiday in _public_holidays(year)
        if start < holiday <= end and holiday.weekday() < 5
    )
    return _weekdays_after(start, end) - holidays_in_range


@dataclass(frozen=True)
class PausePolicy:
    """SPEC §4a. Off by default: the officer is never late by relying on a tolerance."""

    enabled: bool = False
    max_request_delay_days: int = 5


@dataclass(frozen=True)
class PauseDecision:
    applied: bool
    days: int
    explanation: str  # one Dutch sentence for the case view and the letters


NO_PAUSE = PauseDecision(False, 0, "")


@lru_cache(maxsize=65536)
def pause_for(
    received: date,
    requested_on: date | None,
    arrived_on: date | None,
    *,
    policy: PausePolicy,
    today: date,
) -> PauseDecision:
    """How many days the clock stands still while waiting for identification, and why."""
    if requested_on is None:
        return NO_PAUSE
    if not policy.enabled:
        return PauseDecision(
            False,
            0,
            "De termijn loopt door tijdens het wachten op identificatie "
            "(strikte lezing van art. 12(3) AVG).",
        )
    delay = (requested_on - received).days
    if delay > policy.max_request_delay_days:
        return PauseDecision(
            False,
            0,
            f"Geen pauze: de identificatie werd pas {delay} dagen na ontvangst gevraagd "
            f"(meer dan {policy.max_request_delay_days} dagen).",
        )
    end = arrived_on if arrived_on is not None else today
    days = max(0, (end - requested_on).days)
    if arrived_on is None:
        return PauseDecision(
            True,
            days,
            f"Termijn gepauzeerd sinds {requested_on:%d/%m/%Y} in afwachting van "
            f"identificatie ({days} dagen tot nu, EDPB-richtsnoeren 01/2022 §159).",
        )
    return PauseDecision(
        True,
        days,
        f"Termijn {days} dagen gepauzeerd van {requested_on:%d/%m/%Y} tot "
        f"{arrived_on:%d/%m/%Y} in afwachting van identificatie "
        "(EDPB-richtsnoeren 01/2022 §159).",
    )


class DeadlineState(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    ANSWERED_ON_TIME = "answered_on_time"
    ANSWERED_LATE = "answered_late"

    @property
    def urgency(self) -> int:
        """Sort key: lower is more urgent."""
        return _URGENCY[self]


_URGENCY: dict[DeadlineState, int] = {
    DeadlineState.OVERDUE: 0,
    DeadlineState.DUE_SOON: 1,
    DeadlineState.ON_TIME: 2,
    DeadlineState.ANSWERED_LATE: 3,
    DeadlineState.ANSWERED_ON_TIME: 4,
}

DEADLINE_STATE_LABEL_NL: dict[DeadlineState, str] = {
    DeadlineState.ON_TIME: "Op tijd",
    DeadlineState.DUE_SOON: "Verstrijkt binnenkort",
    DeadlineState.OVERDUE: "Te laat",
    DeadlineState.ANSWERED_ON_TIME: "Tijdig beantwoord",
    DeadlineState.ANSWERED_LATE: "Laattijdig beantwoord",
}


@dataclass(frozen=True)
class DeadlineInfo:
    first_due: date  # the one-month deadline, pause included
    due: date  # the deadline in force: extended when extended, pause included
    extended: bool
    days_left: int  # calendar days from today to ``due``; negative when overdue
    working_days_left: int
    state: DeadlineState
    pause: PauseDecision
    rule: str  # which rule was applied, in Dutch, for the case view and letters


@lru_cache(maxsize=1024)
def _rule(extended: bool, pause: PauseDecision) -> str:
    text = "Eén maand vanaf ontvangst (art. 12(3) AVG)"
    if extended:
        text += ", verlengd met twee maanden"
    if pause.applied:
        text += f"; klok {pause.days} dagen gepauzeerd voor identificatie"
    else:
        text += "; klok niet gepauzeerd"
    return text + "."


def deadline_info(
    received: date,
    *,
    today: date,
    extended: bool = False,
    answered_on: date | None = None,
    identification_requested_on: date | None = None,
    identification_received_on: date | None = None,
    policy: PausePolicy = PausePolicy(),
    soon_window: int = 7,
) -> DeadlineInfo:
    """Everything the case view, the table and the reminders show about one case's deadline."""
    pause = pause_for(
        received,
        identification_requested_on,
        identification_received_on,
        policy=policy,
        today=answered_on or today,
    )
    first_due = _due(received, 1, pause.days)
    due = _due(received, 3, pause.days) if extended else first_due
    days_left = (due - today).days
    if answered_on is not None:
        state = (
            DeadlineState.ANSWERED_ON_TIME if answered_on <= due else DeadlineState.ANSWERED_LATE
        )
    elif days_left < 0:
        state = DeadlineState.OVERDUE
    elif days_left <= soon_window:
        state = DeadlineState.DUE_SOON
    else:
        state = DeadlineState.ON_TIME
    return DeadlineInfo(
        first_due=first_due,
        due=due,
        extended=extended,
        days_left=days_left,
        working_days_left=working_days_between(today, due),
        state=state,
        pause=pause,
        rule=_rule(extended, pause),
    )


def can_extend(
    received: date,
    *,
    today: date,
    identification_requested_on: date | None = None,
    identification_received_on: date | None = None,
    policy: PausePolicy = PausePolicy(),
) -> bool:
    """An extension must be announced within the first month: until the first deadline."""
    pause = pause_for(
        received,
        identification_requested_on,
        identification_received_on,
        policy=policy,
        today=today,
    )
    return today <= _due(received, 1, pause.days)


def first_deadline_nears(info: DeadlineInfo, *, today: date, window: int) -> bool:
    """Undecided near the first deadline: neither answered nor extended, within the window."""
    if info.extended or info.state in (
        DeadlineState.ANSWERED_ON_TIME,
        DeadlineState.ANSWERED_LATE,
    ):
        return False
    return 0 <= (info.first_due - today).days <= window
