"""Text that cannot be stored or cannot be seen, caught before it reaches the register.

A name pasted from a broken web form or an e-mail header chosen by a stranger may consist
only of zero-width or other invisible characters (it would show as an empty line in the
register), or hold half of a UTF-16 surrogate pair (which no file can store as UTF-8).
"""

from __future__ import annotations

import unicodedata

from privacydesk.core.errors import UserFacingError
from privacydesk.core.messages import Message, message

# Characters that draw nothing on their own: controls, formatting (zero-width, bidi),
# separators and spaces, unassigned code points, combining marks without a base.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Co", "Zs", "Zl", "Zp", "Mn", "Me"})
_INVISIBLE_EXTRA = frozenset("\u115f\u1160\u3164\uffa0\u2800")  # Hangul fillers, blank braille


class InvalidTextError(UserFacingError, ValueError):
    """A text holds a character no file can store; nothing was saved."""


def lone_surrogate(text: str) -> str | None:
    """``U+D800`` for the first half of a surrogate pair standing alone, else None."""
    for char in text:
        if "\ud800" <= char <= "\udfff":
            return f"U+{ord(char):04X}"
    return None


def is_invisible(text: str) -> bool:
    """True when nothing in the text would show on screen (an empty text included)."""
    return all(
        unicodedata.category(char) in _INVISIBLE_CATEGORIES or char in _INVISIBLE_EXTRA
        for char in text
    )


def unstorable_text_sentence(code_point: str) -> Message:
    return message(
        "Een tekst bevat een ongeldig teken ({code_point}, de helft van een tekenpaar dat "
        "niet bewaard kan worden); er werd niets opgeslagen. Typ of plak de tekst opnieuw.",
        code_point=code_point,
    )
