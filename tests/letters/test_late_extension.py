"""Issue 12 item 1: an extension notified after the first month does not pass (Art. 12(3))."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from privacydesk.cli import main
from privacydesk.core.case import Language
from privacydesk.core.deadlines import DeadlineState
from privacydesk.core.errors import UserFacingError
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.services import Services, open_services
from privacydesk.services.letters import LetterRuleError
from tests.conftest import Clock
from tests.services.helpers import new_request

LANGUAGES = list(Language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_extension_letter_after_the_first_deadline_is_refused(
    services: Services, language: Language
) -> None:
    # Received 1 October 2026: the first month ended on Monday 2 November; today is 25 November.
    case = services.cases.register(new_request(received=date(2026, 10, 1), language=language))
    services.cases.extend(case.id, "Veel verzoeken.", override_reason="Vergeten te melden.")
    with pytest.raises(LetterRuleError, match=r"02/11/2026.*niet rechtsgeldig"):
        services.letters.draft(case.id, LetterKind.EXTENSION, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_late_extension_keeps_the_case_overdue_and_the_case_view_says_why(
    services: Services, language: Language
) -> None:
    case = services.cases.register(new_request(received=date(2026, 10, 1), language=language))
    services.cases.extend(case.id, "Veel verzoeken.", override_reason="Vergeten te melden.")
    info = services.cases.deadline(case.id)
    assert info.state is DeadlineState.OVERDUE
    assert info.due == date(2026, 11, 2) and info.extension_late
    assert "pas na de eerste termijn gemeld" in info.rule
    event = services.audit.for_case(case.id)[-1]
    assert event.action == "case.extended" and event.details["notified_late"] is True
    assert event.details["override"] == "Vergeten te melden."


def test_an_extension_in_time_still_gives_its_letter_and_three_months(
    services: Services, clock: Clock
) -> None:
    case = services.cases.register(new_request(received=date(2026, 11, 20)))
    services.cases.extend(case.id, "Veel verzoeken.")
    assert services.cases.deadline(case.id).due == date(2027, 2, 22)
    assert "22 februari 2027" in services.letters.draft(case.id, LetterKind.EXTENSION).text
    # Recorded in time, but the notice itself would go out after the first deadline.
    clock.set_day(date(2026, 12, 22))
    with pytest.raises(LetterRuleError, match="niet rechtsgeldig"):
        services.letters.draft(case.id, LetterKind.EXTENSION)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_letter_command_refuses_a_late_extension_with_one_sentence(
    register_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    services = open_services(register_path)
    case = services.cases.register(new_request(received=date(2025, 1, 10)))
    services.cases.extend(case.id, "Veel verzoeken.", override_reason="Te laat gezien.")
    services.close()
    out = tmp_path / "brief.pdf"
    args = ["letter", case.reference, "extension", "--lang", language, "--out", str(out)]
    assert main(["--db", str(register_path), *args]) == 2
    err = capsys.readouterr().err
    assert (
        "niet rechtsgeldig" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    )
    assert not out.exists()


PAUSES = {
    Language.NL: "staat de wettelijke antwoordtermijn stil",
    Language.FR: "le délai légal de réponse est suspendu",
    Language.EN: "the statutory time limit for our answer is suspended",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_with_the_pause_setting_on_the_identification_letter_says_the_clock_stops(
    services: Services, clock: Clock, language: Language
) -> None:
    """Issue 12 item 2, through the service: the letter follows the register's setting."""
    from dataclasses import replace

    from tests.letters.conftest import pdf_text

    services.settings.save(
        replace(services.settings.get(), pause_while_awaiting_identification=True)
    )
    services.reload_settings()
    case = services.cases.register(new_request(received=date(2026, 11, 23), language=language))
    draft = services.letters.draft(case.id, LetterKind.IDENTIFICATION, missing_items=("date",))
    assert PAUSES[language] in pdf_text(services.letters.render(draft))
    # Asked twelve days after receipt: no pause applies, and the letter says the clock runs.
    late = services.cases.register(new_request(received=date(2026, 11, 13), language=language))
    draft = services.letters.draft(late.id, LetterKind.IDENTIFICATION, missing_items=("date",))
    assert PAUSES[language] not in pdf_text(services.letters.render(draft))


NO_ACTION_GROUND = {
    Language.NL: "Deze beslissing steunt op artikel 12, lid 5, AVG, omdat het verzoek",
    Language.FR: "Cette décision se fonde sur l'article 12, paragraphe 5, du RGPD, car la demande",
    Language.EN: "This decision is based on Article 12(5) GDPR, as the request",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_no_action_letter_after_one_month_warns_and_records_its_ground(
    services: Services, language: Language
) -> None:
    """Issue 12 item 3: Art. 12(4) wants the notice within one month; its ground is kept."""
    from privacydesk.core.rights import LegalGround
    from tests.letters.conftest import pdf_text

    on_time = services.cases.register(new_request(received=date(2026, 11, 20), language=language))
    with pytest.raises(Exception, match="rechtsgrond om geen gevolg te geven"):
        services.letters.draft(on_time.id, LetterKind.NO_ACTION, no_action_reasons="Herhaling.")
    draft = services.letters.draft(
        on_time.id,
        LetterKind.NO_ACTION,
        no_action_reasons="Herhaling.",
        no_action_ground=LegalGround.EXCESSIVE,
    )
    assert draft.warnings == ()
    late = services.cases.register(new_request(received=date(2026, 10, 1), language=language))
    draft = services.letters.draft(
        late.id,
        LetterKind.NO_ACTION,
        no_action_reasons="Herhaling.",
        no_action_ground=LegalGround.EXCESSIVE,
    )
    assert draft.warnings and "02-11-2026" in draft.warnings[0]
    text = pdf_text(services.letters.render(draft)).replace("\u00a0", " ")
    assert NO_ACTION_GROUND[language] in text
    services.letters.issue(draft)
    event = [e for e in services.audit.for_case(late.id) if e.action == "letter.issued"][-1]
    assert event.details["ground"] == "art_12_5_excessive"
    assert event.details["ground_article"] == "Art. 12(5)"
    assert "te laat" in event.details["warnings"][0]
    with pytest.raises(LetterRuleError, match="past niet"):
        services.letters.draft(
            late.id,
            LetterKind.NO_ACTION,
            no_action_reasons="x",
            no_action_ground=LegalGround.LEGAL_CLAIMS,
        )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("legal_form", "", "rechtsvorm"),
        ("enterprise_number", "", "ondernemingsnummer"),
        ("enterprise_number", "0123.456.748", "ondernemingsnummer"),  # wrong check digits
        ("legal_entities_register", "", "rechtspersonenregister"),
    ],
)
def test_a_letter_without_the_companys_legal_details_is_not_issued(
    services: Services, language: Language, field: str, value: str, named: str
) -> None:
    """Issue 12 item 9: legal form, registered office, enterprise number (checked), RPR."""
    from dataclasses import replace

    if value:  # a number that does not check is not even saved
        with pytest.raises(UserFacingError, match="ondernemingsnummer klopt niet"):
            services.settings.save(replace(services.settings.get(), **{field: value}))
        return
    services.settings.save(replace(services.settings.get(), **{field: value}))
    services.reload_settings()
    case = services.cases.register(new_request(language=language))
    draft = services.letters.draft(case.id, LetterKind.ACKNOWLEDGEMENT)
    with pytest.raises(LetterRuleError, match=named):
        services.letters.issue(draft)
    assert services.letters.for_case(case.id) == []


def test_the_settings_refuse_an_enterprise_number_that_does_not_check() -> None:
    from privacydesk.core.settings import Settings, settings_problems

    assert "enterprise_number" in settings_problems(Settings(enterprise_number="0123.456.748"))
    assert "enterprise_number" not in settings_problems(Settings(enterprise_number="0123456749"))


ID_CARD = {
    Language.NL: ("identiteitskaart", "onleesbaar maken", "vernietigen"),
    Language.FR: ("carte d'identité", "rendre illisibles", "détruisons"),
    Language.EN: ("identity card", "black out", "destroy"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_identification_letter_asks_only_what_is_needed(
    services: Services, language: Language
) -> None:
    """Issue 12 item 12: an ID copy only when chosen (then: black out, destroyed after the
    check); a mandate only from a representative."""
    from tests.letters.conftest import pdf_text

    case = services.cases.register(new_request(language=language))
    draft = services.letters.draft(case.id, LetterKind.IDENTIFICATION, missing_items=("date",))
    text = pdf_text(services.letters.render(draft))
    assert not any(words in text for words in ID_CARD[language])
    draft = services.letters.draft(case.id, LetterKind.IDENTIFICATION, missing_items=("id_copy",))
    text = pdf_text(services.letters.render(draft))
    assert all(words in text for words in ID_CARD[language])
    with pytest.raises(LetterRuleError, match="volmacht"):
        services.letters.draft(case.id, LetterKind.IDENTIFICATION, missing_items=("mandate",))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_dutch_free_text_in_a_french_or_english_extension_letter(
    services: Services, language: Language
) -> None:
    """Issue 12 item 10: reasons typed on the case (Dutch) never go into a fr/en letter;
    there the officer types them in the letter's language, or the letter is not made."""
    from privacydesk.letters.errors import MissingPlaceholderError
    from tests.letters.conftest import pdf_text

    case = services.cases.register(new_request(language=language))
    services.cases.extend(case.id, "Gegevens verspreid over drie systemen.")
    if language is Language.NL:
        draft = services.letters.draft(case.id, LetterKind.EXTENSION)
        assert "Gegevens verspreid over drie systemen." in draft.text
        return
    with pytest.raises(MissingPlaceholderError, match="taal van de brief"):
        services.letters.draft(case.id, LetterKind.EXTENSION, language)
    own = {
        Language.FR: "Données réparties sur trois systèmes.",
        Language.EN: "Data spread over three systems.",
    }
    draft = services.letters.draft(
        case.id, LetterKind.EXTENSION, language, extension_reasons=own[language]
    )
    text = pdf_text(services.letters.render(draft))
    assert own[language] in text and "Gegevens verspreid" not in text
