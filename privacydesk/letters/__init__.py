"""Response letters: templates per language, filled from a case, laid out as A4 PDFs.

Imports nothing from privacydesk but ``privacydesk.core`` and ``privacydesk.resources``.
"""

from privacydesk.letters.context import LetterContext, Letterhead
from privacydesk.letters.dates import date_line, format_date
from privacydesk.letters.errors import MissingPlaceholderError, TemplateError
from privacydesk.letters.render import render_pdf
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
