"""Which letters fit a case, and which must say where to complain."""

from __future__ import annotations

from dataclasses import replace

import pytest

from privacydesk.core.case import RightRequest
from privacydesk.core.errors import UserFacingError
from privacydesk.core.letter_kinds import (
    LETTER_KIND_LABEL_NL,
    LetterKind,
    LetterKindError,
    complaint_block_required,
    kinds_for,
    parse_kind,
)
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.workflow import Status
from tests.letters.conftest import make_case


def test_a_new_case_can_be_acknowledged_or_asked_for_identification() -> None:
    case = make_case(
        status=Status.RECEIVED, extended=False, recipients=(), rights=(RightRequest(Right.ACCESS),)
    )
    # No extension notice before the extension (with its reasons) is recorded.
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
    assert LetterKind.OUTCOME not in kinds_for(make_case(rights=()))


def test_an_extended_case_can_have_its_extension_notice_reissued() -> None:
    extended = make_case(status=Status.EXTENDED, extended=True)
    assert LetterKind.EXTENSION in kinds_for(extended)
    assert LetterKind.IDENTIFICATION not in kinds_for(extended)


@pytest.mark.parametrize("status", [Status.ANSWERED, Status.CLOSED, Status.WITHDRAWN])
def test_an_answered_or_finished_case_gets_no_extension_or_identification_letter(
    status: Status,
) -> None:
    kinds = kinds_for(make_case(status=status, extended=True))
    assert LetterKind.EXTENSION not in kinds and LetterKind.IDENTIFICATION not in kinds


def test_an_outcome_letter_fits_an_answered_case_but_not_a_withdrawn_one() -> None:
    assert LetterKind.OUTCOME in kinds_for(make_case(status=Status.ANSWERED))
    assert LetterKind.OUTCOME not in kinds_for(make_case(status=Status.WITHDRAWN))


def test_a_refused_case_can_still_be_told_why_no_action_is_taken() -> None:
    assert LetterKind.NO_ACTION in kinds_for(make_case(status=Status.REFUSED))
    assert LetterKind.ACKNOWLEDGEMENT not in kinds_for(make_case(status=Status.REFUSED))


def test_the_recipients_letter_needs_recipients_recorded() -> None:
    erased = (RightRequest(Right.ERASURE, "", Outcome.GRANTED),)
    assert LetterKind.RECIPIENTS not in kinds_for(make_case(recipients=(), rights=erased))
    assert LetterKind.RECIPIENTS in kinds_for(make_case(rights=erased))
    assert LetterKind.RECIPIENTS in kinds_for(make_case(status=Status.CLOSED, rights=erased))


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
        (LetterKind.OUTCOME, [Outcome.NOT_APPLICABLE], False),
        (LetterKind.IDENTIFICATION, [Outcome.REFUSED], False),
        (LetterKind.RECIPIENTS, [Outcome.REFUSED], False),
        (LetterKind.ACKNOWLEDGEMENT, [Outcome.REFUSED], False),
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


def test_the_kind_words_are_the_command_lines() -> None:
    assert [k.value for k in LetterKind] == [
        "acknowledgement",
        "identification",
        "extension",
        "outcome",
        "no-action",
        "recipients",
    ]
    assert set(LETTER_KIND_LABEL_NL) == set(LetterKind)


def test_unknown_kind_words_are_refused_with_the_choices() -> None:
    assert parse_kind("No-Action") is LetterKind.NO_ACTION
    with pytest.raises(LetterKindError, match="acknowledgement") as raised:
        parse_kind("reminder")
    assert isinstance(raised.value, UserFacingError)
