"""Small, real files made in the test: a PDF, images, e-mails."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.pdfgen import canvas


def make_pdf(text: str = "Verzoek tot inzage") -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def make_image(fmt: str, size: tuple[int, int] = (40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format=fmt)
    return buffer.getvalue()


@pytest.fixture
def pdf_bytes() -> bytes:
    return make_pdf()
