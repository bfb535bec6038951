"""Which letters fit a case, and which must say where to complain."""

from __future__ import annotations

from dataclasses import replace

import pytest

from privacydesk.core.case import RightRequest
from privacydesk.core.letter_kinds import (
    LetterKind,
    LetterKindError,
    complaint_block_required,
    kinds_for,
    parse_kind,
)
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.workflow import Status
from tests.letters.conftest import make_case


def test_a_new_case_gets_an_acknowledgement_or_a_request_for_identification() -> None:
    case = make_case(
        status=Status.RECEIVED, extended=False, recipients=(), rights=(RightRequest(Right.ACCESS),)
    )
    assert kinds_for(case) == [
        LetterKind.ACKNOWLEDGEMENT,
        LetterKind.IDENTIFICATION,
        LetterKind.NO_ACTION,
    ]


def test_the_outcome_letter_waits_until_every_right_is_decided() -> None:
    undecided = make_case(
        rights=(RightRequest(Right.ACCESS, outcome=Outcome.GRANTED), RightRequest(Right.ERASURE))
    )
    assert LetterKind.OUTCOME not in kinds_for(undecided)
    assert LetterKind.OUTCOME in kinds_for(make_case())


def test_extension_and_recipient_letters_need_their_facts_recorded() -> None:
    assert LetterKind.EXTENSION not in kinds_for(make_case(extended=False))
    assert LetterKind.RECIPIENTS not in kinds_for(make_case(recipients=()))
    assert {LetterKind.EXTENSION, LetterKind.RECIPIENTS} <= set(kinds_for(make_case()))


def test_a_closed_case_gets_no_new_acknowledgement() -> None:
    closed = make_case(status=Status.CLOSED)
    assert LetterKind.ACKNOWLEDGEMENT not in kinds_for(closed)
    assert LetterKind.NO_ACTION not in kinds_for(closed)


@pytest.mark.parametrize(
    ("kind", "outcomes", "required"),
    [
        (LetterKind.EXTENSION, [], True),
        (LetterKind.NO_ACTION, [], True),
        (LetterKind.ACKNOWLEDGEMENT, [], False),
        (LetterKind.OUTCOME, [Outcome.GRANTED], False),
        (LetterKind.OUTCOME, [Outcome.GRANTED, Outcome.PARTLY_GRANTED], True),
        (LetterKind.OUTCOME, [Outcome.REFUSED], True),
    ],
)
def test_refusals_extensions_and_no_action_carry_the_complaint_block(
    kind: LetterKind, outcomes: list[Outcome], required: bool
) -> None:
    rights = tuple(
        RightRequest(
            Right.ERASURE, outcome=o, ground=LegalGround.LEGAL_CLAIMS if o.needs_ground else None
        )
        for o in outcomes
    )
    case = replace(make_case(), rights=rights or make_case().rights)
    assert complaint_block_required(kind, case) is required


def test_unknown_kind_words_are_refused_with_the_choices() -> None:
    assert parse_kind("No-Action") is LetterKind.NO_ACTION
    with pytest.raises(LetterKindError, match="acknowledgement"):
        parse_kind("reminder")
