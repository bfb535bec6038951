"""The light rows every list of the register is built from: the same facts as a case."""

from __future__ import annotations

from datetime import date

from privacydesk.core.rights import Right
from privacydesk.core.workflow import Status
from privacydesk.services import Services
from privacydesk.services.case_rows import case_lines
from tests.conftest import Clock
from tests.services.helpers import new_request


def _one_of_each_status(services: Services) -> dict[Status, int]:
    """A case in every status, some overdue, one waiting for identification."""
    cases = services.cases
    made: dict[Status, int] = {}
    for status in Status:
        case = cases.register(new_request(f"Case {status.value}", received=date(2026, 9, 1)))
        made[status] = case.id
        if status is Status.RECEIVED:
            continue
        if status is Status.AWAITING_IDENTIFICATION:
            cases.change_status(case.id, status)
            continue
        if status is Status.WITHDRAWN or status is Status.REFUSED:
            cases.change_status(case.id, status)
            continue
        services.identity.waive(case.id, "Bekende klant")
        cases.change_status(case.id, Status.IN_PROGRESS)
        if status is Status.EXTENDED:
            cases.extend(case.id, "Veel systemen", override_reason="Laat gemeld")
        elif status in (Status.ANSWERED, Status.CLOSED):
            cases.change_status(case.id, Status.ANSWERED, answered_on=date(2026, 10, 20))
            if status is Status.CLOSED:
                cases.change_status(case.id, Status.CLOSED)
    return made


def test_each_row_holds_what_the_case_itself_says(services: Services) -> None:
    made = _one_of_each_status(services)
    lines = {line.id: line for line in case_lines(services.ctx, services.settings.current())}
    assert set(lines) == set(made.values())
    for status, case_id in made.items():
        line, record = lines[case_id], services.cases.get(case_id)
        assert line.status is status
        assert (line.reference, line.requester_name, line.received) == (
            record.reference,
            record.requester.name,
            record.received,
        )
        assert line.requester_email == record.requester.email
        assert line.rights == tuple(r.right for r in record.rights)
        assert (line.extended, line.answered_on) == (record.extended, record.answered_on)
        # The deadline (state, due date, days left) is the case view's, for every status.
        assert line.deadline == services.cases.deadline(case_id)


def test_rows_can_be_asked_for_by_id_and_newest_first(services: Services) -> None:
    old = services.cases.register(new_request("Oud", received=date(2026, 1, 5)))
    new = services.cases.register(
        new_request("Nieuw", received=date(2026, 11, 20), rights=(Right.ERASURE, Right.ACCESS))
    )
    settings = services.settings.current()
    assert [line.id for line in case_lines(services.ctx, settings)] == [new.id, old.id]
    (newest,) = case_lines(services.ctx, settings, newest=1)
    assert newest.id == new.id and newest.rights == (Right.ERASURE, Right.ACCESS)
    (only,) = case_lines(services.ctx, settings, ids=[old.id])
    assert only.requester_name == "Oud"
    assert case_lines(services.ctx, settings, ids=[9999]) == []


def test_a_save_never_waits_for_the_register_table_to_finish_loading(services: Services) -> None:
    from privacydesk.services.case_rows import iter_case_lines

    for n in range(3):
        services.cases.register(new_request(f"Bestaand {n}"))
    reading = iter_case_lines(services.ctx, services.settings.get())
    first = next(reading)  # the table is half-way through the register
    # Without a snapshot read, this would wait for the lock and fail as "in gebruik".
    added = services.cases.register(new_request("Tijdens het laden"))
    rest = list(reading)
    assert added.reference == "PD-2026-0004"
    assert len([first, *rest]) == 3  # the load saw the register as it was when it began


def test_deadlines_follow_the_day_and_the_pause_policy_from_one_listing_to_the_next(
    services: Services, clock: Clock
) -> None:
    """Cases sharing their dates share one computed deadline within a listing; the next
    listing never reuses one computed for another day or another pause policy."""
    from dataclasses import replace

    received = date(2026, 10, 1)
    clock.set_day(received)
    twins = [
        services.cases.register(new_request(f"Tweeling {n}", received=received)).id
        for n in range(3)
    ]
    waiting = services.cases.register(new_request("Wacht", received=received)).id
    clock.set_day(date(2026, 10, 2))
    services.cases.change_status(waiting, Status.AWAITING_IDENTIFICATION)

    def listed() -> dict[int, object]:
        return {
            line.id: line.deadline for line in case_lines(services.ctx, services.settings.current())
        }

    for day in (date(2026, 10, 20), date(2026, 11, 3)):  # before and after the twins' due
        clock.set_day(day)
        for pause in (False, True, False):
            services.settings.save(
                replace(services.settings.get(), pause_while_awaiting_identification=pause)
            )
            deadlines = listed()
            for case_id in (*twins, waiting):
                assert deadlines[case_id] == services.cases.deadline(case_id)
            assert deadlines[waiting].pause.applied is pause
    # Due 2 November (one month, rolled to Monday): late by a day on 3 November.
    assert listed()[twins[0]].days_left == -1
