"""Two officers on the same case: the second save is told who changed what, nothing is lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from privacydesk.core.workflow import Status
from privacydesk.services import Services, open_services
from privacydesk.services.concurrency import CaseChangedError
from tests.conftest import Clock
from tests.services.helpers import new_request


@pytest.fixture
def colleague(register_location: str, clock: Clock) -> Iterator[Services]:
    """A second officer with the same register open (a second window, a second PC)."""
    opened = open_services(register_location, actor="collega", now=clock)
    yield opened
    opened.close()


def test_the_second_save_of_notes_overwrites_nothing_and_names_who_changed_them(
    services: Services, colleague: Services
) -> None:
    case_id = services.cases.register(new_request()).id
    mine = services.cases.get(case_id)
    theirs = colleague.cases.get(case_id)

    colleague.cases.update_notes(case_id, "Gebeld: stuurt kopie", expected_version=theirs.version)
    with pytest.raises(CaseChangedError) as caught:
        services.cases.update_notes(case_id, "Mijn notitie", expected_version=mine.version)

    message = str(caught.value)
    assert "collega paste de notities aan" in message and mine.reference in message
    fresh = services.cases.get(case_id)
    assert fresh.notes == "Gebeld: stuurt kopie"
    assert fresh.version > mine.version
    # On the fresh view the officer may save (knowingly) again.
    saved = services.cases.update_notes(
        case_id, "Gebeld: stuurt kopie\nMijn notitie", expected_version=fresh.version
    )
    assert saved.notes.endswith("Mijn notitie")
    assert [e.actor for e in services.audit.for_case(case_id)][-2:] == ["collega", "officer"]


def test_a_status_change_on_an_out_of_date_view_is_refused(
    services: Services, colleague: Services
) -> None:
    case_id = services.cases.register(new_request()).id
    services.identity.waive(case_id, "bekende klant")
    mine = services.cases.get(case_id)

    colleague.cases.change_status(case_id, Status.IN_PROGRESS)
    with pytest.raises(CaseChangedError, match="collega wijzigde de status"):
        services.cases.change_status(case_id, Status.REFUSED, expected_version=mine.version)

    assert services.cases.get(case_id).status is Status.IN_PROGRESS


def test_a_save_on_an_up_to_date_view_goes_through(services: Services) -> None:
    case = services.cases.register(new_request())
    saved = services.cases.update_notes(case.id, "eerste", expected_version=case.version)
    again = services.cases.update_notes(case.id, "tweede", expected_version=saved.version)
    assert again.notes == "tweede" and again.version > saved.version > case.version
