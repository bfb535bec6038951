"""A realistic case to write letters about, built from plain values (no register needed)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from privacydesk.core.case import (
    CaseRecord,
    Channel,
    Language,
    RecipientNotice,
    Requester,
    RightRequest,
)
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.settings import Settings
from privacydesk.core.workflow import Status
from privacydesk.letters.context import LetterContext, Letterhead

ISSUE_DATE = date(2026, 11, 25)

# A Belgian company's legal details, as every letter must show them (issue 12 item 9).
BUSINESS: dict[str, str] = {
    "legal_form": "BV",
    "enterprise_number": "BE 0123.456.749",
    "legal_entities_register": "RPR Gent, afdeling Kortrijk",
    "legal_entities_register_fr": "RPM Gand, division Courtrai",
    "legal_entities_register_en": "RLE Ghent, Kortrijk division",
}


def make_case(**changes: object) -> CaseRecord:
    case = CaseRecord(
        id=1,
        reference="PD-2026-0042",
        requester=Requester(
            name="Éloïse Françoise Dubois-Mérö",
            address="Kerkstraat 12 bus 3\n9000 Gent",
            email="eloise@example.be",
            language=Language.NL,
        ),
        channel=Channel.EMAIL,
        received=date(2026, 11, 2),
        status=Status.EXTENDED,
        rights=(
            RightRequest(Right.ACCESS, "Kopie van mijn gegevens", Outcome.GRANTED),
            RightRequest(Right.ERASURE, "Wis alles", Outcome.REFUSED, LegalGround.LEGAL_OBLIGATION),
        ),
        extended=True,
        extension_reasons="Gegevens in drie systemen, veel verzoeken tegelijk (€ 0 kosten).",
        recipients=(RecipientNotice("Boekhoudkantoor Vandamme bv", date(2026, 11, 24), "e-mail"),),
    )
    return replace(case, **changes)  # type: ignore[arg-type]


def make_context(
    kind: LetterKind,
    language: Language = Language.NL,
    case: CaseRecord | None = None,
    **changes: object,
) -> LetterContext:
    settings = replace(Settings(), officer_name="An Vermeersch", **BUSINESS)
    context = LetterContext(
        case=case or make_case(),
        kind=kind,
        language=language,
        issue_date=ISSUE_DATE,
        letterhead=Letterhead.from_settings(settings),
        due=date(2027, 2, 2),
        first_due=date(2026, 12, 2),
        deadline_rule="Eén maand vanaf ontvangst (art. 12(3) AVG), verlengd met twee maanden; "
        "klok niet gepauzeerd.",
        missing_items=("signature", "id_copy"),
        no_action_reasons="Uw verzoek is identiek aan dat van 3 november, dat volledig beantwoord werd.",
        no_action_ground=LegalGround.EXCESSIVE,
    )
    return replace(context, **changes)  # type: ignore[arg-type]


def pdf_text(pdf: bytes) -> str:
    """What the letter says, read back from the PDF, with line breaks folded to spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split())


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


MM = 72 / 25.4


def text_positions(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """Each piece of text on a page with where it starts: (text, mm from the left edge,
    mm from the top edge) — for checking what shows through the envelope window."""
    reader = PdfReader(io.BytesIO(pdf))
    height = float(reader.pages[page].mediabox.height)
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x / MM, (height - y) / MM))

    reader.pages[page].extract_text(visitor_text=visit)
    return found


@pytest.fixture
def case() -> CaseRecord:
    return make_case()
