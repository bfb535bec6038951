"""Setting a letter's text: the styles, French spacing, paragraphs, bullets and headings."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from privacydesk.core.case import Language
from privacydesk.core.rights import Outcome
from privacydesk.letters.context import LetterContext
from privacydesk.letters.placeholders import outcome_heading
from privacydesk.letters.texts import phrases


class _Styles:
    def __init__(self, regular: str, bold: str) -> None:
        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle(
            "body",
            fontName=regular,
            fontSize=9.5,
            leading=13.5,
            alignment=TA_LEFT,
            spaceAfter=7,
            allowWidows=0,
            allowOrphans=0,
        )
        self.bullet = ParagraphStyle(
            "bullet", parent=self.body, leftIndent=12, bulletIndent=2, spaceAfter=2.5
        )
        self.heading = ParagraphStyle(
            "heading", parent=self.body, fontName=bold, spaceBefore=5, spaceAfter=2
        )
        self.subject = ParagraphStyle("subject", parent=self.body, fontName=bold, spaceAfter=11)
        self.signature = ParagraphStyle("signature", parent=self.body, spaceAfter=0)
        self.signature_name = ParagraphStyle("signature_name", parent=self.signature, fontName=bold)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11.5)
        self.small_tight = ParagraphStyle("small_tight", parent=self.small, spaceAfter=0)
        self.box_title = ParagraphStyle("box_title", parent=self.small, fontName=bold, spaceAfter=3)


_FRENCH_SPACES = re.compile(r" ([:;!?»])|(«) ")


def typeset(text: str, language: Language) -> str:
    """French puts a non-breaking space before : ; ! ? and inside « »."""
    if language is not Language.FR:
        return text
    return _FRENCH_SPACES.sub(
        lambda m: "\u00a0" + m.group(1) if m.group(1) else m.group(2) + "\u00a0", text
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def outcome_headings(ctx: LetterContext) -> set[str]:
    """The per-right headings the outcome text uses, so the layout can set them in bold."""
    words = phrases(ctx.language)
    return {
        typeset(outcome_heading(words, item.right, item.outcome), ctx.language)
        for item in ctx.case.rights
        if item.outcome is not Outcome.PENDING
    }


_LABEL = re.compile(r"^([^:.;]{1,60}?)((?:\s|\u00a0)?:)(\s)")


def _bullet(text: str, styles: _Styles) -> Paragraph:
    """A bullet; a short label before a colon ("Doeleinden: …") is set in bold."""
    match = _LABEL.match(text)
    if match:
        label, colon, space = match.groups()
        markup = f"<b>{escape(label)}</b>{escape(colon)}{space}{escape(text[match.end() :])}"
    else:
        markup = escape(text)
    return Paragraph(markup, styles.bullet, bulletText="•")


def _block_flowables(lines: list[str], styles: _Styles, headings: set[str]) -> list[Flowable]:
    flowables: list[Flowable] = []
    paragraph: list[str] = []
    in_list = False
    for line in [*lines, ""]:  # the empty line closes the block
        is_bullet = line.startswith(("- ", "• "))
        if paragraph and (is_bullet or line in headings or not line):
            flowables.append(_p("\n".join(paragraph), styles.body))
            paragraph = []
        if in_list and not is_bullet:
            flowables.append(Spacer(1, 4.5))  # air after the list, like after a paragraph
        in_list = is_bullet
        if is_bullet:
            flowables.append(_bullet(line[2:].strip(), styles))
        elif line in headings:
            flowables.append(_p(line, styles.heading))
        elif line:
            paragraph.append(line)
    return flowables


def body_flowables(text: str, styles: _Styles, headings: set[str] | None = None) -> list[Flowable]:
    """Blank lines separate paragraphs; a line starting with ``- `` is a bullet; a line that
    is exactly one of ``headings`` is set in bold."""
    flowables: list[Flowable] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        flowables += _block_flowables(lines, styles, headings or set())
    return flowables
