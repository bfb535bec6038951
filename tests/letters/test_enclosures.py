"""An access answer says the copy is enclosed (Art. 15(3) GDPR) and lists what is enclosed
(issue 12 item 4), in the letter's language; a refused access lists nothing."""

from __future__ import annotations

import pytest

from privacydesk.core.case import Language, RightRequest
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.letters.render import render_pdf
from tests.letters.conftest import make_case, make_context, pdf_text

LANGUAGES = pytest.mark.parametrize("language", list(Language))

CITED = {
    Language.NL: "Een kopie van die gegevens vindt u in bijlage (artikel 15, lid 3, AVG).",
    Language.FR: "copie de ces données en annexe (article 15, paragraphe 3, du RGPD).",
    Language.EN: "A copy of that data is enclosed (Article 15(3) GDPR).",
}
TITLE = {Language.NL: "Bijlagen:", Language.FR: "Annexes :", Language.EN: "Enclosures:"}
DEFAULT = {
    Language.NL: "kopie van uw persoonsgegevens (artikel 15, lid 3, AVG)",
    Language.FR: "copie de vos données personnelles (article 15, paragraphe 3, du RGPD)",
    Language.EN: "copy of your personal data (Article 15(3) GDPR)",
}
LISTED = {
    Language.NL: ("Uittreksel klantendossier (12 blz.)", "Export van uw gebruikersaccount"),
    Language.FR: ("Extrait du dossier client (12 p.)", "Export de votre compte d'utilisateur"),
    Language.EN: ("Extract of the customer file (12 pp.)", "Export of your user account"),
}


def _access(outcome: Outcome) -> object:
    ground = None if outcome is Outcome.GRANTED else LegalGround.RIGHTS_OF_OTHERS
    return make_case(rights=(RightRequest(Right.ACCESS, "", outcome, ground),))


def _text(language: Language, outcome: Outcome, **changes: object) -> str:
    context = make_context(LetterKind.OUTCOME, language, case=_access(outcome), **changes)  # type: ignore[arg-type]
    return pdf_text(render_pdf(context))


@LANGUAGES
@pytest.mark.parametrize("outcome", [Outcome.GRANTED, Outcome.PARTLY_GRANTED])
def test_the_copy_is_cited_and_listed_by_default(language: Language, outcome: Outcome) -> None:
    text = _text(language, outcome)
    assert CITED[language] in text
    assert TITLE[language] in text and DEFAULT[language] in text


@LANGUAGES
def test_the_officers_enclosures_are_listed(language: Language) -> None:
    text = _text(language, Outcome.GRANTED, enclosures=LISTED[language])
    assert TITLE[language] in text
    for enclosure in LISTED[language]:
        assert enclosure in text
    assert DEFAULT[language] not in text


@LANGUAGES
def test_a_refused_access_encloses_nothing(language: Language) -> None:
    text = _text(language, Outcome.REFUSED)
    assert TITLE[language] not in text and CITED[language] not in text
