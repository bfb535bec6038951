"""Dates as a Belgian letter writes them, in the letter's language (no OS locale needed)."""

from __future__ import annotations

from datetime import date

from privacydesk.core.case import Language

_MONTHS: dict[Language, tuple[str, ...]] = {
    Language.NL: (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    Language.FR: (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    Language.EN: (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def format_date(day: date, language: Language) -> str:
    """``25 november 2026``, ``1er décembre 2026``, ``25 November 2026``."""
    number = "1er" if language is Language.FR and day.day == 1 else str(day.day)
    return f"{number} {_MONTHS[language][day.month - 1]} {day.year}"


def date_line(place: str, day: date, language: Language) -> str:
    """``Kortrijk, 25 november 2026`` — or ``Kortrijk, le 25 novembre 2026``."""
    if language is Language.FR:
        return f"{place}, le {format_date(day, language)}"
    return f"{place}, {format_date(day, language)}"
