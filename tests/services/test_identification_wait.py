"""Waiting for what identifies the person: when the wait starts and ends (SPEC §4, §4a).

With the pause policy on, the days of the wait are added to the deadline, so a wait that
never ended would push the deadline forward every day and the case would never be overdue.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.deadlines import DeadlineState
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.workflow import Status
from privacydesk.services import Services
from privacydesk.services.cases import CaseRuleError
from privacydesk.services.reminders import ReminderKind
from tests.conftest import Clock
from tests.documents.conftest import make_image
from tests.services.helpers import new_request

RECEIVED = date(2026, 3, 2)  # a Monday; one month later is Thu 2 April


@pytest.fixture
def pausing(services: Services, clock: Clock) -> Services:
    services.settings.save(
        replace(services.settings.get(), pause_while_awaiting_identification=True)
    )
    clock.set_day(RECEIVED)
    return services


def _case(services: Services) -> int:
    return services.cases.register(new_request("Jan Peeters", received=RECEIVED)).id


def test_issuing_the_identification_letter_puts_the_case_on_hold_for_it(
    pausing: Services, clock: Clock
) -> None:
    case_id = _case(pausing)
    clock.set_day(date(2026, 3, 3))
    pausing.letters.issue(
        pausing.letters.draft(case_id, LetterKind.IDENTIFICATION, missing_items=("id_copy",))
    )
    case = pausing.cases.get(case_id)
    assert case.status is Status.AWAITING_IDENTIFICATION
    assert case.identification_requested_on == date(2026, 3, 3)
    assert case.identification_received_on is None
    events = [e.action for e in pausing.audit.for_case(case_id)]
    assert "case.status_changed" in events


def test_the_wait_ends_with_the_identity_decision_and_the_deadline_stops_moving(
    pausing: Services, clock: Clock
) -> None:
    case_id = _case(pausing)
    clock.set_day(date(2026, 3, 3))
    pausing.letters.issue(
        pausing.letters.draft(case_id, LetterKind.IDENTIFICATION, missing_items=("id_copy",))
    )
    clock.set_day(date(2026, 3, 13))
    pausing.identity.waive(
        case_id, "Bekende klant", information_arrived_on=date(2026, 3, 10)
    )  # 7 days waited
    pausing.cases.change_status(case_id, Status.IN_PROGRESS)
    assert pausing.cases.get(case_id).identification_received_on == date(2026, 3, 10)
    dues = set()
    for day in (date(2026, 3, 20), date(2026, 4, 9), date(2026, 6, 1), date(2026, 12, 1)):
        clock.set_day(day)
        dues.add(pausing.cases.deadline(case_id).due)
    assert dues == {date(2026, 4, 9)}  # 2 April + 7 days, a Thursday
    assert pausing.cases.deadline(case_id).state is DeadlineState.OVERDUE
    assert [r.case_id for r in pausing.reminders.due() if r.kind is ReminderKind.OVERDUE] == [
        case_id
    ]


def test_an_extension_while_waiting_keeps_the_wait_until_identity_is_settled(
    pausing: Services, clock: Clock
) -> None:
    case_id = _case(pausing)
    pausing.cases.change_status(case_id, Status.AWAITING_IDENTIFICATION)  # asked on receipt
    clock.set_day(date(2026, 3, 20))
    pausing.cases.extend(case_id, "Gegevens in verschillende systemen")
    clock.set_day(date(2026, 4, 20))
    still = pausing.reminders.due()
    assert [r.kind for r in still if r.case_id == case_id] == [
        ReminderKind.WAITING_FOR_IDENTIFICATION
    ]
    pausing.identity.mark_verified(
        case_id, "in_person", information_arrived_on=date(2026, 4, 2)
    )  # 31 days waited
    due = pausing.cases.deadline(case_id).due
    clock.set_day(date(2026, 8, 1))
    assert pausing.cases.deadline(case_id).due == due == date(2026, 7, 3)  # 2 June + 31 days


def test_a_case_is_answered_only_for_an_identified_person(services: Services) -> None:
    case_id = services.cases.register(new_request()).id
    with pytest.raises(CaseRuleError, match="identiteit"):
        services.cases.change_status(case_id, Status.ANSWERED)
    # Refusing because identity could not be established stays possible (Art. 12(6)).
    services.identity.mark_failed(case_id, "Geen antwoord op de vraag om identificatie")
    assert services.cases.change_status(case_id, Status.REFUSED).status is Status.REFUSED


def test_the_day_the_information_arrived_is_neither_before_the_question_nor_ahead(
    services: Services, clock: Clock
) -> None:
    case_id = services.cases.register(new_request(received=date(2026, 11, 20))).id
    clock.set_day(date(2026, 11, 21))
    services.cases.change_status(case_id, Status.AWAITING_IDENTIFICATION)
    clock.set_day(date(2026, 11, 25))
    with pytest.raises(CaseRuleError, match="vóór de vraag"):
        services.identity.waive(case_id, "Bekend", information_arrived_on=date(2026, 11, 20))
    with pytest.raises(CaseRuleError, match="toekomst"):
        services.identity.waive(case_id, "Bekend", information_arrived_on=date(2026, 11, 26))
    assert services.identity.status(case_id)[0].value == "unverified"
    services.identity.waive(case_id, "Bekend")  # no day given: it arrived today
    assert services.cases.get(case_id).identification_received_on == date(2026, 11, 25)


def test_a_second_request_for_identification_starts_a_new_wait(
    services: Services, clock: Clock
) -> None:
    case_id = services.cases.register(new_request(received=date(2026, 11, 2))).id
    clock.set_day(date(2026, 11, 3))
    services.cases.change_status(case_id, Status.AWAITING_IDENTIFICATION)
    services.identity.waive(case_id, "Bekend")
    services.cases.change_status(case_id, Status.IN_PROGRESS)
    clock.set_day(date(2026, 11, 24))
    services.cases.change_status(case_id, Status.AWAITING_IDENTIFICATION)
    case = services.cases.get(case_id)
    assert case.identification_requested_on == date(2026, 11, 24)
    assert case.identification_received_on is None
    # Asked yesterday: not yet "waiting too long" because of the first round.
    assert not [
        r for r in services.reminders.due() if r.kind is ReminderKind.WAITING_FOR_IDENTIFICATION
    ]


def test_withdrawal_ends_the_wait(services: Services, clock: Clock) -> None:
    case_id = services.cases.register(new_request()).id
    services.cases.change_status(case_id, Status.AWAITING_IDENTIFICATION)
    clock.advance(3)
    services.cases.change_status(case_id, Status.WITHDRAWN)
    assert services.cases.get(case_id).identification_received_on == date(2026, 11, 28)


@pytest.mark.parametrize("settle", ["waive", "close"])
def test_an_id_copy_kept_after_it_stopped_being_needed_is_a_reminder(
    services: Services, settle: str
) -> None:
    services.settings.save(replace(services.settings.get(), auto_purge_id_copies=False))
    case_id = services.cases.register(new_request()).id
    services.attachments.add(case_id, "id.png", make_image("PNG"), AttachmentRole.ID_RECTO)
    assert not services.reminders.due()
    if settle == "waive":
        services.identity.waive(case_id, "Bekende klant; de kopie was niet nodig")
    else:
        services.cases.change_status(case_id, Status.WITHDRAWN)
        services.cases.change_status(case_id, Status.CLOSED)
    (reminder,) = services.reminders.due()
    assert reminder.kind is ReminderKind.ID_COPY_HELD and reminder.case_id == case_id
    assert "vernietig" in str(reminder.detail)


def test_a_withdrawn_case_is_not_shown_as_late_in_the_register(
    services: Services, clock: Clock
) -> None:
    case_id = services.cases.register(new_request(received=date(2026, 9, 1))).id
    services.cases.change_status(case_id, Status.WITHDRAWN)
    services.cases.change_status(case_id, Status.CLOSED)
    (summary,) = services.cases.list_cases()
    assert summary.deadline.state is DeadlineState.NOT_NEEDED
