"""The letter typeface: DejaVu Sans, shipped in ``resources/fonts`` and embedded in each PDF.

Helvetica, the PDF standard font, only knows WinAnsi: é, ë, ç and € print, but a Polish,
Czech or Romanian name (Łukasz, Dvořák, Ștefan) would come out as black boxes. DejaVu covers
them, and embedding it makes an issued letter look the same on every computer, years later.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from privacydesk.core.errors import UserFacingError
from privacydesk.resources import resource_path

REGULAR = "PrivacyDesk-Sans"
BOLD = "PrivacyDesk-Sans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


class FontError(UserFacingError, OSError):
    pass


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces once per process; their reportlab names."""
    for name, file_name in _FILES.items():
        path = resource_path("fonts", file_name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise FontError(
                f"Het lettertype voor brieven ({file_name}) ontbreekt of is beschadigd; "
                "installeer PrivacyDesk opnieuw."
            ) from exc
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return REGULAR, BOLD
