"""Outcomes per right and the legal grounds a refusal may rest on."""

from __future__ import annotations

import pytest

from privacydesk.core.rights import (
    GROUND_INFO,
    RIGHT_INFO,
    LegalGround,
    Outcome,
    OutcomeError,
    Right,
    check_outcome,
    check_outcomes_agree,
    grounds_for,
)


def test_every_right_and_ground_has_its_article_and_label() -> None:
    assert set(RIGHT_INFO) == set(Right)
    assert set(GROUND_INFO) == set(LegalGround)
    assert RIGHT_INFO[Right.ERASURE].article == "Art. 17"
    assert GROUND_INFO[LegalGround.LEGAL_OBLIGATION].article == "Art. 17(3)(b)"


def test_erasure_exceptions_are_offered_only_for_erasure() -> None:
    assert LegalGround.LEGAL_OBLIGATION in grounds_for(Right.ERASURE)
    assert LegalGround.LEGAL_OBLIGATION not in grounds_for(Right.ACCESS)
    assert LegalGround.RIGHTS_OF_OTHERS in grounds_for(Right.ACCESS)


def test_direct_marketing_objection_has_no_ground_on_the_merits() -> None:
    grounds = grounds_for(Right.OBJECTION_DIRECT_MARKETING)
    assert LegalGround.COMPELLING_LEGITIMATE_GROUNDS not in grounds
    assert LegalGround.LEGAL_CLAIMS not in grounds
    assert LegalGround.IDENTITY_NOT_ESTABLISHED in grounds


@pytest.mark.parametrize("outcome", [Outcome.REFUSED, Outcome.PARTLY_GRANTED])
def test_a_refusal_whole_or_partial_needs_a_ground(outcome: Outcome) -> None:
    with pytest.raises(OutcomeError):
        check_outcome(Right.ERASURE, outcome, None)
    check_outcome(Right.ERASURE, outcome, LegalGround.LEGAL_CLAIMS)


def test_a_granted_right_carries_no_ground() -> None:
    with pytest.raises(OutcomeError):
        check_outcome(Right.ACCESS, Outcome.GRANTED, LegalGround.EXCESSIVE)
    check_outcome(Right.ACCESS, Outcome.GRANTED, None)


def test_no_data_and_a_granted_right_contradict_each_other() -> None:
    with pytest.raises(OutcomeError, match="recht op inzage"):
        check_outcomes_agree(
            [(Right.ACCESS, Outcome.PARTLY_GRANTED), (Right.ERASURE, Outcome.NO_DATA)]
        )
    # No data, and a right that does not apply (no automated decision) or is still open: fine.
    check_outcomes_agree([(Right.ACCESS, Outcome.NO_DATA), (Right.ERASURE, Outcome.NO_DATA)])
    check_outcomes_agree(
        [(Right.ACCESS, Outcome.NO_DATA), (Right.AUTOMATED_DECISION, Outcome.NOT_APPLICABLE)]
    )
    check_outcomes_agree([(Right.ACCESS, Outcome.GRANTED), (Right.ERASURE, Outcome.PENDING)])
