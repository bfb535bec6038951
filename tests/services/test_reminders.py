"""The morning list: overdue first, then due soon, decisions to take, waiting too long."""

from __future__ import annotations

from datetime import date

from privacydesk.core.workflow import Status
from privacydesk.services import Services
from privacydesk.services.reminders import ReminderKind
from tests.conftest import Clock
from tests.services.helpers import new_request


def _register(services: Services, clock: Clock, name: str, received: date) -> int:
    clock.set_day(received)
    case_id = services.cases.register(new_request(name, received=received)).id
    return case_id


def test_reminders_group_cases_most_urgent_first(services: Services, clock: Clock) -> None:
    today = date(2026, 11, 25)
    _register(services, clock, "Op tijd", date(2026, 11, 20))  # due 21 Dec: nothing to say
    overdue = _register(services, clock, "Te laat", date(2026, 10, 1))  # due 2 Nov
    soon = _register(services, clock, "Binnenkort", date(2026, 10, 28))  # due 30 Nov
    services.identity.waive(soon, "Bekende klant")
    services.cases.extend(soon, "Complex")  # extended: due 28 Jan, nothing to say...
    decide = _register(services, clock, "Beslissen", date(2026, 10, 29))  # first due 30 Nov
    waiting = _register(services, clock, "Wacht", date(2026, 11, 5))  # due 7 Dec
    services.cases.change_status(waiting, Status.AWAITING_IDENTIFICATION)  # asked on 5 Nov
    clock.set_day(today)

    reminders = services.reminders.due()
    listed = [(r.kind, r.requester_name) for r in reminders]
    assert listed == [
        (ReminderKind.OVERDUE, "Te laat"),
        (ReminderKind.DECIDE_EXTENSION, "Beslissen"),
        (ReminderKind.WAITING_FOR_IDENTIFICATION, "Wacht"),
    ]
    assert reminders[0].case_id == overdue
    assert reminders[1].case_id == decide
    assert "23 dagen te laat" in str(reminders[0].detail)


def test_an_extended_case_near_its_new_deadline_is_due_soon(
    services: Services, clock: Clock
) -> None:
    case_id = _register(services, clock, "Verlengd", date(2026, 8, 27))
    services.cases.extend(case_id, "Complex")  # due 27 Nov
    clock.set_day(date(2026, 11, 25))
    (reminder,) = services.reminders.due()
    assert reminder.kind is ReminderKind.DUE_SOON
    assert reminder.due == date(2026, 11, 27) and reminder.days_left == 2


def test_answered_and_closed_cases_are_never_listed(services: Services, clock: Clock) -> None:
    case_id = _register(services, clock, "Beantwoord", date(2026, 10, 1))
    services.identity.waive(case_id, "Bekende klant")
    services.cases.change_status(case_id, Status.IN_PROGRESS)
    services.cases.change_status(case_id, Status.ANSWERED)
    clock.set_day(date(2026, 11, 25))
    assert services.reminders.due() == []


def test_a_wider_window_lists_more(services: Services, clock: Clock) -> None:
    _register(services, clock, "Later", date(2026, 11, 10))  # due 10 Dec: 15 days left
    clock.set_day(date(2026, 11, 25))
    assert services.reminders.due() == []
    assert [r.requester_name for r in services.reminders.due(within=20)] == ["Later"]


def test_the_list_is_the_rule_applied_to_every_case_of_the_register(
    services: Services, clock: Clock
) -> None:
    """`due` reads only the cases that can be listed (open ones, and closed ones still
    holding an ID copy); asked of every case, the rule lists exactly the same."""
    from dataclasses import replace

    from sqlmodel import select

    from privacydesk.core.attachments import AttachmentRole
    from privacydesk.core.reminders import reminders_for
    from privacydesk.services.case_lookup import attention_facts, cases_holding_id_copies
    from privacydesk.store.models import CaseRow
    from tests.documents.conftest import make_image
    from tests.services.test_case_rows import _one_of_each_status

    services.settings.save(replace(services.settings.get(), auto_purge_id_copies=False))
    made = _one_of_each_status(services)
    for status in (Status.CLOSED, Status.WITHDRAWN, Status.REFUSED, Status.IN_PROGRESS):
        services.attachments.add(made[status], "id.png", make_image("PNG"), AttachmentRole.ID_RECTO)

    def every_case(day: date, window: int) -> list[tuple[object, ...]]:
        settings = services.settings.current()
        with services.ctx.reading() as session:
            held = cases_holding_id_copies(session)
            rows = session.exec(select(CaseRow)).all()
        found = []
        for row in rows:
            facts = attention_facts(row, settings, day, holds_id_copy=row.id in held)
            for attention in reminders_for(
                facts, day, window=window, wait_limit=settings.identification_wait_limit_days
            ):
                found.append((attention.kind, row.id, facts.deadline.due, facts.deadline.days_left))
        return sorted(found, key=lambda r: (r[0], r[2], r[1]))

    seen = set()
    for day in (date(2026, 9, 20), date(2026, 10, 1), date(2026, 10, 30), date(2027, 3, 1)):
        clock.set_day(day)
        for within in (None, 0, 40):
            window = services.settings.current().reminder_window_days if within is None else within
            listed = [
                (r.kind, r.case_id, r.due, r.days_left)
                for r in services.reminders.due(within=within)
            ]
            assert sorted(listed, key=lambda r: (r[0], r[2], r[1])) == every_case(day, window)
            seen.update(kind for kind, *_ in listed)
    # The comparison met closed cases with a copy and open ones running late.
    assert {ReminderKind.ID_COPY_HELD, ReminderKind.OVERDUE} <= seen
