"""Dates typed the way Belgian officers write them."""

from __future__ import annotations

from datetime import date

import pytest

from privacydesk.core.typed_dates import parse_typed_date

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "typed",
    [
        "12/04/1985",
        "12-4-85",
        "12041985",
        "120485",
        "12.04.1985",
        "12 april 1985",
        "12 avril 1985",
        "12 Avril 1985",
        "12 apr 1985",
        "le 12 avril 1985",
    ],
)
def test_the_ways_a_birth_date_is_typed_all_mean_12_april_1985(typed: str) -> None:
    assert parse_typed_date(typed, today=TODAY) == date(1985, 4, 12)


def test_french_and_dutch_months_with_and_without_accents() -> None:
    assert parse_typed_date("1 décembre 2030", today=TODAY) == date(2030, 12, 1)
    assert parse_typed_date("1 decembre 2030", today=TODAY) == date(2030, 12, 1)
    assert parse_typed_date("3 février 2027", today=TODAY) == date(2027, 2, 3)
    assert parse_typed_date("15 maart 2028", today=TODAY) == date(2028, 3, 15)
    assert parse_typed_date("7 mei 85", today=TODAY) == date(1985, 5, 7)
    assert parse_typed_date("2 okt 2029", today=TODAY) == date(2029, 10, 2)


def test_day_first_and_two_digit_years_near_today() -> None:
    assert parse_typed_date("1/2/2027", today=TODAY) == date(2027, 2, 1)
    assert parse_typed_date("1-1-30", today=TODAY) == date(2030, 1, 1)  # a card's expiry
    assert parse_typed_date("1-1-60", today=TODAY) == date(1960, 1, 1)  # a birth date


@pytest.mark.parametrize("typed", ["", "  ", "12", "abc", "31/02/2020", "1234567", "12/13/2020"])
def test_what_is_not_a_whole_date_is_not_guessed(typed: str) -> None:
    assert parse_typed_date(typed, today=TODAY) is None
