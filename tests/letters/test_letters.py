"""Every kind of letter in every language, read back from the PDF as the person will read it."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from privacydesk.core.case import Language, RightRequest
from privacydesk.core.errors import UserFacingError
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.settings import Settings
from privacydesk.letters.context import Letterhead
from privacydesk.letters.dates import date_line, format_date
from privacydesk.letters.fonts import register_fonts
from privacydesk.letters.placeholders import PLACEHOLDER_HELP_NL, placeholder_values
from privacydesk.letters.render import _Styles, render_pdf, typeset
from privacydesk.letters.templates import (
    MissingPlaceholderError,
    TemplateError,
    compose_text,
    fields_of,
    fill,
)
from privacydesk.letters.texts import load_template, phrases
from privacydesk.resources import resource_path
from tests.letters.conftest import (
    MM,
    make_case,
    make_context,
    page_count,
    pdf_text,
    text_positions,
)

LANGUAGES = pytest.mark.parametrize("language", list(Language), ids=lambda lg: lg.value)
KINDS = pytest.mark.parametrize("kind", list(LetterKind), ids=lambda k: k.value)

DATE_LINE = {
    Language.NL: "Kortrijk, 25 november 2026",
    Language.FR: "Kortrijk, le 25 novembre 2026",
    Language.EN: "Kortrijk, 25 November 2026",
}
REFERENCE_LINE = {
    Language.NL: "Ons kenmerk: PD-2026-0042",
    Language.FR: "Notre référence : PD-2026-0042",
    Language.EN: "Our reference: PD-2026-0042",
}
COMPLAINT = {
    Language.NL: [
        "Gegevensbeschermingsautoriteit",
        "Drukpersstraat 35",
        "1000 Brussel",
        "+32 2 274 48 00",
        "contact@apd-gba.be",
        "voorzitter van de rechtbank van eerste aanleg",
    ],
    Language.FR: [
        "Autorité de protection des données",
        "Rue de la Presse 35",
        "1000 Bruxelles",
        "+32 2 274 48 00",
        "contact@apd-gba.be",
        "président du tribunal de première instance",
    ],
    Language.EN: [
        "Data Protection Authority",
        "Rue de la Presse 35",
        "1000 Brussels",
        "+32 2 274 48 00",
        "contact@apd-gba.be",
        "President of the Court of First Instance",
    ],
}
RIGHT_WORDS = {
    Language.NL: ("Recht op inzage", "Recht op gegevenswissing"),
    Language.FR: ("Droit d'accès", "Droit à l'effacement"),
    Language.EN: ("Right of access", "Right to erasure"),
}
OUTCOME_WORDS = {
    Language.NL: ("ingewilligd", "geweigerd"),
    Language.FR: ("accordé", "refusé"),
    Language.EN: ("granted", "refused"),
}
# The example case: access granted, erasure refused; so its outcome letter is a refusal.
ROLE = {
    Language.NL: "Privacyverantwoordelijke",
    Language.FR: "Responsable de la protection de la vie privée",
    Language.EN: "Privacy Officer",
}
NEEDS_COMPLAINT = {LetterKind.EXTENSION, LetterKind.NO_ACTION, LetterKind.OUTCOME}


def _needs(name: str) -> str:
    """What a refusal says is still needed: the value in words, not its placeholder."""
    return re.escape(str(PLACEHOLDER_HELP_NL[name]))


def _render(kind: LetterKind, language: Language = Language.NL, **changes: object) -> str:
    return pdf_text(render_pdf(make_context(kind, language, **changes)))  # type: ignore[arg-type]


@LANGUAGES
@KINDS
def test_each_letter_is_dated_addressed_referenced_and_signed(
    kind: LetterKind, language: Language
) -> None:
    text = _render(kind, language)
    assert DATE_LINE[language] in text
    assert REFERENCE_LINE[language] in text
    assert phrases(language)["subject"][kind.value] in text
    assert "Éloïse Françoise Dubois-Mérö" in text
    assert "Kerkstraat 12 bus 3" in text and "9000 Gent" in text
    assert "Bimsoft" in text and "Hospitaalweg 1c bus 3" in text and "8510 Kortrijk" in text
    assert "An Vermeersch" in text and ROLE[language] in text
    # Nothing Dutch in a French or English letter: the role comes per language (item 10).
    assert (language is Language.NL) is ("Privacyverantwoordelijke" in text)
    # The company's legal details (item 9).
    assert "Bimsoft BV" in text and "0123.456.749" in text
    assert {"nl": "RPR Gent", "fr": "RPM Gand", "en": "RLE Ghent"}[language.value] in text
    assert phrases(language)["salutation"] in text and phrases(language)["closing"] in text
    for words in COMPLAINT[language]:
        assert (words in text) is (kind in NEEDS_COMPLAINT), words


@LANGUAGES
def test_the_outcome_letter_gives_each_right_its_outcome_and_ground_in_words(
    language: Language,
) -> None:
    text = _render(LetterKind.OUTCOME, language)
    access, erasure = RIGHT_WORDS[language]
    granted, refused = OUTCOME_WORDS[language]
    assert f"{access}" in text and f"{erasure}" in text
    assert f"{granted}" in text and f"{refused}" in text
    ground = {
        Language.NL: "de verwerking nodig is om te voldoen aan een wettelijke verplichting",
        Language.FR: "le traitement est nécessaire pour respecter une obligation légale",
        Language.EN: "the processing is necessary for compliance with a legal obligation",
    }[language]
    assert ground in text
    assert {
        Language.NL: "artikel 17, lid 3, onder b), AVG",
        Language.FR: "article 17, paragraphe 3, point b), du RGPD",
        Language.EN: "Article 17(3)(b) GDPR",
    }[language] in text


@LANGUAGES
def test_an_access_answer_carries_the_article_15_information_in_the_seeds_words(
    language: Language,
) -> None:
    text = _render(LetterKind.OUTCOME, language)
    expected = {
        Language.NL: [
            "Doeleinden:",
            "witwassen",  # purposes, seed §3
            "Categorieën van gegevens:",
            "financiële informatie",  # categories, seed §1.3
            "Ontvangers:",
            "Europese Economische Ruimte",  # recipients, seed §5
            "Bewaartermijn:",
            "wettelijke verjaringstermijn",  # retention, seed §7
            "Uw rechten:",
            "Bron:",
            "Belgisch Staatsblad",  # source, seed §2
            "Geautomatiseerde besluitvorming:",  # seed §6.7
            "Een kopie van die gegevens vindt u in bijlage",
        ],
        Language.FR: [
            "Finalités :",
            "blanchiment",
            "Catégories de données :",
            "Destinataires :",
            "Durée de conservation :",
            "prescription",
            "Vos droits :",
            "Source :",
            "Moniteur belge",
            "Décision automatisée :",
            "copie de ces données en annexe",
        ],
        Language.EN: [
            "Purposes:",
            "money-laundering",
            "Categories of data:",
            "Recipients:",
            "Retention period:",
            "limitation period",
            "Your rights:",
            "Source:",
            "Belgian Official Gazette",
            "Automated decision-making:",
            "A copy of that data is enclosed",
        ],
    }[language]
    for words in expected:
        assert words in text, words


def test_a_fully_granted_answer_carries_no_complaint_block() -> None:
    case = make_case(rights=(RightRequest(Right.RECTIFICATION, "", Outcome.GRANTED),))
    text = _render(LetterKind.OUTCOME, case=case)
    assert "ingewilligd" in text
    assert "Gegevensbeschermingsautoriteit" not in text and "rechtbank" not in text


def test_a_partial_refusal_gives_its_ground_and_the_complaint_block() -> None:
    case = make_case(
        rights=(
            RightRequest(
                Right.ERASURE,
                "",
                Outcome.PARTLY_GRANTED,
                LegalGround.LEGAL_CLAIMS,
                "Facturen van 2021 bewaren wij tot 2028.",
            ),
        )
    )
    text = _render(LetterKind.OUTCOME, case=case)
    assert "gedeeltelijk ingewilligd" in text
    assert "rechtsvordering" in text and "artikel 17, lid 3, onder e), AVG" in text
    assert "Facturen van 2021 bewaren wij tot 2028." in text  # the officer's own note
    assert "Drukpersstraat 35" in text and "rechtbank" in text


@LANGUAGES
def test_an_objection_to_direct_marketing_stops_prospection_at_once(language: Language) -> None:
    case = make_case(rights=(RightRequest(Right.OBJECTION_DIRECT_MARKETING, "", Outcome.GRANTED),))
    text = _render(LetterKind.OUTCOME, language, case=case)
    expected = {
        Language.NL: ["direct marketing en prospectie", "onmiddellijk stopgezet"],
        Language.FR: ["marketing direct et de prospection", "cessé immédiatement"],
        Language.EN: ["direct marketing and prospecting", "with immediate effect"],
    }[language]
    for words in expected:
        assert words in text


@LANGUAGES
def test_withdrawing_consent_leaves_past_processing_lawful(language: Language) -> None:
    case = make_case(rights=(RightRequest(Right.WITHDRAW_CONSENT, "", Outcome.GRANTED),))
    text = _render(LetterKind.OUTCOME, language, case=case)
    expected = {
        Language.NL: "geen afbreuk aan de rechtmatigheid van de verwerking vóór de intrekking",
        Language.FR: "ne compromet pas la licéité du traitement effectué avant ce retrait",
        Language.EN: "does not affect the lawfulness of processing carried out before it",
    }[language]
    assert expected in text


@LANGUAGES
def test_the_extension_letter_gives_the_reasons_the_new_date_and_the_rule(
    language: Language,
) -> None:
    text = _render(LetterKind.EXTENSION, language)
    reasons = {
        Language.NL: "Gegevens in drie systemen, veel verzoeken tegelijk (€ 0 kosten).",
        Language.FR: "Données réparties sur trois systèmes, nombreuses demandes simultanées (0",
        Language.EN: "Data held in three systems, many requests at once (€0 cost).",
    }[language]
    assert reasons in text.replace("\u00a0", " ")
    assert format_date(date(2027, 2, 2), language) in text  # the new due date
    assert format_date(date(2026, 12, 2), language) in text  # the first one
    rule = {
        Language.NL: "met twee maanden worden verlengd",
        Language.FR: "prolongé de deux mois",
        Language.EN: "extended by two further months",
    }[language]
    assert rule in text and phrases(language)["deadline_rule"]["strict"] in text


def test_an_extension_letter_needs_the_extension_recorded_first() -> None:
    context = make_context(LetterKind.EXTENSION, due=date(2026, 12, 2))  # not extended
    with pytest.raises(MissingPlaceholderError, match=_needs("due_date")):
        compose_text(context)
    no_reasons = make_context(LetterKind.EXTENSION, case=make_case(extension_reasons=" "))
    with pytest.raises(MissingPlaceholderError, match=_needs("extension_reasons")):
        render_pdf(no_reasons)


@LANGUAGES
def test_the_identification_letter_lists_what_is_missing_and_allows_blacking_out(
    language: Language,
) -> None:
    text = _render(LetterKind.IDENTIFICATION, language)
    expected = {
        Language.NL: [
            "uw handtekening onder uw verzoek",
            "voor- en achterzijde van uw identiteitskaart",
            "mag u uw foto en uw rijksregisternummer onleesbaar maken",
        ],
        Language.FR: [
            "votre signature",
            "recto et du verso de votre carte d'identité",
            "vous pouvez rendre illisibles votre photo et votre numéro de registre national",
        ],
        Language.EN: [
            "your signature",
            "front and back of your identity card",
            "you may black out your photograph and your national register number",
        ],
    }[language]
    for words in expected:
        assert words in text, words
    assert phrases(language)["missing"]["mandate"] not in text  # not asked for
    assert phrases(language)["missing"]["date"] not in text


@LANGUAGES
def test_a_request_for_a_date_and_a_mandate_does_not_mention_an_id_card(language: Language) -> None:
    text = _render(LetterKind.IDENTIFICATION, language, missing_items=("mandate", "date"))
    assert phrases(language)["missing"]["date"] in text
    assert phrases(language)["missing"]["mandate"] in text
    assert phrases(language)["missing"]["id_copy"] not in text
    assert phrases(language)["identity_note"]["id_copy"][:40] not in text


def test_an_identification_letter_without_missing_items_is_refused() -> None:
    with pytest.raises(MissingPlaceholderError, match=_needs("missing_items")):
        compose_text(make_context(LetterKind.IDENTIFICATION, missing_items=()))
    with pytest.raises(TemplateError, match="passport"):
        compose_text(make_context(LetterKind.IDENTIFICATION, missing_items=("passport",)))


@LANGUAGES
def test_the_acknowledgement_states_the_period_from_day_to_day_and_the_due_date(
    language: Language,
) -> None:
    case = make_case(extended=False, extension_reasons="")
    text = _render(LetterKind.ACKNOWLEDGEMENT, language, case=case, due=date(2026, 12, 2))
    assert format_date(date(2026, 11, 2), language) in text  # received
    assert format_date(date(2026, 11, 3), language) in text  # the period's first day
    assert format_date(date(2026, 12, 2), language) in text  # its last day, the due date


@LANGUAGES
def test_the_acknowledgement_counts_the_statutory_month_as_the_law_does(
    language: Language,
) -> None:
    """Received 2 November: the month ends on 2 December. A pause or an extension moves the
    day of the answer, never the end of that month, and an extension is said."""
    # What follows the month's end: its article, or that it was extended and the article.
    running, extended_ = (
        phrases(language)["answer_period"][k].split("{end}")[1] for k in ("running", "extended")
    )
    month_end = format_date(date(2026, 12, 2), language)
    case = make_case(extended=False, extension_reasons="")
    paused = _render(
        LetterKind.ACKNOWLEDGEMENT,
        language,
        case=case,
        first_due=date(2026, 12, 14),
        due=date(2026, 12, 14),
        pause_days=12,
    )
    assert month_end in paused and format_date(date(2026, 12, 14), language) in paused
    assert running in paused and extended_ not in paused
    extended = _render(LetterKind.ACKNOWLEDGEMENT, language, due=date(2027, 2, 2))
    assert month_end in extended and format_date(date(2027, 2, 2), language) in extended
    assert extended_ in extended


def test_the_deadline_rule_applied_is_always_stated() -> None:
    strict = _render(LetterKind.ACKNOWLEDGEMENT)
    assert "De wettelijke antwoordtermijn loopt door" in strict
    paused = _render(LetterKind.ACKNOWLEDGEMENT, pause_days=6)
    assert "schuift de termijn 6 dagen op" in paused
    assert "loopt door" not in paused
    one_day = _render(LetterKind.ACKNOWLEDGEMENT, Language.EN, pause_days=1)
    assert "extended by 1 day " in one_day
    waiting = _render(LetterKind.IDENTIFICATION, Language.FR, waiting_for_identification=True)
    assert "le délai est suspendu" in waiting


def test_the_registers_own_rule_sentence_is_available_to_the_officer() -> None:
    template = load_template(LetterKind.ACKNOWLEDGEMENT, Language.NL) + "\n{deadline_rule_register}"
    context = make_context(LetterKind.ACKNOWLEDGEMENT)
    assert "klok niet gepauzeerd" in fill(template, placeholder_values(context))
    with pytest.raises(MissingPlaceholderError, match=_needs("deadline_rule_register")):
        fill(template, placeholder_values(replace(context, deadline_rule="")))


def test_the_addressee_shows_through_the_envelope_window() -> None:
    placed = text_positions(render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT)))
    address = [p for p in placed if p[0] in ("Éloïse Françoise Dubois-Mérö", "9000 Gent")]
    assert len(address) == 2
    for _text, left, top in address:
        # 110–190 mm from the left, 54–84 mm from the top (see letters/envelope.py).
        assert 109.9 <= left <= 190 and 54 <= top <= 84


def test_a_long_address_is_fitted_inside_the_window_or_refused() -> None:
    case = make_case()
    long = replace(
        case.requester,
        representative="Meester Anne-Catherine Van den Bossche-Vermeulen, advocaat te Gent",
        representative_address="Advocatenkantoor Van den Bossche & Vennoten\n"
        "Kouter 150 bus 12\n9000 Gent",
    )
    pdf = render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT, case=replace(case, requester=long)))
    placed = [p for p in text_positions(pdf) if p[1] > 100 and 50 < p[2] < 90]
    assert any("9000 Gent" in p[0] for p in placed)
    for _text, _left, top in placed[1:]:  # the first is the return line above the window
        assert 54 <= top <= 84
    crowded = replace(case.requester, address="\n".join(f"regel {n}" for n in range(12)))
    with pytest.raises(TemplateError, match="venster"):
        render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT, case=replace(case, requester=crowded)))


def _address_line_ends(pdf: bytes) -> list[tuple[str, float]]:
    """Each line in the address zone with where it ends, in mm from the left edge."""
    reader = PdfReader(io.BytesIO(pdf))
    height = float(reader.pages[0].mediabox.height)
    regular, _bold = register_fonts()
    ends: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        top = (height - (tm[4] * cm[1] + tm[5] * cm[3] + cm[5])) / MM
        if text.strip() and x / MM > 100 and 54 <= top <= 84:
            points = size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * cm[0]
            ends.append((text.strip(), (x + stringWidth(text.strip(), regular, points)) / MM))

    reader.pages[0].extract_text(visitor_text=visit)
    return ends


def test_a_long_email_address_or_street_name_breaks_inside_the_window() -> None:
    email = "marie-therese.vanderstraeten-dewispelaere@bouwbedrijf-vandenbroucke.be"
    street = "Grote-Kapucijnenzusterstraatverlengingsdreefgedeelte 12345"
    case = make_case()
    for requester, whole in (
        (replace(case.requester, address="", email=email), email),
        (replace(case.requester, address=f"{street}\n9000 Gent"), street),
    ):
        letter = make_context(LetterKind.ACKNOWLEDGEMENT, case=replace(case, requester=requester))
        ends = _address_line_ends(render_pdf(letter))
        shown = "".join(text for text, _end in ends).replace(" ", "")
        assert whole.replace(" ", "") in shown  # broken over lines, nothing lost
        for text, end in ends:
            assert end <= 190, f"{text!r} ends {end:.0f} mm from the left edge, past the window"


def test_a_person_without_a_postal_address_gets_the_letter_by_email_or_not_at_all() -> None:
    case = make_case()
    by_mail = replace(case, requester=replace(case.requester, address=""))
    assert "Per e-mail: eloise@example.be" in _render(LetterKind.ACKNOWLEDGEMENT, case=by_mail)
    nowhere = replace(case, requester=replace(case.requester, address="", email=""))
    with pytest.raises(MissingPlaceholderError, match="postadres of e-mailadres"):
        render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT, case=nowhere))


@LANGUAGES
def test_names_from_all_over_europe_print_as_written(language: Language) -> None:
    case = make_case()
    name = "Łukasz Wiśniewski-Ștefănescu Dvořák"
    case = replace(case, requester=replace(case.requester, name=name))
    assert name in _render(LetterKind.ACKNOWLEDGEMENT, language, case=case)


@LANGUAGES
def test_a_long_letter_is_numbered_and_a_short_one_is_not(language: Language) -> None:
    label = phrases(language)["page"]
    short = render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT, language))
    assert page_count(short) == 1
    assert label.format(page=1, pages=1) not in pdf_text(short)
    long = render_pdf(make_context(LetterKind.OUTCOME, language))
    pages = page_count(long)
    assert pages >= 2
    text = pdf_text(long)
    for page in range(1, pages + 1):
        assert label.format(page=page, pages=pages) in text


def test_a_missing_value_stops_the_letter_before_rendering() -> None:
    context = make_context(LetterKind.NO_ACTION, no_action_reasons="  ")
    with pytest.raises(MissingPlaceholderError, match=_needs("no_action_reasons")) as raised:
        compose_text(context)
    assert isinstance(raised.value, UserFacingError)
    assert "redenen" in str(raised.value)  # it says what is missing in words
    with pytest.raises(MissingPlaceholderError):
        render_pdf(context)
    both = make_context(LetterKind.NO_ACTION, no_action_reasons="", no_action_ground=None)
    with pytest.raises(MissingPlaceholderError) as raised:
        compose_text(both)
    assert str(raised.value) == (
        "De brief kan nog niet gemaakt worden; nog nodig: de redenen waarom geen gevolg "
        "gegeven wordt, de rechtsgrond om geen gevolg te geven (kies er een)."
    )  # in words, never a {placeholder}
    assert raised.value.names == ["no_action_reasons", "no_action_ground"]


def test_an_outcome_letter_needs_every_right_decided() -> None:
    case = make_case(rights=(RightRequest(Right.ACCESS, "", Outcome.PENDING),))
    with pytest.raises(MissingPlaceholderError, match=_needs("outcomes")):
        compose_text(make_context(LetterKind.OUTCOME, case=case))


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("Beste {naam}", "onbekende plaatshouder: {naam}"),
        ("Kenmerk {}", "ongeldige plaatshouder"),
        ("Kenmerk {reference.upper}", "ongeldige plaatshouder"),
        ("Kenmerk {reference:>20}", "ongeldige plaatshouder"),
        ("Kenmerk {reference", "ongeldig"),
    ],
)
def test_an_edited_template_with_a_bad_placeholder_is_refused(template: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message.replace("{", r"\{").replace("}", r"\}")):
        fill(template, {"reference": "PD-2026-0042"})


def test_the_officers_edited_text_is_printed_and_the_complaint_block_stays() -> None:
    context = make_context(LetterKind.EXTENSION)
    text = pdf_text(render_pdf(context, "Geachte mevrouw Dubois,\n\nEen eigen zin.\n"))
    assert "Een eigen zin." in text
    assert "Wij maken van die mogelijkheid gebruik" not in text
    assert "Gegevensbeschermingsautoriteit" in text and "Drukpersstraat 35" in text


def test_the_same_letter_renders_to_the_same_bytes() -> None:
    context = make_context(LetterKind.OUTCOME, Language.FR)
    assert render_pdf(context) == render_pdf(context)


@LANGUAGES
def test_the_pdf_says_who_sent_it_and_about_which_case(language: Language) -> None:
    pdf = render_pdf(make_context(LetterKind.OUTCOME, language))
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    assert info.author == "Bimsoft" and info.subject == "PD-2026-0042"
    assert info.title is not None and "PD-2026-0042" in info.title
    assert phrases(language)["subject"]["outcome"] in info.title


def test_the_logo_is_printed_and_a_broken_one_does_not_stop_the_letter(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (26, 77, 128)).save(logo)
    base = make_context(LetterKind.ACKNOWLEDGEMENT)
    with_logo = render_pdf(replace(base, letterhead=replace(base.letterhead, logo_path=str(logo))))
    images = PdfReader(io.BytesIO(with_logo)).pages[0].images
    assert len(images) == 1
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    pdf = render_pdf(replace(base, letterhead=replace(base.letterhead, logo_path=str(broken))))
    assert "PD-2026-0042" in pdf_text(pdf)


def test_french_letters_keep_a_non_breaking_space_before_a_colon() -> None:
    assert typeset("Objet : Votre demande ; « oui » ?", Language.FR) == (
        "Objet\u00a0: Votre demande\u00a0; «\u00a0oui\u00a0»\u00a0?"
    )
    assert typeset("Subject: your request", Language.EN) == "Subject: your request"
    styles = _Styles(*register_fonts())
    # Where the line is full right before the colon, the colon moves down with its word.
    text = typeset("Objet : pièces manquantes", Language.FR)
    paragraph = Paragraph(text, styles.body)
    paragraph.wrap(stringWidth("Objet : pièces", styles.regular, styles.body.fontSize) + 1, 1000)
    lines = [" ".join(line[1]) for line in paragraph.blPara.lines]
    assert lines == ["Objet\u00a0: pièces", "manquantes"]
    paragraph = Paragraph(typeset("Votre demande : pièces", Language.FR), styles.body)
    paragraph.wrap(stringWidth("Votre demande", styles.regular, styles.body.fontSize) + 1, 1000)
    lines = [" ".join(line[1]) for line in paragraph.blPara.lines]
    assert lines == ["Votre", "demande\u00a0:", "pièces"]  # not ": pièces" on a line


def test_dates_are_written_as_in_a_belgian_letter() -> None:
    assert format_date(date(2026, 11, 25), Language.NL) == "25 november 2026"
    assert format_date(date(2026, 11, 25), Language.FR) == "25 novembre 2026"
    assert format_date(date(2026, 12, 1), Language.FR) == "1er décembre 2026"
    assert format_date(date(2026, 8, 1), Language.NL) == "1 augustus 2026"
    assert format_date(date(2027, 2, 2), Language.EN) == "2 February 2027"
    assert format_date(date(2026, 2, 14), Language.FR) == "14 février 2026"
    assert date_line("Kortrijk", date(2026, 11, 25), Language.NL) == "Kortrijk, 25 november 2026"
    assert date_line("Kortrijk", date(2026, 11, 25), Language.FR) == "Kortrijk, le 25 novembre 2026"


def test_the_letterhead_comes_from_the_settings() -> None:
    head = Letterhead.from_settings(
        replace(
            Settings(),
            controller_address="Hospitaalweg 1c bus 3\n\n8510 Kortrijk\n",
            controller_emails="info@bimsoft.be; contact@bimsoft.be",
            letter_place="",
        )
    )
    assert head.controller_name == "Bimsoft"
    assert head.address_lines == ("Hospitaalweg 1c bus 3", "8510 Kortrijk")
    assert head.emails == ("info@bimsoft.be", "contact@bimsoft.be")
    assert head.place == "Kortrijk"


@LANGUAGES
def test_every_language_words_every_right_outcome_ground_and_missing_item(
    language: Language,
) -> None:
    words = phrases(language)
    assert set(words["grounds"]) == {g.value for g in LegalGround}
    assert set(words["rights"]) == {r.value for r in Right}
    assert set(words["granted"]) == {r.value for r in Right}
    assert set(words["outcome_label"]) == {o.value for o in Outcome} - {"pending"}
    assert set(words["missing"]) == {"date", "signature", "id_copy", "mandate"}


@LANGUAGES
@KINDS
def test_the_shipped_templates_use_only_documented_placeholders(
    kind: LetterKind, language: Language
) -> None:
    readme = resource_path("letters", "README.md").read_text(encoding="utf-8")
    for name in fields_of(load_template(kind, language)):
        assert name in PLACEHOLDER_HELP_NL
        assert "{" + name + "}" in readme


@LANGUAGES
def test_every_label_of_the_access_information_is_set_in_bold(language: Language) -> None:
    case = make_case(rights=(RightRequest(Right.ACCESS, "", Outcome.GRANTED),))
    pdf = render_pdf(make_context(LetterKind.OUTCOME, language, case=case))
    bold: list[str] = []

    def visit(
        text: str, _cm: object, _tm: object, font: dict[str, object] | None, _s: object
    ) -> None:
        if font and "Bold" in str(font.get("/BaseFont")) and text.strip():
            bold.append(text.strip())

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    labels = phrases(language)["access_info_label"].values()
    assert [label for label in labels if label not in bold] == []
