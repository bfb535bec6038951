"""Every kind of letter in every language, read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from privacydesk.core.case import Language, RightRequest
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.letters.dates import date_line, format_date
from privacydesk.letters.render import render_pdf
from privacydesk.letters.templates import MissingPlaceholderError, TemplateError, compose_text, fill
from tests.letters.conftest import make_case, make_context, page_count, pdf_text

DATE_LINE = {
    Language.NL: "Kortrijk, 25 november 2026",
    Language.FR: "Kortrijk, le 25 novembre 2026",
    Language.EN: "Kortrijk, 25 November 2026",
}
COMPLAINT = {
    Language.NL: [
        "Gegevensbeschermingsautoriteit",
        "Drukpersstraat 35",
        "1000 Brussel",
        "rechtbank",
    ],
    Language.FR: [
        "Autorité de protection des données",
        "Rue de la Presse 35",
        "1000 Bruxelles",
        "recours juridictionnel",
    ],
    Language.EN: [
        "Data Protection Authority",
        "Drukpersstraat 35",
        "1000 Brussels",
        "judicial remedy",
    ],
}
RIGHT_WORDS = {
    Language.NL: ("Recht op inzage", "Recht op gegevenswissing"),
    Language.FR: ("Droit d'accès", "Droit à l'effacement"),
    Language.EN: ("Right of access", "Right to erasure"),
}
NEEDS_COMPLAINT = {LetterKind.EXTENSION, LetterKind.NO_ACTION, LetterKind.OUTCOME}


@pytest.mark.parametrize("language", list(Language), ids=lambda lg: lg.value)
@pytest.mark.parametrize("kind", list(LetterKind), ids=lambda k: k.value)
def test_each_letter_is_dated_addressed_and_referenced(
    kind: LetterKind, language: Language
) -> None:
    text = pdf_text(render_pdf(make_context(kind, language)))
    assert DATE_LINE[language] in text
    assert "PD-2026-0042" in text
    assert "Éloïse Françoise Dubois-Mérö" in text
    assert "Kerkstraat 12 bus 3" in text and "9000 Gent" in text
    assert "Bimsoft" in text and "Hospitaalweg 1c bus 3" in text and "8510 Kortrijk" in text
    assert "An Vermeersch" in text
    for words in COMPLAINT[language]:
        assert (words in text) is (kind in NEEDS_COMPLAINT), words
    if kind in NEEDS_COMPLAINT:
        assert "+32 2 274 48 00" in text and "contact@apd-gba.be" in text


@pytest.mark.parametrize("language", list(Language), ids=lambda lg: lg.value)
def test_the_outcome_letter_gives_each_right_its_outcome_and_ground_in_words(
    language: Language,
) -> None:
    text = pdf_text(render_pdf(make_context(LetterKind.OUTCOME, language)))
    access, erasure = RIGHT_WORDS[language]
    assert access in text and erasure in text
    assert "17(3)(b)" in text
    ground = {
        Language.NL: "wettelijke verplichting",
        Language.FR: "obligation légale",
        Language.EN: "legal obligation",
    }[language]
    assert ground in text
    # Access: the Art. 15(1) information.
    for words in {
        Language.NL: [
            "Doeleinden",
            "Categorieën van gegevens",
            "Ontvangers",
            "Bewaartermijn",
            "Bron",
            "Geautomatiseerde besluitvorming",
        ],
        Language.FR: [
            "Finalités",
            "Catégories de données",
            "Destinataires",
            "Durée de conservation",
            "Source",
            "Décision automatisée",
        ],
        Language.EN: [
            "Purposes",
            "Categories of data",
            "Recipients",
            "Retention period",
            "Source",
            "Automated decision-making",
        ],
    }[language]:
        assert words in text


def test_a_fully_granted_outcome_carries_no_complaint_block() -> None:
    case = make_case(rights=(RightRequest(Right.ACCESS, "", Outcome.GRANTED),))
    text = pdf_text(render_pdf(make_context(LetterKind.OUTCOME, case=case)))
    assert "Gegevensbeschermingsautoriteit, Drukpersstraat" not in text


def test_a_direct_marketing_objection_stops_at_once() -> None:
    case = make_case(rights=(RightRequest(Right.OBJECTION_DIRECT_MARKETING, "", Outcome.GRANTED),))
    text = pdf_text(render_pdf(make_context(LetterKind.OUTCOME, case=case)))
    assert "direct marketing en prospectie" in text and "onmiddellijk" in text


@pytest.mark.parametrize("language", list(Language), ids=lambda lg: lg.value)
def test_the_extension_letter_gives_the_reasons_and_the_new_date(language: Language) -> None:
    text = pdf_text(render_pdf(make_context(LetterKind.EXTENSION, language)))
    assert "Gegevens in drie systemen" in text and "€ 0" in text
    assert format_date(date(2027, 2, 2), language) in text


@pytest.mark.parametrize("language", list(Language), ids=lambda lg: lg.value)
def test_the_identification_letter_lists_what_is_missing_and_allows_blacking_out(
    language: Language,
) -> None:
    text = pdf_text(render_pdf(make_context(LetterKind.IDENTIFICATION, language)))
    expected = {
        Language.NL: [
            "uw handtekening",
            "voor- en achterzijde",
            "foto en uw rijksregisternummer onleesbaar",
        ],
        Language.FR: [
            "votre signature",
            "recto et du verso",
            "photo et votre numéro de registre national",
        ],
        Language.EN: [
            "your signature",
            "front and back",
            "black out your photograph and your national register number",
        ],
    }[language]
    for words in expected:
        assert words in text
    assert "mandate" not in text.lower() or language is not Language.EN


@pytest.mark.parametrize("language", list(Language), ids=lambda lg: lg.value)
def test_the_acknowledgement_states_the_period_and_the_due_date(language: Language) -> None:
    text = pdf_text(render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT, language)))
    assert format_date(date(2026, 11, 3), language) in text  # the day after receipt
    assert format_date(date(2026, 12, 2), language) in text
    assert format_date(date(2026, 11, 2), language) in text


def test_the_deadline_rule_applied_is_always_stated() -> None:
    strict = pdf_text(render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT)))
    assert "loopt ook terwijl wij" in strict
    paused = pdf_text(render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT, pause_days=6)))
    assert "verlengd met de 6 dagen" in paused


def test_a_representative_receives_the_letter_on_the_persons_behalf() -> None:
    case = make_case()
    case = replace(case, requester=replace(case.requester, representative="Mr. Karel Verstraete"))
    text = pdf_text(render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT, case=case)))
    assert "Mr. Karel Verstraete" in text and "namens Éloïse Françoise Dubois-Mérö" in text


def test_a_long_letter_is_numbered_and_a_short_one_is_not() -> None:
    short = render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT))
    assert page_count(short) == 1 and "Pagina" not in pdf_text(short)
    long = render_pdf(make_context(LetterKind.OUTCOME))
    pages = page_count(long)
    assert (
        pages >= 2
        and f"Pagina 1 van {pages}" in pdf_text(long)
        and f"Pagina {pages} van {pages}" in pdf_text(long)
    )


def test_a_missing_value_stops_the_letter_before_rendering() -> None:
    context = make_context(LetterKind.NO_ACTION, no_action_reasons="  ")
    with pytest.raises(MissingPlaceholderError, match="no_action_reasons"):
        compose_text(context)
    with pytest.raises(MissingPlaceholderError):
        render_pdf(context)


def test_an_outcome_letter_needs_every_right_decided() -> None:
    case = make_case(rights=(RightRequest(Right.ACCESS, "", Outcome.PENDING),))
    with pytest.raises(MissingPlaceholderError, match="outcomes"):
        compose_text(make_context(LetterKind.OUTCOME, case=case))


def test_an_edited_template_with_an_unknown_placeholder_is_refused() -> None:
    with pytest.raises(TemplateError, match="onbekende plaatshouder"):
        fill("Beste {naam}", {"reference": "x"})


def test_the_officers_edited_text_is_what_gets_printed() -> None:
    context = make_context(LetterKind.ACKNOWLEDGEMENT)
    text = pdf_text(
        render_pdf(context, "Geachte mevrouw Dubois,\n\nEen eigen zin van de functionaris.\n")
    )
    assert "Een eigen zin van de functionaris." in text
    assert "Gegevensbeschermingsautoriteit" not in text


def test_the_same_letter_renders_to_the_same_bytes() -> None:
    context = make_context(LetterKind.OUTCOME)
    assert render_pdf(context) == render_pdf(context)


def test_french_dates_use_premier() -> None:
    assert format_date(date(2026, 12, 1), Language.FR) == "1er décembre 2026"
    assert date_line("Kortrijk", date(2026, 11, 25), Language.NL) == "Kortrijk, 25 november 2026"


def test_refusal_grounds_exist_in_every_language() -> None:
    from privacydesk.letters.templates import phrases

    for language in Language:
        words = phrases(language)
        assert set(words["grounds"]) == {g.value for g in LegalGround}
        assert set(words["rights"]) == {r.value for r in Right}
        assert set(words["granted"]) == {r.value for r in Right}
