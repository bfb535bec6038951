"""Where the addressee goes so that it shows through a Belgian window envelope.

The envelopes: DL (110 × 220 mm) and C5/6 (114 × 229 mm) with the window on the right,
100 × 45 mm, 20 mm from the right edge and 15 mm from the bottom edge — the usual
"venster rechts" envelope. The A4 sheet is folded in three (panels of 99 mm; fold marks are
printed at 99 and 198 mm) with the address in the top panel.

Inside the envelope the folded sheet can shift: 11 mm (DL) or 15 mm (C5/6) up and down,
10 mm (DL) or 19 mm (C5/6) sideways. Measured on the sheet, the part of the window that
shows through both envelopes in every position is 110–190 mm from the left edge and
54–84 mm from the top edge: that is the address zone. The sender's return line sits just
above it, 52 mm from the top.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from privacydesk.letters.errors import TemplateError

ADDRESS_LEFT = 110 * mm  # from the left edge of the sheet
ADDRESS_RIGHT = 190 * mm
ADDRESS_TOP = 54 * mm  # from the top edge of the sheet
ADDRESS_BOTTOM = 84 * mm
RETURN_LINE_BASELINE = 52 * mm
FOLDS = (99 * mm, 198 * mm)  # from the top edge

ADDRESS_WIDTH = ADDRESS_RIGHT - ADDRESS_LEFT
ADDRESS_HEIGHT = ADDRESS_BOTTOM - ADDRESS_TOP

_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0)  # points; the address shrinks before it wraps too much


@dataclass(frozen=True)
class AddressBlock:
    lines: tuple[str, ...]
    font_size: float
    leading: float


def fit_address(lines: list[str], font: str) -> AddressBlock:
    """The address lines wrapped and sized to fit the address zone, or a clear refusal."""
    for size in _SIZES:
        leading = size * 1.3
        wrapped: list[str] = []
        for line in lines:
            for piece in simpleSplit(line, font, size, ADDRESS_WIDTH) or [""]:
                wrapped += _broken(piece, font, size)
        # The first line's ascent plus the following lines' leading must stay in the zone.
        if size * 0.9 + (len(wrapped) - 1) * leading + size * 0.25 <= ADDRESS_HEIGHT:
            return AddressBlock(tuple(wrapped), size, leading)
    raise TemplateError(
        "Het adres van de geadresseerde is te lang voor het venster van de enveloppe "
        f"({len(lines)} regels); kort het in tot ten hoogste 6 regels."
    )


# Where a word too wide for the window may break, as a person would write it on two lines:
# an e-mail address before its @ . - _ (the next line starts with the mark, so it is not taken
# for a hyphenation), a compound street or place name after its hyphen or slash.
_EMAIL_BREAKS_BEFORE = "@.-_"
_NAME_BREAKS_AFTER = "-/"


def _broken(piece: str, font: str, size: float) -> list[str]:
    """``piece`` in lines as wide as the window at most. Words wrap at spaces; a single word
    wider than the window (an e-mail address, a long compound street name) would run past
    the window, so it breaks at its last break that fits, else where it must."""
    lines: list[str] = []
    while stringWidth(piece, font, size) > ADDRESS_WIDTH:
        fits = 1
        while fits < len(piece) and stringWidth(piece[: fits + 1], font, size) <= ADDRESS_WIDTH:
            fits += 1
        if "@" in piece:
            natural = max(piece.rfind(mark, 1, fits + 1) for mark in _EMAIL_BREAKS_BEFORE)
        else:
            natural = max(piece.rfind(mark, 0, fits) for mark in _NAME_BREAKS_AFTER) + 1
        cut = natural if natural > 0 else fits
        lines.append(piece[:cut])
        piece = piece[cut:]
    return [*lines, piece]
