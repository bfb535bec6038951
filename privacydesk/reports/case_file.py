"""The case file for the GBA/APD or a court: one PDF with the case's data, its timeline from
the audit trail, the identity decision, and every issued letter as an annex with its hash.

An ID copy is never part of it: after verification the register keeps only the
verification record, and that record is what the file shows.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from privacydesk.reports.yearly import _fonts, _Styles, _table


@dataclass(frozen=True)
class Annex:
    title: str  # e.g. "Ontvangstbevestiging, 03/02/2026, door officer"
    sha256: str
    pdf: bytes


@dataclass(frozen=True)
class CaseFile:
    reference: str
    controller: str
    made_on: date
    facts: list[tuple[str, str]]  # label, value (Dutch)
    rights: list[tuple[str, str, str]]  # right, outcome, ground/note
    identity: list[tuple[str, str]]
    recipients: list[tuple[str, str, str]]
    inquiries: list[tuple[str, str, str, str]]  # kind, received, their reference, deadline
    timeline: list[tuple[datetime, str, str]]  # when, who, what
    documents: list[tuple[str, str, str]]  # name, role, sha256 (metadata only)
    annexes: list[Annex] = field(default_factory=list)
    witness: str = ""


def _front(case_file: CaseFile) -> bytes:
    s = _Styles()
    w = 170 * mm
    out = [
        Paragraph(escape(f"Dossier {case_file.reference}"), s.title),
        Paragraph(
            escape(
                f"{case_file.controller} — dossieroverzicht opgemaakt op "
                f"{case_file.made_on:%d/%m/%Y} voor de Gegevensbeschermingsautoriteit"
            ),
            s.subtitle,
        ),
        Paragraph("Gegevens van het verzoek", s.h2),
        _table([["Gegeven", ""], *[list(f) for f in case_file.facts]], [55 * mm, w - 55 * mm], s,
               numeric_from=2),
        Paragraph("Rechten en uitkomsten", s.h2),
        _table([["Recht", "Uitkomst", "Rechtsgrond / toelichting"],
                *[list(r) for r in case_file.rights]],
               [60 * mm, 35 * mm, w - 95 * mm], s, numeric_from=3),
        Paragraph("Identiteit", s.h2),
        _table([["Verificatieverslag", ""], *[list(i) for i in case_file.identity]],
               [55 * mm, w - 55 * mm], s,
               numeric_from=2),
        Paragraph(
            escape(
                "Kopieën van identiteitsdocumenten worden na de verificatie vernietigd "
                "(EDPB-richtsnoeren 01/2022 §79) en maken nooit deel uit van dit dossier; "
                "alleen het verificatieverslag hierboven blijft bewaard."
            ),
            s.small,
        ),
    ]  # fmt: skip
    if case_file.recipients:
        out += [
            Paragraph("Kennisgevingen aan ontvangers (art. 19 AVG)", s.h2),
            _table(
                [["Ontvanger", "Datum", "Hoe"], *[list(r) for r in case_file.recipients]],
                [80 * mm, 25 * mm, w - 105 * mm],
                s,
                numeric_from=3,
            ),
        ]
    if case_file.inquiries:
        out += [
            Paragraph("Vragen van de GBA of een rechtbank", s.h2),
            _table(
                [["Soort", "Ontvangen", "Kenmerk", "Uiterste datum"],
                 *[list(i) for i in case_file.inquiries]],
                [60 * mm, 25 * mm, 55 * mm, 30 * mm], s, numeric_from=4,
            ),
        ]  # fmt: skip
    out += [
        Paragraph("Tijdlijn uit het auditspoor", s.h2),
        _table(
            [
                ["Wanneer", "Wie", "Wat"],
                *[[f"{at:%d/%m/%Y %H:%M}", who, what] for at, who, what in case_file.timeline],
            ],
            [34 * mm, 28 * mm, w - 62 * mm],
            s,
            numeric_from=3,
        ),
    ]
    if case_file.documents:
        out += [
            Paragraph("Documenten in het register (niet bijgevoegd)", s.h2),
            _table(
                [["Naam", "Rol", "SHA-256"], *[list(d) for d in case_file.documents]],
                [60 * mm, 35 * mm, w - 95 * mm],
                s,
                numeric_from=3,
            ),
        ]
    out += [Paragraph("Bijlagen: uitgegeven brieven", s.h2)]
    if case_file.annexes:
        out.append(
            _table(
                [
                    ["Bijlage", "Brief", "SHA-256 van de uitgegeven PDF"],
                    *[
                        [str(n), annex.title, annex.sha256]
                        for n, annex in enumerate(case_file.annexes, start=1)
                    ],
                ],
                [18 * mm, 62 * mm, w - 80 * mm],
                s,
                numeric_from=3,
            )
        )
        out.append(
            Paragraph(
                escape(
                    "Elke bijlage volgt hierna ongewijzigd, zoals ze werd uitgegeven; de hash "
                    "laat toe na te gaan dat ze niet veranderde."
                ),
                s.small,
            )
        )
    else:
        out.append(Paragraph("Er werden geen brieven uitgegeven.", s.body))
    if case_file.witness:
        out += [Spacer(0, 6), Paragraph(escape(case_file.witness), s.mono)]

    regular, _bold = _fonts()
    buffer = io.BytesIO()

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.drawString(20 * mm, 10 * mm, f"{case_file.controller} — {case_file.reference}")
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"{canvas.getPageNumber()}")
        canvas.restoreState()

    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Dossier {case_file.reference}",
        author=case_file.controller,
    ).build(out, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def render_case_file(case_file: CaseFile) -> bytes:
    """The overview followed by each issued letter's own pages, unchanged."""
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(_front(case_file))))
    for number, annex in enumerate(case_file.annexes, start=1):
        writer.append(
            PdfReader(io.BytesIO(annex.pdf)), outline_item=f"Bijlage {number}: {annex.title}"
        )
    writer.add_metadata({"/Title": f"Dossier {case_file.reference}"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
