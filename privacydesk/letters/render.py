"""Laying out a letter as an A4 PDF with reportlab, for a Belgian window envelope.

Window envelopes (DL 110×220 mm and C5/6 114×229 mm with a right-hand window) put the
window about 20 mm from the right edge and 45–50 mm from the top, about 90 × 45 mm. The
addressee block is therefore drawn at 105 mm from the left and 52 mm from the top, within
85 × 38 mm, with the sender's return line just above it: it shows through either envelope
when the A4 sheet is folded in three.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from privacydesk.core.letter_kinds import LETTER_KIND_LABEL_NL, complaint_block_required
from privacydesk.letters.context import LetterContext
from privacydesk.letters.dates import date_line
from privacydesk.letters.templates import complaint_text, compose_text, phrases

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
WINDOW_LEFT = 105 * mm
WINDOW_TOP = 52 * mm
WINDOW_WIDTH = 85 * mm
WINDOW_HEIGHT = 38 * mm
BODY_TOP_FIRST = 100 * mm  # below the window and the date line
BODY_TOP_NEXT = 25 * mm
BOTTOM = 22 * mm

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"

_BODY = ParagraphStyle(
    "body", fontName=FONT, fontSize=10.5, leading=14.5, alignment=TA_LEFT, spaceAfter=7
)
_BULLET = ParagraphStyle("bullet", parent=_BODY, leftIndent=12, bulletIndent=2, spaceAfter=3)
_HEADING = ParagraphStyle("heading", parent=_BODY, fontName=FONT_BOLD, spaceAfter=3, spaceBefore=4)
_SUBJECT = ParagraphStyle("subject", parent=_BODY, fontName=FONT_BOLD, spaceAfter=12)
_SMALL = ParagraphStyle("small", parent=_BODY, fontSize=9, leading=12, spaceAfter=0)
_BOX_TITLE = ParagraphStyle("boxtitle", parent=_SMALL, fontName=FONT_BOLD, spaceAfter=2)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def body_flowables(text: str) -> list[object]:
    """Blank lines separate paragraphs; ``- `` starts a bullet; a short line ending in a
    colon right before bullets, or a line like ``Right …: granted``, reads as a heading."""
    flowables: list[object] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.rstrip() for line in block.strip("\n").split("\n") if line.strip()]
        if not lines:
            continue
        paragraph: list[str] = []
        for index, line in enumerate(lines):
            if line.lstrip().startswith("- "):
                if paragraph:
                    flowables.append(_p("\n".join(paragraph), _BODY))
                    paragraph = []
                flowables.append(Paragraph(escape(line.lstrip()[2:]), _BULLET, bulletText="•"))
            elif (
                index == 0
                and len(lines) > 1
                and not lines[1].lstrip().startswith("- ")
                and ": " in line
                and len(line) < 160
                and not line.endswith(".")
            ):
                flowables.append(_p(line, _HEADING))
            else:
                paragraph.append(line)
        if paragraph:
            flowables.append(_p("\n".join(paragraph), _BODY))
    return flowables


class _NumberedCanvas(Canvas):
    """Writes 'Page x of y' once the number of pages is known — only when there are several."""

    label = "Pagina {page} van {pages}"

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if total > 1:
                self.setFont(FONT, 8.5)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawRightString(
                    PAGE_WIDTH - RIGHT,
                    12 * mm,
                    self.label.format(page=self._pageNumber, pages=total),
                )
            super().showPage()
        super().save()


def _addressee_lines(ctx: LetterContext, words: dict[str, object]) -> list[str]:
    requester = ctx.case.requester
    if requester.representative:
        # The representative receives the letter, on the person's behalf.
        first = requester.representative
        second = str(words["on_behalf"]).format(name=requester.name)
        return [first, second, *requester.address.splitlines()]
    return [requester.name, *requester.address.splitlines()]


def _draw_first_page(canvas: Canvas, ctx: LetterContext) -> None:
    words = phrases(ctx.language)
    head = ctx.letterhead
    canvas.saveState()
    top = PAGE_HEIGHT - 18 * mm
    if head.logo_path and Path(head.logo_path).is_file():
        try:
            canvas.drawImage(
                head.logo_path,
                PAGE_WIDTH - RIGHT - 40 * mm,
                top - 18 * mm,
                width=40 * mm,
                height=20 * mm,
                preserveAspectRatio=True,
                anchor="ne",
                mask="auto",
            )
        except Exception:  # a broken logo must never stop a letter
            canvas.setFont(FONT_BOLD, 15)
    canvas.setFillColor(colors.HexColor("#1a4d80"))
    canvas.drawString(LEFT, top, head.controller_name)
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(colors.HexColor("#333333"))
    details = [*head.address_lines, head.emails]
    if head.phone:
        details.append(head.phone)
    for index, line in enumerate(details):
        canvas.drawString(LEFT, top - 5 * mm - index * 3.8 * mm, line)
    canvas.setStrokeColor(colors.HexColor("#1a4d80"))
    canvas.setLineWidth(0.6)
    line_y = top - 6 * mm - len(details) * 3.8 * mm
    canvas.line(LEFT, line_y, PAGE_WIDTH - RIGHT, line_y)

    # Return address and addressee, inside the envelope window.
    canvas.setFont(FONT, 7)
    canvas.setFillColor(colors.HexColor("#555555"))
    sender = " · ".join([head.controller_name, *head.address_lines])
    canvas.drawString(WINDOW_LEFT, PAGE_HEIGHT - WINDOW_TOP + 1 * mm, sender[:95])
    canvas.setFillColor(colors.black)
    text = canvas.beginText(WINDOW_LEFT, PAGE_HEIGHT - WINDOW_TOP - 5 * mm)
    text.setFont(FONT, 10.5)
    text.setLeading(13.5)
    for line in _addressee_lines(ctx, words)[:6]:
        text.textLine(line.strip())
    canvas.drawText(text)

    # Place and date, reference.
    canvas.setFont(FONT, 10.5)
    date_y = PAGE_HEIGHT - 92 * mm
    canvas.drawRightString(
        PAGE_WIDTH - RIGHT, date_y, date_line(head.place, ctx.issue_date, ctx.language)
    )
    canvas.setFont(FONT, 9.5)
    canvas.drawString(LEFT, date_y, f"{words['our_reference']}: {ctx.case.reference}")
    canvas.restoreState()


def _signature(ctx: LetterContext) -> list[object]:
    head = ctx.letterhead
    lines = [line for line in (head.officer_name, head.officer_role, head.controller_name) if line]
    return [
        Spacer(1, 10 * mm),
        KeepTogether([_p(line, _BODY if i else _HEADING) for i, line in enumerate(lines)]),
    ]


def _complaint_box(ctx: LetterContext) -> list[object]:
    words = phrases(ctx.language)
    box = Table(
        [
            [
                [
                    Paragraph(escape(str(words["complaint_title"])), _BOX_TITLE),
                    _p(complaint_text(ctx.language), _SMALL),
                ]
            ]
        ],
        colWidths=[PAGE_WIDTH - LEFT - RIGHT],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#1a4d80")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f6fa")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return [Spacer(1, 8 * mm), KeepTogether([box])]


def render_pdf(ctx: LetterContext, body: str | None = None) -> bytes:
    """The letter as PDF bytes; the same input gives the same bytes (reportlab invariant)."""
    text = compose_text(ctx) if body is None else body
    words = phrases(ctx.language)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=BODY_TOP_NEXT,
        bottomMargin=BOTTOM,
        title=f"{LETTER_KIND_LABEL_NL[ctx.kind]} {ctx.case.reference}",
        author=ctx.letterhead.controller_name,
        subject=ctx.case.reference,
        creator="PrivacyDesk",
        invariant=1,
    )
    width = PAGE_WIDTH - LEFT - RIGHT
    first = Frame(
        LEFT,
        BOTTOM,
        width,
        PAGE_HEIGHT - BODY_TOP_FIRST - BOTTOM,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
    )
    later = Frame(
        LEFT,
        BOTTOM,
        width,
        PAGE_HEIGHT - BODY_TOP_NEXT - BOTTOM,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
    )
    document.addPageTemplates(
        [
            PageTemplate(
                id="First",
                frames=[first],
                onPage=lambda c, _d: _draw_first_page(c, ctx),
                autoNextPageTemplate="Later",
            ),
            PageTemplate(id="Later", frames=[later]),
        ]
    )
    story: list[object] = [
        _p(f"{words['regarding']}: {words['subject'][ctx.kind.value]}", _SUBJECT)
    ]
    story += body_flowables(text)
    story += _signature(ctx)
    if complaint_block_required(ctx.kind, ctx.case):
        story += _complaint_box(ctx)

    class _Canvas(_NumberedCanvas):
        label = str(words["page"])

    document.build(story, canvasmaker=_Canvas)
    return buffer.getvalue()
