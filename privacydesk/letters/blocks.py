"""The blocks after a letter's body: the signature, the complaint block, and the footer
with the company's legal details (art. 2:20 of the Belgian Code of Companies)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from privacydesk.core.case import Language
from privacydesk.letters.context import LetterContext
from privacydesk.letters.layout import _p, _Styles, typeset
from privacydesk.letters.placeholders import complaint_lines, word
from privacydesk.letters.texts import phrases

ACCENT = colors.HexColor("#1a4d80")
GREY = colors.HexColor("#555555")


def signature(ctx: LetterContext, styles: _Styles) -> list[Flowable]:
    head = ctx.letterhead
    parts: list[Flowable] = [Spacer(1, 14 * mm)]
    if head.officer_name:
        parts.append(_p(head.officer_name, styles.signature_name))
    role = head.role_for(ctx.language)
    if role:
        parts.append(_p(role, styles.signature))
    parts.append(_p(head.controller_name, styles.signature))
    return parts


def complaint_box(ctx: LetterContext, styles: _Styles, width: float) -> list[Flowable]:
    title, lines, court = complaint_lines(ctx.language)
    lang = ctx.language
    content: list[Flowable] = [_p(typeset(title, lang), styles.box_title)]
    intro, name, *address = lines
    content.append(_p(typeset(intro, lang), styles.small))
    content.append(
        _p(name, ParagraphStyle("authority", parent=styles.small_tight, fontName=styles.bold))
    )
    content += [_p(line, styles.small_tight) for line in address]
    content.append(Spacer(1, 5))
    content.append(_p(typeset(court, lang), styles.small_tight))
    box = Table([[content]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f6fa")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return [Spacer(1, 9 * mm), KeepTogether([box])]


def business_line(ctx: LetterContext) -> str:
    """``Bimsoft BV · Maatschappelijke zetel: … · Ondernemingsnummer 0123.456.749 · RPR …``;
    empty parts are left out (issuing checks that none is missing)."""
    head = ctx.letterhead
    words = phrases(ctx.language)
    labels = word(words, "business")
    parts = [" ".join(p for p in (head.controller_name, head.legal_form) if p)]
    if head.registered_office:
        # French sets a space before the colon ("Siège social : …").
        colon = " :" if ctx.language is Language.FR else ":"
        parts.append(f"{labels['registered_office']}{colon} {head.registered_office}")
    if head.enterprise_number:
        parts.append(f"{labels['enterprise_number']} {head.enterprise_number}")
    register = head.register_for(ctx.language)
    if register:
        parts.append(register)
    return typeset(" · ".join(parts), ctx.language)


def draw_footer(canvas: Canvas, ctx: LetterContext, font: str, left: float, width: float) -> None:
    """The company's legal details at the foot of every page, small and grey."""
    line = business_line(ctx)
    canvas.saveState()
    canvas.setFont(font, 6.5)
    canvas.setFillColor(GREY)
    # Two lines at most; the page number ("Pagina x van y") stands to the right above them.
    words, lines, current = line.split(" "), [], ""
    for w in words:
        candidate = f"{current} {w}".strip()
        if current and canvas.stringWidth(candidate) > width:
            lines.append(current)
            current = w
        else:
            current = candidate
    lines.append(current)
    # Below the audit witness note (11 mm) that the last page of an issued letter carries.
    y = 6 * mm + 2.8 * mm * (len(lines[:2]) - 1)
    for text in lines[:2]:
        canvas.drawString(left, y, text)
        y -= 2.8 * mm
    canvas.restoreState()
