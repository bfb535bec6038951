"""Issue 12 item 4: the Art. 15 information comes from the settings per language, may be
adjusted for one case, and names the recipients known on the case (PDF read back)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from privacydesk.core.case import Language, RightRequest
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.processing_info import PROCESSING_INFO_ITEMS, kept_differences
from privacydesk.core.rights import Outcome, Right
from privacydesk.core.settings import Settings, settings_from_json, settings_to_json
from privacydesk.letters.placeholders import default_processing_info
from privacydesk.letters.render import render_pdf
from tests.letters.conftest import make_case, make_context, pdf_text

LANGUAGES = pytest.mark.parametrize("language", list(Language))

# What (a)-(h) and 15(2) are called in each language, in the order of Art. 15.
LABELS = {
    Language.NL: [
        "Doeleinden:",
        "Categorieën van gegevens:",
        "Ontvangers:",
        "Bewaartermijn:",
        "Uw rechten:",
        "Klacht:",
        "Bron:",
        "Geautomatiseerde besluitvorming:",
    ],
    Language.FR: [
        "Finalités :",
        "Catégories de données :",
        "Destinataires :",
        "Durée de conservation :",
        "Vos droits :",
        "Réclamation :",
        "Source :",
        "Décision automatisée :",
    ],
    Language.EN: [
        "Purposes:",
        "Categories of data:",
        "Recipients:",
        "Retention period:",
        "Your rights:",
        "Complaint:",
        "Source:",
        "Automated decision-making:",
    ],
}
OWN_PURPOSES = {
    Language.NL: "uitsluitend de boekhouding van uw dossier",
    Language.FR: "uniquement la comptabilité de votre dossier",
    Language.EN: "only the bookkeeping of your file",
}
CASE_RECIPIENTS = {
    Language.NL: "ons sociaal secretariaat Partena",
    Language.FR: "notre secrétariat social Partena",
    Language.EN: "our payroll office Partena",
}


def _access_text(language: Language, outcome: Outcome = Outcome.GRANTED, **changes: object) -> str:
    case = make_case(rights=(RightRequest(Right.ACCESS, "", outcome),))
    return pdf_text(render_pdf(make_context(LetterKind.OUTCOME, language, case=case, **changes)))


@LANGUAGES
def test_an_access_answer_gives_a_to_h_in_order_and_names_known_recipients(
    language: Language,
) -> None:
    text = _access_text(language)
    positions = [text.find(label) for label in LABELS[language]]
    assert all(p >= 0 for p in positions), dict(zip(LABELS[language], positions, strict=True))
    assert positions == sorted(positions)
    # The recipient recorded on the case is named, not only the categories (C-154/21).
    assert "Boekhoudkantoor Vandamme bv" in text


@LANGUAGES
def test_the_settings_text_of_the_letters_language_is_used(language: Language) -> None:
    kept = {lang.value: {"purposes": OWN_PURPOSES[lang]} for lang in Language}
    text = _access_text(language, processing_info_kept=kept)
    assert OWN_PURPOSES[language] in text
    assert all(OWN_PURPOSES[other] not in text for other in Language if other is not language)
    assert default_processing_info(language)["purposes"][:40] not in text


@LANGUAGES
def test_a_case_adjustment_wins_over_the_settings_for_that_letter_only(language: Language) -> None:
    kept = {language.value: {"recipients": "X"}}
    text = _access_text(
        language,
        processing_info_kept=kept,
        processing_info_case={"recipients": CASE_RECIPIENTS[language]},
    )
    assert CASE_RECIPIENTS[language] in text
    assert _access_text(language, processing_info_kept=kept).count(CASE_RECIPIENTS[language]) == 0


@LANGUAGES
def test_a_refused_or_no_data_access_answer_gives_no_processing_information(
    language: Language,
) -> None:
    text = _access_text(language, Outcome.NO_DATA)
    assert LABELS[language][0] not in text


def test_the_settings_keep_only_what_differs_from_the_default_and_read_it_back() -> None:
    defaults = {lang: default_processing_info(lang) for lang in Language}
    shown = {lang: dict(defaults[lang]) for lang in Language}
    shown[Language.FR]["retention"] = "dix ans après la fin du contrat."
    kept = kept_differences(defaults, shown)
    assert kept == {"fr": {"retention": "dix ans après la fin du contrat."}}
    settings = replace(Settings(), processing_info=kept)
    assert settings_from_json(settings_to_json(settings)).processing_info == kept
    # A damaged value never stops the settings from loading.
    assert settings_from_json({"processing_info": "???"}).processing_info == {}


@LANGUAGES
def test_every_item_has_a_default_wording_and_a_label(language: Language) -> None:
    defaults = default_processing_info(language)
    assert all(defaults[item].strip() for item in PROCESSING_INFO_ITEMS)


CITES_15_1_AND_2 = {
    Language.NL: "(artikel 15, leden 1 en 2, AVG)",
    Language.FR: "(article 15, paragraphes 1 et 2, du RGPD)",
    Language.EN: "(Article 15(1) and (2) GDPR)",
}
REGISTERED_OFFICE = {
    Language.NL: "Maatschappelijke zetel: Hospitaalweg",
    Language.FR: "Siège social : Hospitaalweg",
    Language.EN: "Registered office: Hospitaalweg",
}


@LANGUAGES
def test_the_access_answer_cites_both_paragraphs_it_answers_and_the_footer_reads_natively(
    language: Language,
) -> None:
    text = _access_text(language)
    # The list ends with the transfers of Art. 15(2), so the citation names both paragraphs.
    assert CITES_15_1_AND_2[language] in text
    assert REGISTERED_OFFICE[language] in text
