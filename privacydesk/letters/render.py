"""A letter as an A4 PDF (reportlab platypus), ready for a Belgian window envelope.

Page one: the letterhead (logo, controller, address, contact), the sender's return line and
the addressee inside the envelope window (see :mod:`privacydesk.letters.envelope` for the
figures), fold marks, the reference and the place-and-date line, then the subject and the
body. After the body: the signature block and, where the law wants it, the complaint block.
Letters of several pages carry "Pagina x van y" and a running header; one-page letters
carry neither. The same input always gives the same bytes (reportlab ``invariant``).
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
)

from privacydesk.core.letter_kinds import complaint_block_required
from privacydesk.core.messages import message
from privacydesk.letters import envelope
from privacydesk.letters.blocks import ACCENT, GREY, complaint_box, draw_footer, signature
from privacydesk.letters.context import LetterContext
from privacydesk.letters.dates import date_line, format_date
from privacydesk.letters.errors import MissingPlaceholderError
from privacydesk.letters.fonts import register_fonts
from privacydesk.letters.layout import (
    _p,
    _Styles,
    body_flowables,
    outcome_headings,
    typeset,
)
from privacydesk.letters.placeholders import PLACEHOLDER_HELP_NL, word
from privacydesk.letters.templates import compose_text
from privacydesk.letters.texts import phrases

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
HEAD_TOP = 15 * mm  # the controller's name, from the top edge
LOGO_BOX = (50 * mm, 20 * mm)  # at most, in the top right corner
REFERENCE_TOP = 92 * mm  # reference and date line, below the envelope window
BODY_TOP_FIRST = 104 * mm
BODY_TOP_NEXT = 22 * mm
BOTTOM = 20 * mm


def _addressee_lines(ctx: LetterContext) -> list[str]:
    requester = ctx.case.requester
    words = phrases(ctx.language)
    if not requester.name.strip():
        raise MissingPlaceholderError(["requester_name"], PLACEHOLDER_HELP_NL)
    if requester.representative.strip():
        # A request made through a representative is answered to the representative, at
        # the representative's own address (the letter names the client in its text).
        office = [line.strip() for line in requester.representative_address.splitlines()]
        if not any(office):
            raise MissingPlaceholderError(
                ["representative_address"],
                {"representative_address": message("het postadres van de vertegenwoordiger")},
            )
        return [requester.representative.strip(), *(line for line in office if line)]
    address = [line.strip() for line in requester.address.splitlines() if line.strip()]
    if not address:
        if not requester.email.strip():
            raise MissingPlaceholderError(
                ["requester_address"],
                {"requester_address": message("het postadres of e-mailadres van de geadresseerde")},
            )
        address = [str(word(words, "email_only")).format(email=requester.email.strip())]
    return [requester.name.strip(), *address]


def _draw_logo(canvas: Canvas, path: str) -> float:
    """The logo in the top right corner; its height, or 0 when there is none (a broken
    logo never stops a letter: the preview shows it is missing)."""
    if not path:
        return 0.0
    try:
        image = ImageReader(path)
        width, height = (float(v) for v in image.getSize())
    except Exception:
        return 0.0
    box_w, box_h = LOGO_BOX
    scale = min(box_w / width, box_h / height)
    w, h = width * scale, height * scale
    canvas.drawImage(image, PAGE_WIDTH - RIGHT - w, PAGE_HEIGHT - 10 * mm - h, w, h, mask="auto")
    return float(10 * mm + h)


def _draw_first_page(
    canvas: Canvas, ctx: LetterContext, styles: _Styles, block: envelope.AddressBlock
) -> None:
    head = ctx.letterhead
    words = phrases(ctx.language)
    canvas.saveState()
    logo_bottom = _draw_logo(canvas, head.logo_path)

    # Letterhead: name, address, contact.
    y = PAGE_HEIGHT - HEAD_TOP
    canvas.setFillColor(ACCENT)
    canvas.setFont(styles.bold, 15)
    canvas.drawString(LEFT, y, head.controller_name)
    canvas.setFont(styles.regular, 8.5)
    canvas.setFillColor(colors.HexColor("#333333"))
    contact = " · ".join([*head.emails, *([head.phone] if head.phone else [])])
    y -= 5.5 * mm
    for line in [*head.address_lines, contact]:
        if line:
            canvas.drawString(LEFT, y, line)
            y -= 3.8 * mm
    rule_y = min(y + 1.5 * mm, PAGE_HEIGHT - logo_bottom - 2.5 * mm)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, rule_y, PAGE_WIDTH - RIGHT, rule_y)

    # Return line and addressee, inside the envelope window.
    canvas.setFont(styles.regular, 6.5)
    canvas.setFillColor(GREY)
    sender = " · ".join([head.controller_name, *head.address_lines])
    while len(sender) > 4 and canvas.stringWidth(sender) > envelope.ADDRESS_WIDTH:
        sender = sender[:-2].rstrip() + "…"
    canvas.drawString(envelope.ADDRESS_LEFT, PAGE_HEIGHT - envelope.RETURN_LINE_BASELINE, sender)
    canvas.setFillColor(colors.black)
    text = canvas.beginText(
        envelope.ADDRESS_LEFT, PAGE_HEIGHT - envelope.ADDRESS_TOP - block.font_size * 0.9
    )
    text.setFont(styles.regular, block.font_size, block.leading)
    for line in block.lines:
        text.textLine(line)
    canvas.drawText(text)

    # Fold marks for the window envelope.
    canvas.setStrokeColor(colors.HexColor("#999999"))
    canvas.setLineWidth(0.3)
    for fold in envelope.FOLDS:
        canvas.line(6 * mm, PAGE_HEIGHT - fold, 10 * mm, PAGE_HEIGHT - fold)

    # Reference, the request's date, place and date.
    canvas.setFillColor(colors.black)
    canvas.setFont(styles.regular, 8.5)
    y = PAGE_HEIGHT - REFERENCE_TOP
    reference = str(word(words, "reference_line")).format(reference=ctx.case.reference)
    canvas.drawString(LEFT, y, typeset(reference, ctx.language))
    # "Your request of <date>": the request's own date when known, else its receipt.
    request = str(word(words, "request_line")).format(
        date=format_date(ctx.case.letter_date or ctx.case.received, ctx.language)
    )
    canvas.drawString(LEFT, y - 4 * mm, typeset(request, ctx.language))
    canvas.setFont(styles.regular, 9.5)
    canvas.drawRightString(
        PAGE_WIDTH - RIGHT, y, date_line(head.place, ctx.issue_date, ctx.language)
    )
    canvas.restoreState()


def _draw_later_page(canvas: Canvas, ctx: LetterContext, styles: _Styles) -> None:
    canvas.saveState()
    canvas.setFont(styles.regular, 8)
    canvas.setFillColor(GREY)
    y = PAGE_HEIGHT - 13 * mm
    canvas.drawString(LEFT, y, f"{ctx.letterhead.controller_name} · {ctx.case.reference}")
    canvas.drawRightString(
        PAGE_WIDTH - RIGHT, y, date_line(ctx.letterhead.place, ctx.issue_date, ctx.language)
    )
    canvas.restoreState()


def _numbered_canvas(label: str, font: str, last_page_note: str = "") -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Writes "Pagina x van y" once the number of pages is known — only when there
        are several."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                if total > 1:
                    self.setFont(font, 8)
                    self.setFillColor(GREY)
                    self.drawRightString(
                        PAGE_WIDTH - RIGHT,
                        11 * mm,
                        label.format(page=self._pageNumber, pages=total),
                    )
                if last_page_note and self._pageNumber == total:
                    self.setFont(font, 6)
                    self.setFillColor(GREY)
                    self.drawString(LEFT, 11 * mm, last_page_note)
                super().showPage()
            super().save()

    return NumberedCanvas


def render_pdf(ctx: LetterContext, body: str | None = None, *, last_page_note: str = "") -> bytes:
    """The letter as PDF bytes. ``body`` is the officer's edited text; without it the
    template is filled (and a missing value raises before anything is drawn).
    ``last_page_note`` is printed small in the last page's footer (the audit witness)."""
    text = compose_text(ctx) if body is None else body
    regular, bold = register_fonts()
    styles = _Styles(regular, bold)
    words = phrases(ctx.language)
    # Refuse an unaddressable letter before laying anything out.
    block = envelope.fit_address(_addressee_lines(ctx), regular)
    if not ctx.letterhead.controller_name:
        raise MissingPlaceholderError(["controller_name"], PLACEHOLDER_HELP_NL)
    subject = str(word(words, "subject", ctx.kind.value))

    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=BODY_TOP_NEXT,
        bottomMargin=BOTTOM,
        title=f"{subject} ({ctx.case.reference})",
        author=ctx.letterhead.controller_name,
        subject=ctx.case.reference,
        creator="PrivacyDesk",
        lang=ctx.language.value,
        invariant=1,
    )
    frame_args = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first = Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - BODY_TOP_FIRST - BOTTOM, **frame_args)
    later = Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - BODY_TOP_NEXT - BOTTOM, **frame_args)

    def first_page(canvas: Canvas, _doc: object) -> None:
        _draw_first_page(canvas, ctx, styles, block)
        draw_footer(canvas, ctx, regular, LEFT, TEXT_WIDTH - 30 * mm)

    def later_page(canvas: Canvas, _doc: object) -> None:
        _draw_later_page(canvas, ctx, styles)
        draw_footer(canvas, ctx, regular, LEFT, TEXT_WIDTH - 30 * mm)

    document.addPageTemplates(
        [
            PageTemplate(
                id="First",
                frames=[first],
                onPage=first_page,
                autoNextPageTemplate="Later",
            ),
            PageTemplate(
                id="Later",
                frames=[later],
                onPage=later_page,
            ),
        ]
    )
    subject_line = str(word(words, "subject_line")).format(subject=subject)
    story: list[Flowable] = [_p(typeset(subject_line, ctx.language), styles.subject)]
    body_parts = body_flowables(typeset(text, ctx.language), styles, outcome_headings(ctx))
    signed = signature(ctx, styles)
    if body_parts:
        # The closing formula never stands alone above a signature on the next page.
        story += body_parts[:-1]
        story.append(KeepTogether([body_parts[-1], *signed]))
    else:
        story += signed
    if complaint_block_required(ctx.kind, ctx.case):
        story += complaint_box(ctx, styles, TEXT_WIDTH)
    document.build(
        story, canvasmaker=_numbered_canvas(str(word(words, "page")), regular, last_page_note)
    )
    return buffer.getvalue()
