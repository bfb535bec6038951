"""Dates as Belgian officers type them: ``12/04/1985``, ``12-4-85``, ``12041985``,
``12 april 1985``, ``12 avril 1985``.

Day first, always (python-dateutil's parser with ``dayfirst``), with Dutch, French and English
month names. A text that is not a whole date (no day, no month, a day that does not exist)
gives ``None``: the field says so instead of guessing.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from dateutil import parser as _dateutil

# Lower case, without accents (typed text is stripped of accents before parsing).
_MONTHS: list[tuple[str, ...]] = [
    ("jan", "januari", "january", "janvier", "janv"),
    ("feb", "februari", "february", "fevrier", "fev", "fevr"),
    ("mar", "maart", "mrt", "march", "mars"),
    ("apr", "april", "avril", "avr"),
    ("mei", "may", "mai"),
    ("jun", "juni", "june", "juin"),
    ("jul", "juli", "july", "juillet", "juil"),
    ("aug", "augustus", "august", "aout"),
    ("sep", "sept", "september", "septembre"),
    ("okt", "oct", "oktober", "october", "octobre"),
    ("nov", "november", "novembre"),
    ("dec", "december", "decembre"),
]


class _BelgianParserInfo(_dateutil.parserinfo):
    MONTHS = _MONTHS  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__(dayfirst=True, yearfirst=False)


_INFO = _BelgianParserInfo()
_MONTH_NAMES = frozenset(name for names in _MONTHS for name in names)
_DIGITS = re.compile(r"[0-9]+")
# Words that may stand between the parts: "12 april 1985", "le 12 avril", "12 of april".
_FILLER = re.compile(r"\b(le|de|den|of|the|er|e)\b")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _century(two_digits: int, today: date) -> int:
    """A two-digit year: this century unless that is more than 20 years ahead (an ID card is
    valid ten years at most, so "60" is a birth in 1960 and "30" an expiry in 2030)."""
    year = today.year - today.year % 100 + two_digits
    return year - 100 if year > today.year + 20 else year


def _whole(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_typed_date(text: str, *, today: date | None = None) -> date | None:
    """The day a person means by ``text``, or None when it is empty or not a whole date."""
    plain = _FILLER.sub(" ", _plain(text)).strip()
    if not plain:
        return None
    today = today or date.today()
    numbers = _DIGITS.findall(plain)
    words = set(re.findall(r"[a-z]+", plain))
    if plain.isdigit():
        # Typed without separators: ddmmyyyy or ddmmyy.
        if len(plain) not in (6, 8):
            return None
        numbers = [plain[:2], plain[2:4], plain[4:]]
    if not words:
        # Numbers only: day, month and year in that order, never swapped (12/13 is no date).
        if len(numbers) not in (2, 3) or any(len(n) not in (1, 2, 4) for n in numbers):
            return None
        if len(numbers) == 2:
            return _whole(int(numbers[0]), int(numbers[1]), today.year)
        year = numbers[2]
        full_year = int(year) if len(year) == 4 else _century(int(year), today)
        return _whole(int(numbers[0]), int(numbers[1]), full_year)
    if not words <= _MONTH_NAMES or len(words) != 1 or not 1 <= len(numbers) <= 2:
        return None
    try:
        parsed = _dateutil.parse(
            plain, parserinfo=_INFO, default=datetime(today.year, 1, 1), fuzzy=False
        ).date()
    except (ValueError, OverflowError):
        return None
    if len(numbers) == 2 and len(numbers[1]) == 2:
        return _whole(parsed.day, parsed.month, _century(int(numbers[1]), today))
    return parsed
