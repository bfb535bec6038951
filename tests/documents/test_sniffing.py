"""Taking in files: the right ones are accepted, bad ones refused with a clear sentence."""

from __future__ import annotations

import hashlib
import struct
import zlib

import pytest

from privacydesk.documents.sniffing import (
    AttachmentError,
    check_attachment,
    safe_display_name,
    sniff_content_type,
)
from tests.documents.conftest import make_image, make_pdf

LIMIT = 25 * 1024 * 1024


@pytest.mark.parametrize(
    ("name", "data", "content_type"),
    [
        ("verzoek.pdf", make_pdf(), "application/pdf"),
        ("id-voorzijde.jpg", make_image("JPEG"), "image/jpeg"),
        ("id-achterzijde.png", make_image("PNG"), "image/png"),
        ("scan.tif", make_image("TIFF"), "image/tiff"),
        (
            "mail.eml",
            b"From: Jan <jan@example.be>\r\nSubject: inzage\r\n\r\nHallo",
            "message/rfc822",
        ),
    ],
)
def test_good_files_are_accepted_with_their_real_type_and_hash(
    name: str, data: bytes, content_type: str
) -> None:
    accepted = check_attachment(name, data, max_bytes=LIMIT)
    assert accepted.content_type == content_type
    assert accepted.sha256 == hashlib.sha256(data).hexdigest()
    assert accepted.size == len(data)


def test_the_type_comes_from_the_bytes_not_the_name() -> None:
    accepted = check_attachment("scan.pdf", make_image("PNG"), max_bytes=LIMIT)
    assert accepted.content_type == "image/png"


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(AttachmentError, match="leeg"):
        check_attachment("leeg.pdf", b"", max_bytes=LIMIT)


def test_a_file_over_the_limit_is_refused_naming_the_limit() -> None:
    with pytest.raises(AttachmentError, match="limiet is 1 MB"):
        check_attachment("groot.pdf", make_pdf() + b"\0" * 2_000_000, max_bytes=1024 * 1024)


def test_an_executable_named_pdf_is_refused_for_what_it_is() -> None:
    fake = b"MZ\x90\x00" + b"\0" * 200 + b"This program cannot be run in DOS mode"
    with pytest.raises(AttachmentError, match="Windows-programma"):
        check_attachment("verzoek.pdf", fake, max_bytes=LIMIT)


def test_a_truncated_pdf_is_refused() -> None:
    pdf = make_pdf()
    with pytest.raises(AttachmentError, match="onvolledige of beschadigde PDF"):
        check_attachment("verzoek.pdf", pdf[: len(pdf) // 2], max_bytes=LIMIT)


def test_a_pdf_with_a_damaged_inside_is_refused() -> None:
    pdf = make_pdf()
    damaged = pdf[:9] + b"\x00" * (len(pdf) - 200) + pdf[-191:]
    with pytest.raises(AttachmentError, match="beschadigde PDF"):
        check_attachment("verzoek.pdf", damaged, max_bytes=LIMIT)


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("size", [(100_000, 100_000), (12_000, 9_000)])
def test_an_image_that_would_decode_to_gigabytes_is_refused_before_decoding(
    size: tuple[int, int],
) -> None:
    with pytest.raises(AttachmentError, match="groot"):
        check_attachment("bom.png", _png_header_only(*size), max_bytes=LIMIT)


def test_a_truncated_image_is_refused() -> None:
    jpeg = make_image("JPEG", (400, 300))
    with pytest.raises(AttachmentError, match="beschadigde of onvolledige afbeelding"):
        check_attachment("id.jpg", jpeg[: len(jpeg) // 2], max_bytes=LIMIT)


def test_unknown_content_is_refused() -> None:
    with pytest.raises(AttachmentError, match="niet aanvaardt"):
        check_attachment("notities.txt", b"gewone tekst zonder kopregels", max_bytes=LIMIT)
    assert sniff_content_type(b"PK\x03\x04rest") is None


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Kopie identiteitskaart – Éloïse.pdf", "Kopie identiteitskaart – Éloïse.pdf"),
        ("..\\..\\Windows\\system32\\evil.pdf", "evil.pdf"),
        ("/etc/passwd", "passwd"),
        ("factuur\u202egpj.exe", "factuurgpj.exe"),  # right-to-left override trick
        ('a<b>c:"d"|e?.pdf', "a b c d e .pdf"),
        ("verzoek.pdf. . ", "verzoek.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("\x00\x07", "document"),
    ],
)
def test_odd_names_become_safe_names(name: str, safe: str) -> None:
    assert safe_display_name(name) == safe


def test_very_long_names_keep_their_extension() -> None:
    safe = safe_display_name("é" * 300 + ".pdf")
    assert len(safe) <= 120 and safe.endswith(".pdf")
