"""The demo register: what a new officer explores first, so its letters must be sound too."""

from __future__ import annotations

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.case import Channel, Language
from privacydesk.core.letter_kinds import LetterKind, kinds_for
from privacydesk.services import Services
from privacydesk.services.demo import fill_demo
from tests.letters.conftest import pdf_text


def test_the_demo_answers_each_requester_in_their_own_language(services: Services) -> None:
    fill_demo(services)
    answered = 0
    for summary in services.cases.list_cases():
        case = services.cases.get(summary.id)
        if case.requester.language is Language.NL or LetterKind.OUTCOME not in kinds_for(case):
            continue
        text = pdf_text(
            services.letters.render(services.letters.draft(case.id, LetterKind.OUTCOME))
        )
        # The outcome notes the demo writes are quoted in the answer, in the person's language.
        for dutch in ("Geen geautomatiseerde besluitvorming", "Derde identiek verzoek"):
            assert dutch not in text, (case.reference, case.requester.language)
        answered += 1
    assert answered >= 5


def test_the_demo_has_letters_sent_and_requests_scanned(services: Services) -> None:
    fill_demo(services)
    letters = documents = 0
    for summary in services.cases.list_cases():
        case = services.cases.get(summary.id)
        sent = services.letters.for_case(case.id)
        letters += len(sent)
        if case.answered_on is not None:  # answered, refused, closed after an answer
            assert {letter.kind for letter in sent} >= {LetterKind.OUTCOME}, case.reference
        scans = services.attachments.for_case(case.id)
        documents += len(scans)
        if case.channel is Channel.POST:
            assert [a.role for a in scans] == [AttachmentRole.SIGNED_REQUEST], case.reference
    assert letters >= 20 and documents >= 3
    assert services.audit.verify().ok
