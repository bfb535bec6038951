"""Statutory deadlines for answering a request (GDPR Art. 12(3)), counted as the law counts.

Periods in months follow Regulation (EEC, Euratom) No 1182/71, Art. 3: the day of receipt
does not count; the period ends on the day of the last month with the same date as the
receipt, or on that month's last day when the date does not exist; an end falling on a
Saturday, Sunday or Belgian legal public holiday moves to the next working day.

The Belgian holidays come from the maintained ``holidays`` package, asked for the nation-wide
calendar only: no subdivision (its subdivisions are the three Communities, whose days such as
11 July, 27 September and 15 November are not general public holidays) and only the
``PUBLIC`` category (``BANK`` would add Good Friday, the Friday after Ascension and 26
December). What remains are the ten legal public holidays plus Easter Sunday and Whit Sunday,
which fall on a Sunday anyway.

The clock-pause policy of SPEC §4a is opt-in: by default a request for identification does
not move the deadline. When the policy is on, and the request for identification went out
without undue delay, the days spent waiting are added to the *unrolled* end date (the
same-date rule) and only then is the result rolled to a working day.

Everything that depends only on dates is cached (the holiday set per year, working days,
due dates, the Dutch sentences), so a register of 100,000 cases is computed in a blink.
The public functions are plain, fully typed functions in front of the cached helpers.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import holidays

from privacydesk.core.messages import Message, message

_ONE_DAY = timedelta(days=1)


# --- Working days -------------------------------------------------------------------------


@lru_cache(maxsize=512)  # one entry per calendar year asked about
def _public_holidays(year: int) -> frozenset[date]:
    """The Belgian legal public holidays of ``year`` (plus Easter and Whit Sunday)."""
    calendar_ = holidays.country_holidays(
        "BE", subdiv=None, years=year, categories=(holidays.PUBLIC,)
    )
    return frozenset(calendar_)


@lru_cache(maxsize=512)
def _weekday_holidays(year: int) -> tuple[date, ...]:
    """The public holidays of ``year`` that fall Monday to Friday, in order."""
    return tuple(sorted(day for day in _public_holidays(year) if day.weekday() < 5))


@lru_cache(maxsize=65536)
def _is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _public_holidays(day.year)


def is_working_day(day: date) -> bool:
    """True unless ``day`` is a Saturday, a Sunday or a Belgian legal public holiday.

    Community holidays (11 July, 27 September, 15 November) are working days.
    """
    return _is_working_day(day)


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not _is_working_day(day):
        day += _ONE_DAY
    return day


def _weekdays_up_to(ordinal: int) -> int:
    """Mondays to Fridays from 1 January of year 1 (a Monday) up to ``ordinal`` inclusive."""
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


@lru_cache(maxsize=65536)
def _working_days_between(start: date, end: date) -> int:
    if end < start:
        return -_working_days_between(end, start)
    weekdays = _weekdays_up_to(end.toordinal()) - _weekdays_up_to(start.toordinal())
    holidays_in_range = sum(
        1
        for year in range(start.year, end.year + 1)
        for holiday in _weekday_holidays(year)
        if start < holiday <= end
    )
    return weekdays - holidays_in_range


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end``.

    Negative when ``end`` lies before ``start`` (the working days by which a deadline has
    passed), zero when both are the same day.
    """
    return _working_days_between(start, end)


# --- Months and due dates -----------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same date ``months`` later (Reg. 1182/71 Art. 3(2)(c)).

    When that date does not exist in the target month (31 January + 1 month), the period
    ends on the month's last day (28 or 29 February). ``months`` may be negative.
    """
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


@lru_cache(maxsize=65536)
def _due(received: date, months: int, pause_days: int) -> date:
    # The pause is added to the unrolled end (same-date rule), then the end is rolled.
    return next_working_day(add_months(received, months) + timedelta(days=pause_days))


def response_due(received: date, *, extended: bool = False) -> date:
    """The last day to answer, without any pause of the clock.

    Receipt + 1 month (+ 3 months when ``extended``: one month and two further months), the
    end rolled to the next working day.

    >>> response_due(date(2026, 1, 31))  # 28 Feb 2026 is a Saturday
    datetime.date(2026, 3, 2)
    >>> response_due(date(2026, 10, 11))  # 11 Nov is Armistice Day
    datetime.date(2026, 11, 12)
    """
    return _due(received, 3 if extended else 1, 0)


# --- Clock pause while waiting for identification (SPEC §4a) ------------------------------


@dataclass(frozen=True)
class PausePolicy:
    """SPEC §4a. Off by default: the officer is never late by relying on a tolerance.

    When ``enabled``, the clock stands still between the request for identification and
    its arrival, provided the request went out at most ``max_request_delay_days`` calendar
    days after receipt (EDPB Guidelines 01/2022 §159: "without undue delay").
    """

    enabled: bool = False
    max_request_delay_days: int = 5


@dataclass(frozen=True)
class PauseDecision:
    """Whether the clock was paused, by how many calendar days, and why, in Dutch.

    ``explanation`` is one sentence for the case view and the letters; it is empty only when
    no identification was asked, as there is then nothing to explain.
    """

    applied: bool
    days: int
    message: Message  # the explanation, translatable (core/messages.py)

    @property
    def explanation(self) -> str:
        return str(self.message)


NO_PAUSE = PauseDecision(applied=False, days=0, message=message(""))


@lru_cache(maxsize=65536)
def _pause(
    received: date,
    requested_on: date,
    arrived_on: date | None,
    enabled: bool,
    max_delay: int,
    until: date,
) -> PauseDecision:
    if not enabled:
        return PauseDecision(
            applied=False,
            days=0,
            message=message(
                "Geen pauze: de termijn loopt door tijdens het wachten op identificatie "
                "(strikte lezing van art. 12(3) AVG)."
            ),
        )
    delay = (requested_on - received).days
    if delay > max_delay:
        return PauseDecision(
            applied=False,
            days=0,
            message=message(
                "Geen pauze: de identificatie werd pas {delay} dagen na ontvangst gevraagd, "
                "later dan de toegestane {max_delay} dagen.",
                delay=delay,
                max_delay=max_delay,
            ),
        )
    start = max(requested_on, received)
    days = max(0, (until - start).days)
    if arrived_on is None:
        return PauseDecision(
            applied=True,
            days=days,
            message=message(
                "Termijn gepauzeerd sinds {start} in afwachting van identificatie, "
                "tot nu {days} dagen (EDPB-richtsnoeren 01/2022 §159).",
                start=start,
                days=days,
            ),
        )
    return PauseDecision(
        applied=True,
        days=days,
        message=message(
            "Termijn {days} dagen gepauzeerd van {start} tot {arrived} "
            "in afwachting van identificatie (EDPB-richtsnoeren 01/2022 §159).",
            days=days,
            start=start,
            arrived=arrived_on,
        ),
    )


def pause_for(
    received: date,
    requested_on: date | None,
    arrived_on: date | None,
    *,
    policy: PausePolicy,
    today: date,
) -> PauseDecision:
    """How many days the clock stands still while waiting for identification, and why.

    Days count from ``requested_on`` to ``arrived_on`` (calendar days; the day of arrival
    itself runs again). While the information is still awaited (``arrived_on`` is None) the
    pause runs until ``today``. No pause when the policy is off, or when the request went
    out more than ``policy.max_request_delay_days`` after receipt; the explanation says why.
    """
    if requested_on is None:
        return NO_PAUSE
    return _pause(
        received,
        requested_on,
        arrived_on,
        policy.enabled,
        policy.max_request_delay_days,
        today if arrived_on is None else arrived_on,
    )


# --- States -------------------------------------------------------------------------------


class DeadlineState(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    ANSWERED_ON_TIME = "answered_on_time"
    ANSWERED_LATE = "answered_late"
    NOT_NEEDED = "not_needed"  # withdrawn by the person before an answer went out

    @property
    def urgency(self) -> int:
        """Sort key: lower is more urgent (overdue first, answered on time last)."""
        return DEADLINE_STATE_URGENCY[self]


DEADLINE_STATE_URGENCY: dict[DeadlineState, int] = {
    DeadlineState.OVERDUE: 0,
    DeadlineState.DUE_SOON: 1,
    DeadlineState.ON_TIME: 2,
    DeadlineState.ANSWERED_LATE: 3,
    DeadlineState.ANSWERED_ON_TIME: 4,
    DeadlineState.NOT_NEEDED: 5,
}

DEADLINE_STATE_LABEL_NL: dict[DeadlineState, str] = {
    DeadlineState.ON_TIME: "Op tijd",
    DeadlineState.DUE_SOON: "Verstrijkt binnenkort",
    DeadlineState.OVERDUE: "Te laat",
    DeadlineState.ANSWERED_ON_TIME: "Tijdig beantwoord",
    DeadlineState.ANSWERED_LATE: "Laattijdig beantwoord",
    DeadlineState.NOT_NEEDED: "Geen antwoord nodig",
}


@dataclass(frozen=True)
class DeadlineInfo:
    """Everything the case view, the register table and the reminders show about a deadline."""

    first_due: date  # the one-month deadline, pause included
    due: date  # the deadline in force: extended when extended, pause included
    extended: bool
    days_left: int  # calendar days from today to ``due``; negative when overdue
    working_days_left: int  # working days from today to ``due``; negative when overdue
    state: DeadlineState
    pause: PauseDecision
    rule: str  # which rule was applied, one Dutch sentence for the case view and letters
    rule_message: Message  # the same sentence, for the window to say in the officer's language
    extension_late: bool = False  # an extension recorded (by override) after the first deadline


@lru_cache(maxsize=1024)
def _rule(extended: bool, paused_days: int | None, extension_late: bool = False) -> Message:
    """Which rule set the date, as a sentence the GUI translates (str(): the Dutch)."""
    if extension_late:
        start = message(
            "Eén maand vanaf ontvangst (art. 12(3) AVG); de verlenging werd pas na de eerste "
            "termijn gemeld en is dus niet rechtsgeldig: de termijn blijft één maand"
        )
    elif extended:
        start = message("Eén maand vanaf ontvangst (art. 12(3) AVG), verlengd met twee maanden")
    else:
        start = message("Eén maand vanaf ontvangst (art. 12(3) AVG)")
    if paused_days is None:
        clock = message("klok niet gepauzeerd")
    elif paused_days == 1:
        clock = message("klok 1 dag gepauzeerd voor identificatie")
    else:
        clock = message("klok {days} dagen gepauzeerd voor identificatie", days=paused_days)
    return message("{start}; {clock}.", start=start, clock=clock)


@lru_cache(maxsize=1024)
def _rule_text(extended: bool, paused_days: int | None, extension_late: bool) -> str:
    # Formatting a message costs more than the whole deadline: a list of 100,000 cases
    # shares a few dozen sentences.
    return str(_rule(extended, paused_days, extension_late))


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
    answer_needed: bool = True,
    extension_late: bool = False,
) -> DeadlineInfo:
    """The deadline of one case as it stands on ``today``.

    ``answer_needed`` is false once the person withdrew the request: a case without an
    answer is then never late (state NOT_NEEDED), and an answer that did go out is judged.

    ``first_due`` is receipt + 1 month and ``due`` receipt + 3 months when ``extended``
    (else ``first_due``). Pause days (see :func:`pause_for`; counted until the answer when
    the case was answered while still waiting) are added to the unrolled end date, the
    same-date rule, and the sum is then rolled to the next working day.

    ``extension_late``: the extension was recorded (by an audited override) after the first
    deadline. A late notice is ineffective under Art. 12(3), so the deadline stays the
    one-month date: an overdue case stays overdue.

    States: answered cases are on time iff ``answered_on <= due``; open cases are overdue
    once ``today > due``, due soon while ``0 <= days_left <= soon_window``, else on time.
    """
    if identification_requested_on is None:
        pause = NO_PAUSE
    else:
        pause = pause_for(
            received,
            identification_requested_on,
            identification_received_on,
            policy=policy,
            today=today if answered_on is None else answered_on,
        )
    first_due = _due(received, 1, pause.days)
    due = _due(received, 3, pause.days) if extended and not extension_late else first_due
    days_left = (due - today).days
    if answered_on is not None:
        state = (
            DeadlineState.ANSWERED_ON_TIME if answered_on <= due else DeadlineState.ANSWERED_LATE
        )
    elif not answer_needed:
        state = DeadlineState.NOT_NEEDED
    elif days_left < 0:
        state = DeadlineState.OVERDUE
    elif days_left <= soon_window:
        state = DeadlineState.DUE_SOON
    else:
        state = DeadlineState.ON_TIME
    paused_days = pause.days if pause.applied else None
    late = extended and extension_late
    rule = _rule(extended, paused_days, late)
    return DeadlineInfo(
        first_due=first_due,
        due=due,
        extended=extended,
        days_left=days_left,
        working_days_left=_working_days_between(today, due),
        state=state,
        pause=pause,
        rule=_rule_text(extended, paused_days, late),
        rule_message=rule,
        extension_late=extended and extension_late,
    )


def can_extend(
    received: date,
    *,
    today: date,
    identification_requested_on: date | None = None,
    identification_received_on: date | None = None,
    policy: PausePolicy = PausePolicy(),
) -> bool:
    """Whether an extension may still be recorded: only until the first deadline, inclusive.

    The person must be told of the extension within the first month (Art. 12(3)); the first
    deadline includes any pause of the clock. Past it, recording needs an audited override,
    which is the services' business.
    """
    pause = pause_for(
        received,
        identification_requested_on,
        identification_received_on,
        policy=policy,
        today=today,
    )
    return today <= _due(received, 1, pause.days)


def first_deadline_nears(info: DeadlineInfo, *, today: date, window: int) -> bool:
    """The reminder "decide: answer or extend".

    True for a case neither answered nor extended whose first deadline lies within
    ``window`` days from ``today`` (today included); false once that deadline has passed,
    as the case is then overdue, which is a reminder of its own.
    """
    if info.extended or info.state in (
        DeadlineState.ANSWERED_ON_TIME,
        DeadlineState.ANSWERED_LATE,
    ):
        return False
    return 0 <= (info.first_due - today).days <= window
