"""Closed cases are kept five years (a setting), then only an anonymous record remains."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from privacydesk.cli import main
from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.rights import Outcome
from privacydesk.core.workflow import Status
from privacydesk.services import Services, open_services
from privacydesk.services.reminders import ReminderKind
from privacydesk.services.retention import RetentionError
from tests.conftest import Clock
from tests.documents.conftest import make_pdf
from tests.services.helpers import new_request


def _closed_case(services: Services, clock: Clock, name: str, closed_on: date) -> int:
    """A request answered and closed on ``closed_on``, with a document and a reason."""
    received = date(closed_on.year, closed_on.month, 1)
    clock.set_day(received)
    case = services.cases.register(new_request(name, received=received))
    services.attachments.add(case.id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST)
    services.identity.waive(case.id, f"Bekende klant {name}")
    services.cases.record_outcome(case.id, 0, Outcome.GRANTED)
    services.cases.extend(case.id, f"Gegevens van {name} in drie systemen")
    services.cases.change_status(case.id, Status.ANSWERED, answered_on=received)
    clock.set_day(closed_on)
    services.cases.change_status(case.id, Status.CLOSED)
    return case.id


@pytest.fixture
def aged_register(services: Services, clock: Clock) -> dict[str, int]:
    """Cases closed 6, 5 and 4 years before today (25 November 2026)."""
    cases = {
        "six": _closed_case(services, clock, "Jan Peeters", date(2020, 11, 25)),
        "five": _closed_case(services, clock, "Lieve De Smet", date(2021, 11, 25)),
        "four": _closed_case(services, clock, "Zoë Willems", date(2022, 11, 25)),
    }
    clock.set_day(date(2026, 11, 25))
    return cases


def test_cases_closed_five_years_ago_or_more_are_due_for_deletion(
    services: Services, aged_register: dict[str, int]
) -> None:
    due = services.retention.due()
    assert [d.case_id for d in due] == [aged_register["six"], aged_register["five"]]
    assert due[1].delete_from == date(2026, 11, 25)  # five years to the day
    reminders = [r for r in services.reminders.due() if r.kind is ReminderKind.RETENTION_OVER]
    assert {r.case_id for r in reminders} == {aged_register["six"], aged_register["five"]}


def test_the_period_is_a_setting(services: Services, aged_register: dict[str, int]) -> None:
    services.settings.save(replace(services.settings.get(), retention_years=7))
    services.reload_settings()
    assert services.retention.due() == []
    services.settings.save(replace(services.settings.get(), retention_years=4))
    services.reload_settings()
    assert len(services.retention.due()) == 3


def test_deletion_leaves_an_anonymous_record_that_keeps_the_report_right(
    services: Services, aged_register: dict[str, int]
) -> None:
    before = {year: services.report.figures(year) for year in (2020, 2021, 2022)}
    six, five, four = aged_register["six"], aged_register["five"], aged_register["four"]
    references = services.retention.apply([six, five])
    assert references == [services.cases.get(six).reference, services.cases.get(five).reference]

    for case_id in (six, five):
        record = services.cases.get(case_id)
        assert record.requester.name == "" and record.requester.email == ""
        assert record.requester.address == "" and record.extension_reasons == ""
        assert services.attachments.for_case(case_id) == []
        assert services.identity.record(case_id).note == ""
    assert services.cases.get(four).requester.name == "Zoë Willems"  # not due: untouched
    assert len(services.attachments.for_case(four)) == 1

    after = {year: services.report.figures(year) for year in (2020, 2021, 2022)}
    for year in (2020, 2021):
        assert after[year].requests == before[year].requests == 1
        assert after[year].timing == before[year].timing
        assert after[year].extended == 1 and after[year].outcomes == before[year].outcomes
        assert after[year].settlements == before[year].settlements
    assert after[2022] == before[2022]

    event = services.audit.for_case(six)[-1]
    assert event.action == "case.anonymised"
    assert event.case_reference == references[0]
    assert "Jan Peeters" not in str(event.details)
    assert services.retention.due() == []
    result = services.audit.verify()
    assert result.ok, result.problem


def test_a_case_not_due_is_never_deleted(services: Services, aged_register: dict[str, int]) -> None:
    with pytest.raises(RetentionError, match="niets verwijderd"):
        services.retention.apply([aged_register["six"], aged_register["four"]])
    assert services.cases.get(aged_register["six"]).requester.name == "Jan Peeters"


def test_retention_from_the_command_line(
    register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = Clock(date(2026, 11, 25))
    services = open_services(register_path, actor="officer", now=clock)
    six = _closed_case(services, clock, "Jan Peeters", date(2020, 11, 25))
    reference = services.cases.get(six).reference
    services.close()
    assert main(["--db", str(register_path), "retention"]) == 0
    assert reference in capsys.readouterr().out
    assert main(["--db", str(register_path), "retention", "--apply"]) == 2  # not a terminal
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", str(register_path), "retention", "--apply", "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"1 dossiers geanonimiseerd: {reference}" in out
    assert "uit de back-ups die het programma kent" in out
    services = open_services(register_path)
    assert services.cases.get(six).requester.name == ""
    services.close()
