"""Response letters: templates per language, filled from a case, laid out as A4 PDFs.

Imports nothing from privacydesk but ``privacydesk.core`` and ``privacydesk.resources``.
"""

from privacydesk.letters.context import LetterContext, Letterhead
from privacydesk.letters.dates import date_line, format_date
from privacydesk.letters.errors import MissingPlaceholderError, TemplateError
from privacydesk.letters.templates import compose_text

__all__ = [
    "LetterContext",
    "Letterhead",
    "MissingPlaceholderError",
    "TemplateError",
    "compose_text",
    "date_line",
    "format_date",
    "render_pdf",
]


def __getattr__(name: str) -> object:
    """``render_pdf`` loads reportlab: only when a letter is laid out, not with the package
    (the window's start and the first-start check need the letterhead alone)."""
    if name == "render_pdf":
        from privacydesk.letters.render import render_pdf

        return render_pdf
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
