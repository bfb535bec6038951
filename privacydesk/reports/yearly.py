"""The yearly accountability report as an A4 PDF, with charts (reportlab.graphics).

Everything it says comes from :class:`privacydesk.core.report.YearFigures`; this module
only lays it out, in the language asked for.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from privacydesk.core.report import OutcomeGroup, YearFigures
from privacydesk.reports import texts
from privacydesk.resources import resource_path

ACCENT = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#dce6f1")
LATE = colors.HexColor("#c0504d")
GRID = colors.HexColor("#b7c4d1")


@dataclass(frozen=True)
class Witness:
    """The audit chain's head when the report was made (number of events, last hash)."""

    events: int
    head_hash: str


@dataclass(frozen=True)
class ReportHeader:
    controller: str
    officer: str
    made_on: date


@lru_cache(maxsize=1)
def _fonts() -> tuple[str, str]:
    regular, bold = "PrivacyDesk-Report", "PrivacyDesk-Report-Bold"
    pdfmetrics.registerFont(TTFont(regular, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(bold, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold)
    return regular, bold


class _Styles:
    def __init__(self) -> None:
        regular, bold = _fonts()
        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=11)
        self.title = ParagraphStyle(
            "title", fontName=bold, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=4
        )
        self.subtitle = ParagraphStyle("subtitle", parent=self.small, spaceAfter=10)
        self.h2 = ParagraphStyle(
            "h2", fontName=bold, fontSize=11.5, leading=15, textColor=ACCENT,
            spaceBefore=10, spaceAfter=5, keepWithNext=1,
        )  # fmt: skip
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.cell_head_small = ParagraphStyle(
            "cell_head_small", parent=self.cell_bold, fontSize=7.5, leading=9.5
        )
        self.mono = ParagraphStyle("mono", parent=self.small, fontName="Courier", fontSize=8)


def _table(
    rows: list[list[str]],
    widths: list[float],
    styles: _Styles,
    *,
    numeric_from: int = 1,
    small_header: bool = False,
) -> Table:
    head = styles.cell_head_small if small_header else styles.cell_bold
    cells = [
        [Paragraph(escape(text), head if r == 0 else styles.cell) for text in row]
        for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    table.setStyle(TableStyle(commands))
    for row in cells:
        for cell in row[numeric_from:]:
            cell.style = ParagraphStyle("num", parent=cell.style, alignment=2)
    return table


def _month_chart(figures: YearFigures, language: str, styles: _Styles) -> Drawing:
    drawing = Drawing(170 * mm, 52 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, 8 * mm
    chart.width, chart.height = 155 * mm, 40 * mm
    chart.data = [list(figures.per_month)]
    chart.categoryAxis.categoryNames = texts.MONTHS[language]
    chart.categoryAxis.labels.fontName = styles.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = styles.regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = max(figures.per_month, default=0)
    chart.valueAxis.valueMax = max(4, top + 1)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.fontName = styles.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


def _bar_chart(items: list[tuple[str, int]], styles: _Styles) -> Drawing:
    """Horizontal bars, longest first, labelled; height follows the number of bars."""
    row = 6.5 * mm
    drawing = Drawing(170 * mm, row * len(items) + 6 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y = 68 * mm, 3 * mm
    chart.width, chart.height = 95 * mm, row * len(items)
    chart.data = [[count for _label, count in reversed(items)]]
    chart.categoryAxis.categoryNames = [label for label, _count in reversed(items)]
    chart.categoryAxis.labels.fontName = styles.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, max((c for _l, c in items), default=1)) * 1.12
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = styles.regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _on_time_bar(on_time: int, late: int, language: str, styles: _Styles) -> Drawing:
    """One stacked bar: the share answered on time (blue) and late (red)."""
    t = texts.TEXT[language]
    width = 160 * mm
    drawing = Drawing(width, 12 * mm)
    total = on_time + late
    if not total:
        return drawing
    from reportlab.graphics.shapes import Rect

    split = width * on_time / total
    drawing.add(Rect(0, 4 * mm, split, 6 * mm, fillColor=ACCENT, strokeColor=None))
    drawing.add(Rect(split, 4 * mm, width - split, 6 * mm, fillColor=LATE, strokeColor=None))
    colon = "\u00a0: " if language == "fr" else ": "  # French sets a space before a colon
    label = f"{t['on_time']}{colon}{on_time} ({_percent(on_time, total, language)})"
    drawing.add(String(2, 0, label, fontName=styles.regular, fontSize=7.5))
    if late:
        late_label = f"{t['late']}{colon}{late}"
        drawing.add(
            String(width, 0, late_label, fontName=styles.regular, fontSize=7.5, textAnchor="end")
        )
    return drawing


def _percent(part: int, whole: int, language: str) -> str:
    value = f"{100 * part / whole:.0f}"
    return f"{value}%" if language == "en" else f"{value}\u00a0%"


def _with_share(part: int, whole: int, language: str) -> str:
    return f"{part} ({_percent(part, whole, language)})" if whole else str(part)


def _num(value: float | int | None, language: str) -> str:
    if value is None:
        return texts.TEXT[language]["none"]
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if language in ("nl", "fr") else text


def _flowables(
    figures: YearFigures, language: str, header: ReportHeader, witness: Witness
) -> list[Flowable]:
    t = texts.TEXT[language]
    s = _Styles()
    year = figures.year
    made_on = header.made_on.strftime("%d/%m/%Y")
    out: list[Flowable] = [
        Paragraph(escape(t["title"].format(year=year)), s.title),
        Paragraph(
            escape(
                t["subtitle"].format(controller=header.controller, day=made_on)
                + (t["by"].format(officer=header.officer) if header.officer.strip() else "")
            ),
            s.subtitle,
        ),
        Paragraph(escape(t["intro"].format(year=year, controller=header.controller)), s.body),
    ]

    timing = figures.timing
    key = [
        [t["key"], ""],
        [t["received"], str(figures.requests)],
        [t["answered"].format(year=year), str(timing.answered)],
        [t["on_time"], _with_share(timing.on_time, timing.answered, language)],
        [t["late"], _with_share(timing.late, timing.answered, language)],
        [t["median"], _num(timing.median_days, language)],
        [t["p90"], _num(timing.p90_days, language)],
        [t["extended"], str(figures.extended)],
        [t["open"].format(day=figures.open_on.strftime("%d/%m/%Y")), str(figures.open_at_year_end)],
    ]
    out += [Spacer(0, 8), _table(key, [120 * mm, 30 * mm], s)]

    out += [
        KeepTogether([Paragraph(escape(t["months"]), s.h2), _month_chart(figures, language, s)])
    ]

    rights = sorted(figures.per_right.items(), key=lambda item: (-item[1], item[0].value))
    right_items = [(texts.RIGHTS[language][r], n) for r, n in rights]
    channels = sorted(figures.per_channel.items(), key=lambda item: (-item[1], item[0].value))
    channel_items = [(texts.CHANNELS[language][c], n) for c, n in channels]
    if right_items:
        out.append(
            KeepTogether([Paragraph(escape(t["per_right"]), s.h2), _bar_chart(right_items, s)])
        )
    if channel_items:
        out.append(
            KeepTogether([Paragraph(escape(t["per_channel"]), s.h2), _bar_chart(channel_items, s)])
        )

    groups = [g for g in OutcomeGroup if any(g in o for o in figures.outcomes.values())]
    if groups:
        head = [t["right"], *(texts.OUTCOMES[language][g] for g in groups)]
        rows = [head]
        for right, _n in rights:
            counts = figures.outcomes.get(right, {})
            rows.append(
                [texts.RIGHTS[language][right], *(str(counts.get(g, 0) or "") for g in groups)]
            )
        first = 60 * mm
        rest = (170 * mm - first) / len(groups)
        out.append(
            KeepTogether(
                [
                    Paragraph(escape(t["outcomes"]), s.h2),
                    _table(rows, [first, *([rest] * len(groups))], s, small_header=True),
                ]
            )
        )
    out.append(Paragraph(escape(t["grounds"]), s.h2))
    if figures.refusal_grounds:
        grounds = sorted(figures.refusal_grounds.items(), key=lambda i: (-i[1], i[0].value))
        rows = [[t["ground"], t["count"]]] + [
            [texts.ground_label(language, g), str(n)] for g, n in grounds
        ]
        out.append(_table(rows, [140 * mm, 25 * mm], s))
    else:
        out.append(Paragraph(escape(t["no_refusals"]), s.body))

    timing_block: list[Flowable] = [Paragraph(escape(t["timing"]), s.h2)]
    if timing.answered:
        timing_block += [
            Paragraph(
                escape(
                    t["timing_text"].format(
                        answered=timing.answered,
                        year=year,
                        on_time=timing.on_time,
                        late=timing.late,
                        median=_num(timing.median_days, language),
                        p90=_num(timing.p90_days, language),
                    )
                ),
                s.body,
            ),
            Spacer(0, 4),
            _on_time_bar(timing.on_time, timing.late, language, s),
        ]
    else:
        timing_block.append(Paragraph(escape(t["no_answers"].format(year=year)), s.body))
    out.append(KeepTogether(timing_block))

    out += [
        Paragraph(escape(t["extensions"]), s.h2),
        Paragraph(escape(t["extensions_text"].format(count=figures.extended)), s.body),
    ]
    if figures.extension_reasons:
        rows = [[t["reason"], t["count"]]] + [
            [reason or t["reason_removed"], str(n)] for reason, n in figures.extension_reasons
        ]
        out += [Spacer(0, 4), _table(rows, [140 * mm, 25 * mm], s)]

    out += [
        Paragraph(escape(t["identity"]), s.h2),
        Paragraph(
            escape(t["identity_text"].format(requested=figures.identification_requested)),
            s.body,
        ),
    ]
    if figures.settlements:
        settled = sorted(figures.settlements.items(), key=lambda i: (-i[1], i[0].value))
        rows = [[t["settlement"], t["count"]]] + [
            [texts.SETTLEMENTS[language][k], str(n)] for k, n in settled
        ]
        out += [Spacer(0, 4), _table(rows, [140 * mm, 25 * mm], s)]
    purge_text = (
        t["purges"].format(
            count=figures.id_copies_purged,
            median=_num(figures.purge_days_median, language),
            max=_num(figures.purge_days_max, language),
        )
        if figures.id_copies_purged
        else t["no_purges"].format(year=year)
    )
    out += [Spacer(0, 4), Paragraph(escape(purge_text), s.body)]

    out += [
        Paragraph(escape(t["art19"]), s.h2),
        Paragraph(
            escape(
                t["art19_text"].format(
                    count=figures.recipient_notices, year=year, cases=figures.cases_with_notices
                )
            ),
            s.body,
        ),
        Paragraph(escape(t["inquiries"]), s.h2),
    ]
    if figures.inquiries:
        rows = [["", t["count"]]] + [
            [texts.INQUIRIES[language][k], str(n)] for k, n in sorted(figures.inquiries.items())
        ]
        out += [
            _table(rows, [140 * mm, 25 * mm], s),
            Spacer(0, 3),
            Paragraph(
                escape(t["inquiries_late"].format(count=figures.inquiries_answered_late)), s.body
            ),
        ]
    else:
        out.append(Paragraph(escape(t["no_inquiries"].format(year=year)), s.body))

    pause = (
        t["rule_pause_on"].format(days=figures.rules.max_request_delay_days)
        if figures.rules.enabled
        else t["rule_pause_off"]
    )
    out += [
        Paragraph(escape(t["rules"]), s.h2),
        Paragraph(escape(t["rule_months"]), s.small),
        Spacer(0, 3),
        Paragraph(escape(pause), s.small),
        Spacer(0, 3),
        Paragraph(escape(t["rule_counting"].format(year=year)), s.small),
        KeepTogether(
            [
                Paragraph(escape(t["witness"]), s.h2),
                Paragraph(escape(t["witness_text"].format(events=witness.events)), s.small),
                Spacer(0, 2),
                Paragraph(escape(f"#{witness.events} {witness.head_hash or '—'}"), s.mono),
                Spacer(0, 2),
                Paragraph(escape(t["witness_check"]), s.small),
            ]
        ),
    ]
    return out


def render_yearly_report(
    figures: YearFigures, language: str, header: ReportHeader, witness: Witness
) -> bytes:
    if language not in texts.LANGUAGES:
        raise ValueError(f"unknown report language {language!r}")
    t = texts.TEXT[language]
    regular, _bold = _fonts()
    buffer = io.BytesIO()
    title = t["title"].format(year=figures.year)

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 10 * mm, f"{header.controller} — {title}")
        canvas.drawRightString(
            A4[0] - 20 * mm, 10 * mm, t["page"].format(page=canvas.getPageNumber())
        )
        # The shortened head, as on letters: `verify-audit --witness` reads it back.
        canvas.drawRightString(
            A4[0] - 20 * mm,
            6.5 * mm,
            f"PrivacyDesk audit #{witness.events} {witness.head_hash[:16]}",
        )
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=header.controller,
        subject=f"Art. 38(3), 39 GDPR — {figures.year}",
    )
    doc.build(
        _flowables(figures, language, header, witness), onFirstPage=footer, onLaterPages=footer
    )
    return buffer.getvalue()
