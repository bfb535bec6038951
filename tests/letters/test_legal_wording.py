"""Issue 12: what a lawyer reads in each letter, table-driven over nl/fr/en (PDF read back)."""

from __future__ import annotations

from datetime import date

import pytest

from privacydesk.core.case import Language, RightRequest
from privacydesk.core.letter_kinds import LetterKind, complaint_block_required, kinds_for
from privacydesk.core.rights import (
    GROUND_INFO,
    LegalGround,
    Outcome,
    OutcomeError,
    Right,
    check_outcome,
    grounds_for,
)
from privacydesk.letters.render import render_pdf
from tests.letters.conftest import make_case, make_context, pdf_text

LANGUAGES = pytest.mark.parametrize("language", list(Language))


def _outcome_text(language: Language, *rights: RightRequest, **changes: object) -> str:
    case = make_case(rights=rights, **changes)
    return pdf_text(render_pdf(make_context(LetterKind.OUTCOME, language, case=case)))


# --- item 5: one table of legal grounds per right ------------------------------------------

OBJECTION_CLAIMS = {
    Language.NL: "artikel 21, lid 1, AVG",
    Language.FR: "article 21, paragraphe 1, du RGPD",
    Language.EN: "Article 21(1) GDPR",
}


@LANGUAGES
def test_an_objection_refused_for_legal_claims_cites_article_21_not_17(language: Language) -> None:
    assert LegalGround.LEGAL_CLAIMS not in grounds_for(Right.OBJECTION)
    with pytest.raises(OutcomeError):
        check_outcome(Right.OBJECTION, Outcome.REFUSED, LegalGround.LEGAL_CLAIMS)
    text = _outcome_text(
        language,
        RightRequest(Right.OBJECTION, "", Outcome.REFUSED, LegalGround.OBJECTION_LEGAL_CLAIMS),
    )
    assert OBJECTION_CLAIMS[language] in text
    assert "17, lid 3" not in text and "17(3)" not in text and "paragraphe 3, point e" not in text


@pytest.mark.parametrize(
    ("right", "articles"),
    [
        (Right.ACCESS, {"Art. 12(5)", "Art. 12(6)", "Art. 11(2)", "Art. 15(4)", "Art. 23"}),
        (Right.ERASURE, {"Art. 17(3)(a)", "Art. 17(3)(b)", "Art. 17(3)(e)", "Art. 23"}),
        (Right.RESTRICTION, {"Art. 18(1)", "Art. 18(2)"}),
        (Right.PORTABILITY, {"Art. 20(1)", "Art. 20(4)"}),
        (Right.OBJECTION, {"Art. 21(1)"}),
        (Right.AUTOMATED_DECISION, {"Art. 22(2)(a)", "Art. 22(2)(b)", "Art. 22(2)(c)"}),
    ],
)
def test_only_the_grounds_that_fit_the_right_are_offered(right: Right, articles: set[str]) -> None:
    offered = {GROUND_INFO[g].article for g in grounds_for(right)}
    assert articles <= offered
    # No right borrows another right's own article.
    own = {
        "Art. 15": Right.ACCESS,
        "Art. 17": Right.ERASURE,
        "Art. 18": Right.RESTRICTION,
        "Art. 20": Right.PORTABILITY,
        "Art. 21": Right.OBJECTION,
        "Art. 22": Right.AUTOMATED_DECISION,
    }
    for article in offered:
        prefix = article.split("(")[0]
        assert own.get(prefix, right) is right, (right, article)
    assert LegalGround.NO_DATA_PROCESSED not in grounds_for(right)


@LANGUAGES
def test_every_ground_of_the_table_is_worded_with_its_article(language: Language) -> None:
    for right in Right:
        for ground in grounds_for(right):
            text = _outcome_text(language, RightRequest(right, "", Outcome.REFUSED, ground))
            article = GROUND_INFO[ground].article.removeprefix("Art. ").split("(")[0]
            assert article in text, (right, ground)


# --- item 4: "no personal data processed" is its own outcome --------------------------------

NO_DATA = {
    Language.NL: ("geen persoonsgegevens verwerkt", "wij verwerken geen persoonsgegevens over u"),
    Language.FR: ("aucune donnée traitée", "nous ne traitons aucune donnée personnelle"),
    Language.EN: ("no personal data processed", "we do not process any personal data"),
}
REFUSED_SENTENCE = {
    Language.NL: "niet inwilligen",
    Language.FR: "ne pouvons pas accéder",
    Language.EN: "cannot grant",
}


@LANGUAGES
def test_no_personal_data_is_an_answer_of_its_own_not_a_refusal(language: Language) -> None:
    check_outcome(Right.ACCESS, Outcome.NO_DATA, None)
    text = _outcome_text(language, RightRequest(Right.ACCESS, "", Outcome.NO_DATA))
    label, sentence = NO_DATA[language]
    assert label in text and sentence in text
    assert REFUSED_SENTENCE[language] not in text


# --- item 8: the court is named -------------------------------------------------------------

COURT = {
    Language.NL: "voorzitter van de rechtbank van eerste aanleg",
    Language.FR: "président du tribunal de première instance",
    Language.EN: "President of the Court of First Instance",
}


@LANGUAGES
@pytest.mark.parametrize("kind", [LetterKind.EXTENSION, LetterKind.NO_ACTION, LetterKind.OUTCOME])
def test_the_complaint_block_names_the_president_of_the_court_of_first_instance(
    language: Language, kind: LetterKind
) -> None:
    text = pdf_text(render_pdf(make_context(kind, language)))
    assert (
        (COURT[language] in text and "30 juli 2018" in text)
        or "30 juillet 2018" in text
        or ("30 July 2018" in text)
    )
    assert COURT[language] in text


# --- item 2: the letters state the pause rule the register applies --------------------------

RUNS_ON = {
    Language.NL: "loopt door",
    Language.FR: "continue à courir",
    Language.EN: "keeps running",
}
STANDS_STILL = {
    Language.NL: "staat de wettelijke antwoordtermijn stil",
    Language.FR: "le délai légal de réponse est suspendu",
    Language.EN: "the statutory time limit for our answer is suspended",
}
POLICY = {
    Language.NL: "De termijn staat dan stil tot wij die informatie ontvangen",
    Language.FR: "Le délai est alors suspendu jusqu'à la réception de ces informations",
    Language.EN: "The time limit is then suspended until we receive that information",
}


@LANGUAGES
@pytest.mark.parametrize(
    ("kind", "pause_policy", "pauses", "says"),
    [
        (LetterKind.IDENTIFICATION, False, False, RUNS_ON),
        (LetterKind.IDENTIFICATION, True, True, STANDS_STILL),
        (LetterKind.IDENTIFICATION, True, False, RUNS_ON),  # asked too late: no pause
        (LetterKind.ACKNOWLEDGEMENT, False, False, RUNS_ON),
        (LetterKind.ACKNOWLEDGEMENT, True, False, POLICY),
    ],
)
def test_the_letter_states_the_pause_rule_the_register_applies(
    language: Language, kind: LetterKind, pause_policy: bool, pauses: bool, says: dict
) -> None:
    context = make_context(
        kind, language, pause_policy=pause_policy, pause_on_identification=pauses
    )
    text = pdf_text(render_pdf(context))
    assert says[language] in text
    others = [d[language] for d in (RUNS_ON, STANDS_STILL, POLICY) if d is not says]
    assert not any(other in text for other in others)


# --- item 6: the Art. 19 letter only after a granted rectification/erasure/restriction -------


@pytest.mark.parametrize(
    ("right", "outcome", "fits"),
    [
        (Right.RECTIFICATION, Outcome.REFUSED, False),
        (Right.RECTIFICATION, Outcome.GRANTED, True),
        (Right.ERASURE, Outcome.PARTLY_GRANTED, True),
        (Right.RESTRICTION, Outcome.GRANTED, True),
        (Right.RESTRICTION, Outcome.NOT_APPLICABLE, False),
        (Right.ACCESS, Outcome.GRANTED, False),
    ],
)
def test_the_article_19_letter_only_follows_a_granted_change(
    right: Right, outcome: Outcome, fits: bool
) -> None:
    ground = LegalGround.MANIFESTLY_UNFOUNDED if outcome.needs_ground else None
    case = make_case(rights=(RightRequest(right, "", outcome, ground),))
    assert (LetterKind.RECIPIENTS in kinds_for(case)) is fits


# --- item 11: one citation style, agreement, the request's own date -------------------------

CITATION = {
    Language.NL: ("artikel 12, lid 5, AVG", ("12(5)",)),
    Language.FR: ("article 12, paragraphe 5, du RGPD", ("12(5)", "article 12(5)")),
    Language.EN: ("Article 12(5) GDPR", ("article 12, ", "Art. 12")),
}


@LANGUAGES
def test_one_citation_style_per_language(language: Language) -> None:
    text = _outcome_text(
        language, RightRequest(Right.ACCESS, "", Outcome.REFUSED, LegalGround.EXCESSIVE)
    )
    wanted, foreign = CITATION[language]
    assert wanted in text
    assert not any(f in text for f in foreign)


def test_french_outcomes_agree_with_the_right() -> None:
    text = _outcome_text(
        Language.FR, RightRequest(Right.OBJECTION_DIRECT_MARKETING, "", Outcome.GRANTED)
    )
    assert "du RGPD) : accordée" in text.replace("\u00a0", " ")


REQUEST_OF = {
    Language.NL: "Uw verzoek van 28 oktober 2026",
    Language.FR: "Votre demande du 28 octobre 2026",
    Language.EN: "Your request of 28 October 2026",
}


@LANGUAGES
def test_your_request_of_names_the_requests_own_date(language: Language) -> None:
    case = make_case(letter_date=date(2026, 10, 28))
    text = pdf_text(render_pdf(make_context(LetterKind.ACKNOWLEDGEMENT, language, case=case)))
    assert REQUEST_OF[language] in text.replace("\u00a0", " ")


@LANGUAGES
def test_the_complaint_block_follows_a_no_data_answer_too(language: Language) -> None:
    case = make_case(rights=(RightRequest(Right.ACCESS, "", Outcome.NO_DATA),))
    assert complaint_block_required(LetterKind.OUTCOME, case)


# --- item 7: a request through a representative is answered to the representative ----------

# Whoever acts (a lawyer, a parent): the letter names the person, never "your client".
CLIENT = {
    Language.NL: "namens Éloïse Françoise Dubois-Mérö tot ons richtte",
    Language.FR: "au nom de Éloïse Françoise Dubois-Mérö",
    Language.EN: "on behalf of Éloïse Françoise Dubois-Mérö",
}


@LANGUAGES
@pytest.mark.parametrize("kind", [LetterKind.ACKNOWLEDGEMENT, LetterKind.OUTCOME])
def test_a_representative_is_answered_at_the_representatives_address(
    language: Language, kind: LetterKind
) -> None:
    from dataclasses import replace

    from privacydesk.letters.errors import MissingPlaceholderError

    case = make_case()
    requester = replace(
        case.requester,
        representative="Mr. Karel Verstraete",
        representative_address="Advocatenkantoor Verstraete\nKouter 7\n9000 Gent",
    )
    case = replace(case, requester=requester)
    text = pdf_text(render_pdf(make_context(kind, language, case=case)))
    assert "Mr. Karel Verstraete" in text and "Kouter 7" in text
    assert "Kerkstraat 12" not in text  # never sent to the client's own address
    assert CLIENT[language] in text
    assert not any(word in text for word in ("uw cliënt", "votre client", "your client"))
    no_office = replace(case, requester=replace(requester, representative_address=""))
    with pytest.raises(MissingPlaceholderError, match="vertegenwoordiger"):
        render_pdf(make_context(kind, language, case=no_office))


DOUBLED = {
    Language.NL: ("per post", "per e-mail"),
    Language.FR: ("par courrier", "par e-mail"),
    Language.EN: ("by post", "by e-mail"),
}


@LANGUAGES
@pytest.mark.parametrize("kind", [LetterKind.IDENTIFICATION, LetterKind.OUTCOME])
def test_no_doubled_phrases_in_how_to_reach_us(language: Language, kind: LetterKind) -> None:
    text = pdf_text(render_pdf(make_context(kind, language)))
    for phrase in DOUBLED[language]:
        assert text.count(phrase) == 1, phrase


CONFIRMS = {
    Language.NL: ("Wij bevestigen dat wij persoonsgegevens over u verwerken", "in bijlage"),
    Language.FR: ("Nous confirmons que nous traitons des données personnelles", "en annexe"),
    Language.EN: ("We confirm that we process personal data concerning you", "is enclosed"),
}


@LANGUAGES
@pytest.mark.parametrize("outcome", [Outcome.GRANTED, Outcome.PARTLY_GRANTED])
def test_an_access_answer_confirms_the_processing_and_encloses_the_copy(
    language: Language, outcome: Outcome
) -> None:
    ground = LegalGround.RIGHTS_OF_OTHERS if outcome.needs_ground else None
    text = _outcome_text(language, RightRequest(Right.ACCESS, "", outcome, ground))
    assert all(words in text for words in CONFIRMS[language])
