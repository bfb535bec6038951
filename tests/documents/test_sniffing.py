"""Taking in files: the right ones are accepted, bad ones refused with a clear sentence."""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from privacydesk.documents.names import safe_display_name
from privacydesk.documents.sniffing import (
    AttachmentError,
    check_attachment,
    sniff_content_type,
)
from tests.documents.conftest import make_image, make_pdf
from tests.documents.msg_builder import make_msg

LIMIT = 25 * 1024 * 1024
MB = 1024 * 1024

EML = (
    b"Return-Path: <jan@example.be>\r\n"
    b"From: Jan Peeters <jan@example.be>\r\n"
    b"To: privacy@bimsoft.be\r\n"
    b"Subject: inzage\r\n"
    b"Date: Fri, 20 Nov 2026 09:30:00 +0100\r\n"
    b"\r\n"
    b"Hallo, graag inzage.\r\n"
)


def _multipage_tiff() -> bytes:
    buffer = io.BytesIO()
    pages = [Image.new("L", (30, 40), shade) for shade in (0, 128)]
    pages[0].save(buffer, format="TIFF", save_all=True, append_images=pages[1:])
    return buffer.getvalue()


# -- Accepted -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "content_type"),
    [
        ("verzoek.pdf", make_pdf(), "application/pdf"),
        ("id-voorzijde.jpg", make_image("JPEG"), "image/jpeg"),
        ("id-achterzijde.png", make_image("PNG"), "image/png"),
        ("scan.tif", make_image("TIFF"), "image/tiff"),
        ("scan-2-paginas.tiff", _multipage_tiff(), "image/tiff"),
        ("mail.eml", EML, "message/rfc822"),
        ("bericht.msg", make_msg(), "application/vnd.ms-outlook"),
    ],
)
def test_good_files_are_accepted_with_their_real_type_size_and_hash(
    name: str, data: bytes, content_type: str
) -> None:
    accepted = check_attachment(name, data, max_bytes=LIMIT)
    assert accepted.name == name
    assert accepted.content_type == content_type
    assert accepted.size == len(data)
    assert accepted.sha256 == hashlib.sha256(data).hexdigest()


def test_the_type_comes_from_the_bytes_not_the_name() -> None:
    assert check_attachment("scan.pdf", make_image("PNG"), max_bytes=LIMIT).content_type == (
        "image/png"
    )
    assert check_attachment("foto", make_pdf(), max_bytes=LIMIT).content_type == "application/pdf"


def test_a_pdf_with_padding_after_its_end_is_accepted() -> None:
    padded = make_pdf() + b"\r\n" + b"\x00" * 3000
    assert check_attachment("scan.pdf", padded, max_bytes=LIMIT).content_type == "application/pdf"


def test_a_pdf_that_only_restricts_printing_opens_without_a_password() -> None:
    accepted = check_attachment("verzoek.pdf", _encrypted_pdf(user=""), max_bytes=LIMIT)
    assert accepted.content_type == "application/pdf"


def test_a_file_exactly_at_the_limit_is_accepted() -> None:
    pdf = make_pdf()
    assert check_attachment("verzoek.pdf", pdf, max_bytes=len(pdf)).size == len(pdf)


def test_a_thunderbird_eml_starting_with_an_mbox_line_is_an_email() -> None:
    assert sniff_content_type(b"From - Fri Nov 20 09:30:00 2026\r\n" + EML) == "message/rfc822"


def test_a_jpeg_mentioning_pdf_in_its_metadata_is_still_a_jpeg() -> None:
    jpeg = make_image("JPEG")
    comment = b"\xff\xfe" + struct.pack(">H", 18) + b"%PDF-1.7 scanner"
    assert sniff_content_type(jpeg[:2] + comment + jpeg[2:]) == "image/jpeg"


# -- Refused: empty, too large ------------------------------------------------------------


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(AttachmentError, match=r"^'leeg\.pdf' is leeg \(0 bytes\)"):
        check_attachment("leeg.pdf", b"", max_bytes=LIMIT)


def test_a_file_over_the_limit_is_refused_naming_its_size_and_the_limit_in_mb() -> None:
    big = make_pdf() + b"\0" * 2_000_000
    with pytest.raises(AttachmentError, match=r"is 2 MB groot; de limiet is 1 MB"):
        check_attachment("groot.pdf", big, max_bytes=MB)


def test_a_file_just_over_the_limit_does_not_claim_to_be_at_the_limit() -> None:
    with pytest.raises(AttachmentError, match=r"is 25,1 MB groot; de limiet is 25 MB"):
        check_attachment("scan.pdf", b"%PDF-" + b"\0" * LIMIT, max_bytes=LIMIT)


# -- Refused: not what it claims to be ----------------------------------------------------


def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return buffer.getvalue()


WINDOWS_PROGRAM = b"MZ\x90\x00" + b"\0" * 60 + b"This program cannot be run in DOS mode.\r\n"


@pytest.mark.parametrize(
    ("name", "data", "described_as"),
    [
        ("verzoek.pdf", WINDOWS_PROGRAM, "een Windows-programma"),
        # A polyglot: a program whose first kilobyte also mentions %PDF-.
        ("verzoek.pdf", WINDOWS_PROGRAM + b"%PDF-1.7\n" + b"\0" * 100, "een Windows-programma"),
        ("verzoek.pdf", b"\x7fELF\x02\x01\x01" + b"\0" * 50, "een programma"),
        ("verzoek.pdf", _zip(["verzoek.pdf"]), "een zip-archief"),
        ("verzoek.pdf", _zip(["[Content_Types].xml", "word/document.xml"]), "een Word-document"),
        ("id.jpg", b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 40, "een HEIC-foto"),
        ("id.jpg", b"GIF89a\x01\x00\x01\x00" + b"\0" * 20, "een GIF-afbeelding"),
        ("verzoek.pdf", b"<!DOCTYPE html><html><body>Log in</body></html>", "een webpagina"),
        ("verzoek.pdf", b"Gewone tekst, geen kopregels.\n", "een tekstbestand"),
        (
            "oud.doc",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 200 + "WordDocument".encode("utf-16-le"),
            "een Word-document in het oude formaat",
        ),
        (
            "kapot.msg",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
            "een onbekend of beschadigd Office- of Outlook-bestand",
        ),
        ("winmail.dat", b"\x78\x9f\x3e\x22" + b"\0" * 40, "winmail.dat"),
        ("x.pdf", bytes(range(256)) * 4, "een bestandstype dat PrivacyDesk niet kent"),
    ],
)
def test_a_file_that_is_something_else_is_refused_for_what_it_really_is(
    name: str, data: bytes, described_as: str
) -> None:
    with pytest.raises(AttachmentError) as refused:
        check_attachment(name, data, max_bytes=LIMIT)
    message = str(refused.value)
    assert message.startswith(f"'{name}' is ")
    assert described_as in message
    assert "geen PDF, JPEG, PNG, TIFF of e-mail" in message


def test_two_loose_header_lines_do_not_make_a_text_an_email() -> None:
    assert sniff_content_type(b"Notities: bellen\nTodo: brief sturen\n\nTekst") == "text/plain"
    assert sniff_content_type(b"Subject: alleen een onderwerp\n\nTekst") == "text/plain"


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (make_pdf(), "application/pdf"),
        (make_image("JPEG"), "image/jpeg"),
        (make_image("PNG"), "image/png"),
        (make_image("TIFF"), "image/tiff"),
        (make_image("TIFF")[:8], "image/tiff"),  # the magic is enough to say what it claims
        (EML, "message/rfc822"),
        (make_msg(), "application/vnd.ms-outlook"),
        (WINDOWS_PROGRAM, "application/vnd.microsoft.portable-executable"),
        (_zip(["verzoek.pdf"]), "application/zip"),
        (bytes(range(256)) * 4, None),  # nothing it recognises
    ],
)
def test_the_type_is_read_from_the_bytes(data: bytes, content_type: str | None) -> None:
    assert sniff_content_type(data) == content_type


# -- Refused: damaged PDFs ----------------------------------------------------------------


def _encrypted_pdf(*, user: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    writer.encrypt(user_password=user, owner_password="eigenaar", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_truncated_pdf_is_refused() -> None:
    pdf = make_pdf()
    with pytest.raises(
        AttachmentError, match="onvolledige PDF: het einde van het bestand ontbreekt"
    ):
        check_attachment("verzoek.pdf", pdf[: len(pdf) // 2], max_bytes=LIMIT)


def test_a_pdf_with_a_damaged_middle_is_refused() -> None:
    pdf = make_pdf()
    # The end (xref table, trailer, %%EOF) is intact; the objects it points at are not.
    damaged = pdf[:9] + b"\x00" * (len(pdf) - 400) + pdf[-391:]
    with pytest.raises(AttachmentError, match="is een beschadigde PDF"):
        check_attachment("verzoek.pdf", damaged, max_bytes=LIMIT)


def test_a_pdf_with_one_garbled_object_is_refused() -> None:
    pdf = make_pdf()
    start = pdf.index(b"/Type /Page") - 40
    garbled = pdf[:start] + b"#" * 80 + pdf[start + 80 :]
    with pytest.raises(AttachmentError, match="is een beschadigde PDF"):
        check_attachment("verzoek.pdf", garbled, max_bytes=LIMIT)


def test_a_password_protected_pdf_is_refused_with_what_to_do() -> None:
    with pytest.raises(AttachmentError, match="met een wachtwoord beveiligd; vraag"):
        check_attachment("verzoek.pdf", _encrypted_pdf(user="geheim"), max_bytes=LIMIT)


# -- Refused: images that would fill the memory, damaged images ---------------------------


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def _tiff_header_only(width: int, height: int) -> bytes:
    """A little-endian TIFF whose one strip of 16 bytes claims to be width × height pixels."""
    entries = [
        (256, 4, 1, width),  # ImageWidth, LONG
        (257, 4, 1, height),  # ImageLength
        (258, 3, 1, 8),  # BitsPerSample
        (259, 3, 1, 1),  # Compression: none
        (262, 3, 1, 1),  # PhotometricInterpretation: black is zero
        (273, 4, 1, 0),  # StripOffsets, filled in below
        (277, 3, 1, 1),  # SamplesPerPixel
        (278, 4, 1, height),  # RowsPerStrip
        (279, 4, 1, min(width * height, 0xFFFFFFFF)),  # StripByteCounts
    ]
    ifd_size = 2 + 12 * len(entries) + 4
    strip_offset = 8 + ifd_size
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        if tag == 273:
            value = strip_offset
        packed = struct.pack("<I", value) if kind == 4 else struct.pack("<HH", value, 0)
        ifd += struct.pack("<HHI", tag, kind, count) + packed
    ifd += struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + b"\0" * 16


@pytest.mark.parametrize(
    "bomb",
    [
        _png_header_only(100_000, 100_000),  # ten gigapixels: Pillow's own limit trips first
        _tiff_header_only(100_000, 100_000),
    ],
)
def test_an_image_declaring_gigapixels_is_refused_before_decoding(bomb: bytes) -> None:
    assert len(bomb) < 200
    with pytest.raises(AttachmentError, match="100 megapixel"):
        check_attachment("id.png", bomb, max_bytes=LIMIT)


@pytest.mark.parametrize(
    "bomb", [_png_header_only(12_000, 9_000), _tiff_header_only(12_000, 9_000)]
)
def test_an_image_just_over_the_limit_is_refused_naming_its_size(bomb: bytes) -> None:
    with pytest.raises(AttachmentError, match=r"12\.000 × 9\.000 beeldpunten"):
        check_attachment("id.png", bomb, max_bytes=LIMIT)


def test_a_truncated_jpeg_is_refused() -> None:
    jpeg = make_image("JPEG", (400, 300))
    with pytest.raises(AttachmentError, match="is een beschadigde of onvolledige afbeelding"):
        check_attachment("id.jpg", jpeg[: len(jpeg) // 2], max_bytes=LIMIT)


def test_a_png_with_a_corrupted_byte_is_refused() -> None:
    png = make_image("PNG", (200, 150))
    position = png.index(b"IDAT") + 20
    corrupt = png[:position] + bytes([png[position] ^ 0xFF]) + png[position + 1 :]
    with pytest.raises(AttachmentError, match="is een beschadigde of onvolledige afbeelding"):
        check_attachment("id.png", corrupt, max_bytes=LIMIT)


def test_a_tiff_whose_pixels_are_missing_is_refused() -> None:
    tiff = _tiff_header_only(200, 100)  # declares 20,000 bytes of pixels, holds 16
    with pytest.raises(AttachmentError, match="is een beschadigde of onvolledige afbeelding"):
        check_attachment("scan.tif", tiff, max_bytes=LIMIT)


def test_a_file_with_only_an_image_signature_is_refused() -> None:
    with pytest.raises(AttachmentError, match="beschadigde of onvolledige afbeelding"):
        check_attachment("id.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 30, max_bytes=LIMIT)


# -- Names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Kopie identiteitskaart – Éloïse (1).pdf", "Kopie identiteitskaart – Éloïse (1).pdf"),
        (
            "Verzoek d'inzage, 20-11-2026 [ondertekend].pdf",
            "Verzoek d'inzage, 20-11-2026 [ondertekend].pdf",
        ),
        ("..\\..\\Windows\\system32\\evil.pdf", "evil.pdf"),
        ("C:\\Users\\jan\\Desktop\\scan.pdf", "scan.pdf"),
        ("/etc/passwd", "passwd"),
        ("../../verzoek.pdf", "verzoek.pdf"),
        ("factuur\u202egpj.exe", "factuurgpj.exe"),  # right-to-left override trick
        ("\u2067id\u2069\u200b.png", "id.png"),  # bidi isolates and a zero-width space
        ('a<b>c:"d"|e?.pdf', "a b c d e.pdf"),
        ("Vraag?.pdf", "Vraag.pdf"),
        ("verzoek.pdf. . ", "verzoek.pdf"),
        ("  verzoek   met  spaties.pdf ", "verzoek met spaties.pdf"),
        ("regel\r\nnieuw\tveld.pdf", "regel nieuw veld.pdf"),
        ("e\u0301le\u0300ve.pdf", "élève.pdf"),  # decomposed accents composed again
        ("CON.pdf", "_CON.pdf"),
        ("nul", "_nul"),
        ("LPT1.txt", "_LPT1.txt"),
        ("CONTRACT.pdf", "CONTRACT.pdf"),
        ("\x00\x07", "document"),
        ("", "document"),
        ("...", "document"),
        ("map/", "document"),
    ],
)
def test_odd_names_become_safe_names(name: str, safe: str) -> None:
    assert safe_display_name(name) == safe


def test_very_long_names_are_cut_keeping_their_extension() -> None:
    safe = safe_display_name("é" * 300 + ".pdf")
    assert len(safe) == 120
    assert safe == "é" * 116 + ".pdf"


def test_very_long_names_without_an_extension_are_cut() -> None:
    assert safe_display_name("a" * 500) == "a" * 120


def test_an_accepted_file_carries_its_safe_name() -> None:
    accepted = check_attachment("C:\\scans\\id\u202egnp.pdf", make_pdf(), max_bytes=LIMIT)
    assert accepted.name == "idgnp.pdf"


def test_a_refusal_shows_the_safe_name_not_the_trick() -> None:
    with pytest.raises(AttachmentError) as refused:
        check_attachment("../../factuur\u202efdp.exe", WINDOWS_PROGRAM, max_bytes=LIMIT)
    assert "\u202e" not in str(refused.value)
    assert str(refused.value).startswith("'factuurfdp.exe' is een Windows-programma")
