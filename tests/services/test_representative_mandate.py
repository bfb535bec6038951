"""Issue 12 item 7: the representative's authorisation is a checked item; without it no
answer goes to the representative, and the identification letter asks for it (nl/fr/en)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from privacydesk.core.case import Language
from privacydesk.core.identity import CheckResult, IdentityCheck
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import Outcome
from privacydesk.services import Services
from privacydesk.services.letters import LetterRuleError
from tests.services.helpers import new_request

LANGUAGES = pytest.mark.parametrize("language", list(Language))
ASKS_MANDATE = {
    Language.NL: "een volmacht waaruit blijkt dat u namens de betrokkene optreedt",
    Language.FR: "procuration",
    Language.EN: "authorisation",
}
ON_BEHALF_OF = {
    Language.NL: "namens Noël Lemaître",
    Language.FR: "au nom de Noël Lemaître",
    Language.EN: "on behalf of Noël Lemaître",
}


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _represented_case(services: Services, language: Language) -> int:
    request = new_request("Noël Lemaître", language=language)
    requester = replace(
        request.requester,
        representative="Mr. Karel Verstraete, advocaat",
        representative_address="Kouter 7\n9000 Gent",
    )
    case = services.cases.register(replace(request, requester=requester))
    services.cases.record_outcome(case.id, 0, Outcome.GRANTED)
    return case.id


@LANGUAGES
def test_no_answer_goes_to_a_representative_before_the_authorisation_is_checked(
    services: Services, language: Language
) -> None:
    case_id = _represented_case(services, language)
    with pytest.raises(LetterRuleError, match="volmacht"):
        services.letters.draft(case_id, LetterKind.OUTCOME)
    # The identification letter asks for the authorisation without being told to.
    asking = services.letters.draft(case_id, LetterKind.IDENTIFICATION)
    assert "mandate" in asking.context.missing_items
    text = _text(services.letters.render(asking))
    assert ASKS_MANDATE[language] in text
    assert "Kouter 7" in text and "Noël Lemaître" in text

    services.identity.record_checks(case_id, {IdentityCheck.MANDATE: CheckResult.PASSED})
    answer = services.letters.draft(case_id, LetterKind.OUTCOME)
    text = _text(services.letters.render(answer))
    assert ON_BEHALF_OF[language] in text and "Kouter 7" in text
    later = services.letters.draft(case_id, LetterKind.IDENTIFICATION, missing_items=("date",))
    assert later.context.missing_items == ("date",)  # seen: no longer asked

    # Unticked again before issuing: the draft made earlier is not issued either.
    services.identity.record_checks(case_id, {IdentityCheck.MANDATE: CheckResult.FAILED})
    with pytest.raises(LetterRuleError, match="volmacht"):
        services.letters.issue(answer)
    assert services.letters.for_case(case_id) == []


@LANGUAGES
def test_the_receipt_is_acknowledged_to_the_representative_before_the_authorisation(
    services: Services, language: Language
) -> None:
    # It repeats only what the representative sent, and tells them the deadline at once.
    case_id = _represented_case(services, language)
    issued = services.letters.issue(services.letters.draft(case_id, LetterKind.ACKNOWLEDGEMENT))
    assert issued.kind is LetterKind.ACKNOWLEDGEMENT
    assert "Kouter 7" in _text(
        services.letters.render(services.letters.draft(case_id, LetterKind.ACKNOWLEDGEMENT))
    )
    with pytest.raises(LetterRuleError, match="volmacht"):
        services.letters.draft(case_id, LetterKind.OUTCOME)  # the answer still waits


def test_a_case_without_representative_needs_no_authorisation(services: Services) -> None:
    case = services.cases.register(new_request())
    services.cases.record_outcome(case.id, 0, Outcome.GRANTED)
    issued = services.letters.issue(services.letters.draft(case.id, LetterKind.OUTCOME))
    assert issued.kind is LetterKind.OUTCOME
