"""Intake rules and case references."""

from __future__ import annotations

from datetime import date

from privacydesk.core.case import format_reference, intake_problems, parse_reference
from privacydesk.core.rights import Right

TODAY = date(2026, 11, 25)


def _problems(**changes: object) -> dict[str, str]:
    values: dict[str, object] = {
        "name": "Jan Peeters",
        "email": "jan@example.be",
        "received": TODAY,
        "letter_date": date(2026, 11, 20),
        "rights": [Right.ACCESS],
        "today": TODAY,
    }
    values.update(changes)
    return intake_problems(**values)  # type: ignore[arg-type]


def test_a_complete_request_has_no_problems() -> None:
    assert _problems() == {}
    assert _problems(email="", letter_date=None) == {}


def test_each_problem_is_reported_on_its_own_field() -> None:
    assert set(_problems(name=" ")) == {"name"}
    assert set(_problems(email="jan@")) == {"email"}
    assert set(_problems(received=date(2026, 11, 26))) == {"received"}
    assert set(_problems(letter_date=date(2026, 11, 26))) == {"letter_date"}
    assert set(_problems(rights=[])) == {"rights"}


def test_a_request_before_the_gdpr_applied_is_a_typing_error() -> None:
    # Year 1 or 1900 would make every deadline centuries late.
    for typed in (date(1, 1, 2), date(1900, 2, 28), date(2018, 5, 24)):
        assert "25 mei 2018" in _problems(received=typed, letter_date=None)["received"]
    assert _problems(received=date(2018, 5, 25), letter_date=None) == {}


def test_a_name_is_at_most_200_characters() -> None:
    assert _problems(name="J" * 200) == {}
    assert "te lang" in _problems(name="J" * 201)["name"]


def test_a_letter_cannot_be_dated_after_it_was_received() -> None:
    assert "letter_date" in _problems(received=date(2026, 11, 10), letter_date=date(2026, 11, 12))


def test_references_have_the_year_and_a_four_digit_running_number() -> None:
    assert format_reference(2026, 42) == "PD-2026-0042"
    assert format_reference(2026, 12345) == "PD-2026-12345"
    assert parse_reference(" pd-2026-0042 ") == (2026, 42)
    assert parse_reference("PD-26-42") is None
