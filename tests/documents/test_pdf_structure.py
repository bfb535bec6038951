"""Intake weighs a PDF before anything renders it: cycles, page count, inflated size."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from privacydesk.documents.pdf_structure import MAX_PDF_INFLATED_BYTES, MAX_PDF_PAGES
from privacydesk.documents.sniffing import AttachmentError, check_attachment
from tests.documents.conftest import make_pdf
from tests.documents.hostile_pdfs import flate_bomb, many_pages, self_referencing_page_tree

LIMIT = 25 * 1024 * 1024


def test_the_hostile_files_are_what_they_claim_to_be() -> None:
    looping = self_referencing_page_tree()
    assert len(looping) < 1024
    # The page tree node is among its own kids.
    assert b"/Kids [2 0 R" in looping and b"2 0 obj\n<< /Type /Pages" in looping
    bomb = flate_bomb()
    assert len(bomb) < 1.1 * 1024 * 1024
    reader = PdfReader(io.BytesIO(bomb))
    assert reader.pages[0]["/Contents"].get_object()["/Filter"] == "/FlateDecode"


def test_a_page_tree_that_lists_itself_is_refused_with_a_sentence() -> None:
    with pytest.raises(AttachmentError) as refused:
        check_attachment("verzoek.pdf", self_referencing_page_tree(), max_bytes=LIMIT)
    assert str(refused.value) == (
        "'verzoek.pdf' is een beschadigde PDF: de lijst van pagina's verwijst naar "
        "zichzelf, en werd niet toegevoegd."
    )


def test_a_flate_bomb_is_refused_before_it_is_inflated_whole() -> None:
    with pytest.raises(AttachmentError) as refused:
        check_attachment("scan.pdf", flate_bomb(), max_bytes=LIMIT)
    message = str(refused.value)
    assert message.startswith("'scan.pdf' is een PDF die bij het openen onredelijk groot")
    assert f"{MAX_PDF_INFLATED_BYTES // (1024 * 1024)} MB" in message


def test_a_pdf_just_within_the_budget_is_taken_in() -> None:
    small_bomb = flate_bomb(decompressed=32 * 1024 * 1024)
    assert check_attachment("scan.pdf", small_bomb, max_bytes=LIMIT).content_type == (
        "application/pdf"
    )


def test_more_pages_than_a_request_has_are_refused() -> None:
    with pytest.raises(AttachmentError, match=r"meer dan 1\.000 pagina's"):
        check_attachment("boek.pdf", many_pages(MAX_PDF_PAGES + 1), max_bytes=LIMIT)
    assert check_attachment("bijlagen.pdf", many_pages(40), max_bytes=LIMIT).size > 0


def test_an_ordinary_pdf_still_passes() -> None:
    assert check_attachment("brief.pdf", make_pdf(), max_bytes=LIMIT).name == "brief.pdf"
