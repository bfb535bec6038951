"""What the officer must act on, decided once for the startup list, `due` and the register."""

from __future__ import annotations

from datetime import date

import pytest

from privacydesk.core.deadlines import deadline_info
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.reminders import (
    AttentionFacts,
    ReminderKind,
    needs_attention,
    reminders_for,
)
from privacydesk.core.settings import Settings
from privacydesk.core.workflow import Status

TODAY = date(2026, 11, 25)
WINDOW = 7
WAIT_LIMIT = 14


def facts(
    received: date,
    status: Status = Status.IN_PROGRESS,
    *,
    extended: bool = False,
    answered_on: date | None = None,
    identity: IdentityStatus = IdentityStatus.VERIFIED,
    asked: date | None = None,
    arrived: date | None = None,
    holds_id_copy: bool = False,
) -> AttentionFacts:
    info = deadline_info(
        received,
        today=TODAY,
        extended=extended,
        answered_on=answered_on,
        identification_requested_on=asked,
        identification_received_on=arrived,
        soon_window=WINDOW,
        answer_needed=status not in (Status.WITHDRAWN, Status.CLOSED),
    )
    return AttentionFacts(
        status=status,
        deadline=info,
        identity=identity,
        identification_requested_on=asked,
        identification_received_on=arrived,
        holds_id_copy=holds_id_copy,
    )


def kinds(case: AttentionFacts) -> list[ReminderKind]:
    return [a.kind for a in reminders_for(case, TODAY, window=WINDOW, wait_limit=WAIT_LIMIT)]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        # received 20 Nov, due 21 Dec: nothing to say yet
        (facts(date(2026, 11, 20)), []),
        # received 1 Oct, due 2 Nov: late
        (facts(date(2026, 10, 1)), [ReminderKind.OVERDUE]),
        # first deadline 30 Nov, not extended: answer or extend now
        (facts(date(2026, 10, 29)), [ReminderKind.DECIDE_EXTENSION]),
        # extended, new deadline 27 Nov: due soon
        (facts(date(2026, 8, 27), Status.EXTENDED, extended=True), [ReminderKind.DUE_SOON]),
        # asked for identification 20 days ago, nothing came, deadline not near
        (
            facts(
                date(2026, 11, 5),
                Status.AWAITING_IDENTIFICATION,
                identity=IdentityStatus.UNVERIFIED,
                asked=date(2026, 11, 5),
            ),
            [ReminderKind.WAITING_FOR_IDENTIFICATION],
        ),
        # asked 10 days ago: within the waiting limit
        (
            facts(
                date(2026, 11, 15),
                Status.AWAITING_IDENTIFICATION,
                identity=IdentityStatus.UNVERIFIED,
                asked=date(2026, 11, 15),
            ),
            [],
        ),
        # what was asked arrived: no longer waiting
        (
            facts(
                date(2026, 11, 5),
                identity=IdentityStatus.UNVERIFIED,
                asked=date(2026, 11, 5),
                arrived=date(2026, 11, 8),
            ),
            [],
        ),
        # answered, even long ago and late: never a deadline reminder
        (facts(date(2026, 9, 1), Status.ANSWERED, answered_on=date(2026, 10, 15)), []),
        (facts(date(2026, 9, 1), Status.CLOSED, answered_on=date(2026, 10, 1)), []),
        (facts(date(2026, 9, 1), Status.WITHDRAWN), []),
    ],
    ids=[
        "on-time",
        "overdue",
        "decide-extension",
        "extended-due-soon",
        "waiting-too-long",
        "waiting-within-limit",
        "identification-arrived",
        "answered",
        "closed",
        "withdrawn",
    ],
)
def test_each_case_is_listed_under_its_most_urgent_reason(
    case: AttentionFacts, expected: list[ReminderKind]
) -> None:
    assert kinds(case) == expected


@pytest.mark.parametrize(
    ("status", "identity", "listed"),
    [
        (Status.IN_PROGRESS, IdentityStatus.VERIFIED, True),
        (Status.IN_PROGRESS, IdentityStatus.WAIVED, True),
        (Status.IN_PROGRESS, IdentityStatus.UNVERIFIED, False),  # still needed to verify
        (Status.REFUSED, IdentityStatus.FAILED, False),  # may be the evidence for the refusal
        (Status.CLOSED, IdentityStatus.FAILED, True),  # the case is over
        (Status.WITHDRAWN, IdentityStatus.UNVERIFIED, True),
        (Status.CLOSED, IdentityStatus.VERIFIED, True),
    ],
)
def test_an_id_copy_kept_after_it_is_needed_is_a_reminder(
    status: Status, identity: IdentityStatus, listed: bool
) -> None:
    case = facts(date(2026, 11, 20), status, identity=identity, holds_id_copy=True)
    assert (ReminderKind.ID_COPY_HELD in kinds(case)) is listed
    without = facts(date(2026, 11, 20), status, identity=identity, holds_id_copy=False)
    assert ReminderKind.ID_COPY_HELD not in kinds(without)


def test_an_overdue_case_with_a_copy_kept_is_listed_for_both() -> None:
    case = facts(date(2026, 10, 1), holds_id_copy=True)
    assert kinds(case) == [ReminderKind.OVERDUE, ReminderKind.ID_COPY_HELD]


def test_a_wider_window_lists_more() -> None:
    case = facts(date(2026, 11, 10))  # due 10 Dec: 15 days left
    assert reminders_for(case, TODAY, window=7, wait_limit=WAIT_LIMIT) == []
    (attention,) = reminders_for(case, TODAY, window=20, wait_limit=WAIT_LIMIT)
    assert attention.kind is ReminderKind.DECIDE_EXTENSION  # not extended yet
    assert "Eerste termijn op 10/12/2026" in str(attention.detail)


def test_the_overdue_sentence_says_how_late() -> None:
    (attention,) = reminders_for(
        facts(date(2026, 10, 1)), TODAY, window=WINDOW, wait_limit=WAIT_LIMIT
    )
    assert str(attention.detail) == "23 dagen te laat (uiterste datum 02/11/2026)."


@pytest.mark.parametrize(
    "case",
    [
        facts(date(2026, 11, 20)),
        facts(date(2026, 10, 1)),
        facts(date(2026, 10, 29)),
        facts(date(2026, 11, 5), identity=IdentityStatus.UNVERIFIED, asked=date(2026, 11, 5)),
        facts(date(2026, 9, 1), Status.CLOSED, answered_on=date(2026, 10, 1), holds_id_copy=True),
        facts(date(2026, 9, 1), Status.ANSWERED, answered_on=date(2026, 10, 1)),
    ],
)
def test_needs_attention_is_exactly_being_on_the_reminder_list(case: AttentionFacts) -> None:
    settings = Settings(reminder_window_days=WINDOW, identification_wait_limit_days=WAIT_LIMIT)
    assert needs_attention(case, TODAY, settings) is bool(kinds(case))


def test_needs_attention_follows_the_settings_window() -> None:
    case = facts(date(2026, 11, 10))  # 15 days left
    assert not needs_attention(case, TODAY, Settings(reminder_window_days=7))
    assert needs_attention(case, TODAY, Settings(reminder_window_days=20))
