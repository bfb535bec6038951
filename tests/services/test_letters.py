"""Issuing letters: frozen bytes with a hash, dates recorded, and what fits the case."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from privacydesk.core.case import Language
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import Outcome, OutcomeError, Right
from privacydesk.letters.texts import phrases
from privacydesk.services import Services
from privacydesk.services.letters import LetterRuleError
from tests.conftest import Clock
from tests.letters.conftest import pdf_text
from tests.services.helpers import new_request


def test_an_issued_acknowledgement_is_frozen_and_dates_the_case(
    services: Services, clock: Clock
) -> None:
    case = services.cases.register(new_request(received=date(2026, 11, 20)))
    draft = services.letters.draft(case.id, LetterKind.ACKNOWLEDGEMENT)
    issued = services.letters.issue(draft)
    stored = services.letters.pdf(issued.id)
    assert hashlib.sha256(stored).hexdigest() == issued.sha256
    assert issued.issued_on == date(2026, 11, 25)
    assert "PD-2026-0001" in pdf_text(stored) and "21 december 2026" in pdf_text(stored)
    # Later changes to the case or the settings never touch the stored letter.
    clock.advance(3)
    services.cases.update_notes(case.id, "iets anders")
    assert services.letters.pdf(issued.id) == stored
    assert [letter.kind for letter in services.letters.for_case(case.id)] == [
        LetterKind.ACKNOWLEDGEMENT
    ]
    event = services.audit.for_case(case.id)[-2]
    assert event.action == "letter.issued" and event.details["sha256"] == issued.sha256


def test_the_officers_edits_are_what_is_issued(services: Services) -> None:
    case = services.cases.register(new_request())
    draft = services.letters.draft(case.id, LetterKind.ACKNOWLEDGEMENT, Language.FR)
    assert "Madame, Monsieur," in draft.text
    issued = services.letters.issue(draft, draft.text.replace("Madame, Monsieur,", "Chère Madame,"))
    assert "Chère Madame," in pdf_text(services.letters.pdf(issued.id))


def test_a_letter_that_does_not_fit_the_case_is_refused(services: Services) -> None:
    case = services.cases.register(new_request())
    assert LetterKind.OUTCOME not in services.letters.kinds(case.id)
    with pytest.raises(LetterRuleError, match="past niet"):
        services.letters.draft(case.id, LetterKind.OUTCOME)


def test_issuing_a_request_for_identification_records_when_it_was_asked(services: Services) -> None:
    case = services.cases.register(new_request())
    draft = services.letters.draft(case.id, LetterKind.IDENTIFICATION, missing_items=("id_copy",))
    services.letters.issue(draft)
    assert services.cases.get(case.id).identification_requested_on == date(2026, 11, 25)


def test_an_empty_letter_is_not_issued(services: Services) -> None:
    case = services.cases.register(new_request())
    draft = services.letters.draft(case.id, LetterKind.ACKNOWLEDGEMENT)
    with pytest.raises(LetterRuleError):
        services.letters.issue(draft, "   ")
    assert services.letters.for_case(case.id) == []


def test_an_access_answer_lists_the_enclosures_given_with_the_draft(services: Services) -> None:
    case = services.cases.register(new_request())
    services.cases.record_outcome(case.id, 0, Outcome.GRANTED)
    draft = services.letters.draft(
        case.id, LetterKind.OUTCOME, enclosures=(" Uittreksel klantendossier ", "")
    )
    assert "Bijlagen:\n- Uittreksel klantendossier\n" in draft.text
    assert "kopie van uw persoonsgegevens" not in draft.text  # the officer's list replaces it
    plain = services.letters.draft(case.id, LetterKind.OUTCOME)
    assert "Bijlagen:\n- kopie van uw persoonsgegevens (artikel 15, lid 3, AVG)" in plain.text


def test_an_answer_that_says_no_data_and_grants_data_is_not_drafted(services: Services) -> None:
    case = services.cases.register(new_request(rights=(Right.ACCESS, Right.PORTABILITY)))
    services.cases.record_outcome(case.id, 0, Outcome.GRANTED)
    services.cases.record_outcome(case.id, 1, Outcome.NO_DATA)
    with pytest.raises(OutcomeError, match="spreekt zichzelf tegen"):
        services.letters.draft(case.id, LetterKind.OUTCOME)
    services.cases.record_outcome(case.id, 0, Outcome.NO_DATA)  # nothing processed at all
    draft = services.letters.draft(case.id, LetterKind.OUTCOME)
    assert phrases(Language.NL)["no_data"] in " ".join(draft.text.split())
