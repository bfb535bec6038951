"""Issue 12 item 10: the officer's note on an outcome is asked in the case's letter
language and never appears in a letter of another language (PDF read back)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from privacydesk.core.case import Language, RightRequest
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import Outcome, Right
from privacydesk.gui.outcome_dialog import OutcomeDialog
from privacydesk.letters.errors import TemplateError
from privacydesk.letters.render import render_pdf
from tests.letters.conftest import make_case, make_context, pdf_text

NOTES = {
    Language.NL: "Uw klantaccount werd op 20 november gesloten.",
    Language.FR: "Votre compte client a été clôturé le 20 novembre.",
    Language.EN: "Your customer account was closed on 20 November.",
}
ASKED_IN = {Language.NL: "Nederlands", Language.FR: "Frans", Language.EN: "Engels"}


def _case(language: Language):  # type: ignore[no-untyped-def]
    case = make_case(
        rights=(RightRequest(Right.ERASURE, "", Outcome.GRANTED, outcome_note=NOTES[language]),)
    )
    return replace(case, requester=replace(case.requester, language=language))


@pytest.mark.parametrize("language", list(Language))
def test_the_note_is_printed_in_a_letter_of_the_cases_language(language: Language) -> None:
    text = pdf_text(render_pdf(make_context(LetterKind.OUTCOME, language, case=_case(language))))
    assert NOTES[language] in text


@pytest.mark.parametrize(
    ("typed_in", "letter_in"),
    [(a, b) for a in Language for b in Language if a is not b],
)
def test_a_letter_in_another_language_is_not_made_with_the_note(
    typed_in: Language, letter_in: Language
) -> None:
    with pytest.raises(TemplateError, match=f"getypt in het {ASKED_IN[typed_in]}"):
        render_pdf(make_context(LetterKind.OUTCOME, letter_in, case=_case(typed_in)))


@pytest.mark.parametrize("language", list(Language))
def test_the_outcome_dialog_says_which_language_it_expects(
    qtbot: QtBot, language: Language
) -> None:
    dialog = OutcomeDialog(RightRequest(Right.ERASURE, ""), language=language)
    qtbot.addWidget(dialog)
    assert f"in het {ASKED_IN[language]}" in dialog.note_label.text()
