"""An access answer says the copy is enclosed (Art. 15(3) GDPR) and lists what is enclosed
(issue 12 item 4), in the letter's language; a refused access lists nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacydesk.cli import main
from privacydesk.core.case import Language, RightRequest
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.letters.render import render_pdf
from privacydesk.services import open_services
from tests.conftest import with_business_details
from tests.letters.conftest import make_case, make_context, pdf_text
from tests.services.helpers import new_request

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


def test_the_letter_command_lists_each_enclosure_given(register_path: Path, tmp_path: Path) -> None:
    services = open_services(register_path)
    with_business_details(services)
    case = services.cases.register(new_request())
    services.identity.waive(case.id, "bekende klant, schrijft vanaf het adres in ons bestand")
    services.cases.record_outcome(case.id, 0, Outcome.GRANTED)
    services.close()
    out = tmp_path / "inzage.pdf"
    args = ["--db", str(register_path), "letter", case.reference, "outcome", "--out", str(out)]
    assert main([*args, "--enclosure", "Klantendossier", "--enclosure", "Facturen 2026"]) == 0
    text = pdf_text(out.read_bytes())
    listed = text[text.index("Bijlagen:") :]
    assert "Klantendossier" in listed and "Facturen 2026" in listed
    assert "kopie van uw persoonsgegevens" not in listed  # the list given replaces it
