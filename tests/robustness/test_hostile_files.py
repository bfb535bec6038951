"""Files a stranger can send, built here: each is taken in soundly or refused with a
sentence, and a refusal leaves no trace in the register."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest
from PIL import Image

from privacydesk.core.attachments import AttachmentRole
from privacydesk.services import Services
from tests.documents.conftest import make_image, make_pdf
from tests.documents.hostile_pdfs import (
    build_pdf,
    flate_bomb,
    many_pages,
    self_referencing_page_tree,
)
from tests.robustness.conftest import refused_or_done


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG header that claims a huge image, with a tiny body."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def _zip(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _tiff_frames(count: int) -> bytes:
    buffer = io.BytesIO()
    frames = [Image.new("L", (2, 2)) for _ in range(count)]
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:])
    return buffer.getvalue()


PDF = make_pdf()
JPEG = make_image("JPEG", (64, 48))
PNG = make_image("PNG", (64, 48))

_FILES: dict[str, tuple[str, bytes]] = {
    "empty": ("leeg.pdf", b""),
    "one-byte": ("a.pdf", b"%"),
    "pdf-header-only": ("kop.pdf", b"%PDF-1.7\n"),
    "pdf-truncated-half": ("half.pdf", PDF[: len(PDF) // 2]),
    "pdf-truncated-end": ("einde.pdf", PDF[:-10]),
    "pdf-no-xref": ("geenxref.pdf", PDF.replace(b"xref", b"xxxx")),
    "pdf-garbage-middle": ("midden.pdf", PDF[:200] + b"\xff" * 300 + PDF[500:]),
    "pdf-page-tree-loop": ("lus.pdf", self_referencing_page_tree()),
    "pdf-flate-bomb": ("bom.pdf", flate_bomb()),
    "pdf-1001-pages": ("boek.pdf", many_pages(1001)),
    "pdf-no-pages": (
        "leeg-document.pdf",
        build_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
    ),
    "pdf-kids-not-array": (
        "kids.pdf",
        build_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids 5 /Count 1 >>"]),
    ),
    "pdf-pages-missing": ("zonder.pdf", build_pdf([b"<< /Type /Catalog /Pages 9 0 R >>"])),
    "pdf-root-not-dict": ("wortel.pdf", build_pdf([b"42"])),
    "pdf-deep-tree": (
        "diep.pdf",
        build_pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>"]
            + [b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (n + 3) for n in range(300)]
            + [b"<< /Type /Page /MediaBox [0 0 10 10] >>"]
        ),
    ),
    "pdf-mutual-loop": (
        "kring.pdf",
        build_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
            ]
        ),
    ),
    "pdf-bad-flate": (
        "stuk.pdf",
        build_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 9 9] /Contents 4 0 R >>",
                b"<< /Length 6 /Filter /FlateDecode >>\nstream\nnotzip\nendstream",
            ]
        ),
    ),
    "pdf-encrypted-garbage": ("slot.pdf", PDF.replace(b"/Root", b"/Encrypt 99 0 R /Root")),
    "pdf-nul-padding": ("opgevuld.pdf", PDF + b"\x00" * 4096),
    "pdf-with-exe-prefix": ("polyglot.pdf", b"MZ" + b"\x00" * 62 + PDF),
    "pdf-header-late": ("laat.pdf", b" " * 900 + PDF),
    "pdf-utf16-name": ("ver\u202etxt.pdf", PDF),
    "jpeg-truncated": ("foto.jpg", JPEG[: len(JPEG) // 2]),
    "jpeg-header-only": ("kop.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 10),
    "jpeg-garbage": ("ruis.jpg", b"\xff\xd8\xff" + bytes(range(256)) * 4),
    "png-bad-crc": ("crc.png", PNG[:-8] + b"\x00\x00\x00\x00" + PNG[-4:]),
    "png-truncated": ("half.png", PNG[:40]),
    "png-claims-huge": ("reus.png", _png_claiming(200_000, 200_000)),
    "png-claims-zero": ("nul.png", _png_claiming(0, 0)),
    "png-claims-wide": ("breed.png", _png_claiming(1_000_000, 1)),
    "tiff-header-only": ("kop.tif", b"II*\x00\x08\x00\x00\x00"),
    "tiff-big-endian-garbage": ("ruis.tif", b"MM\x00*" + b"\xff" * 200),
    "tiff-many-frames": ("frames.tif", _tiff_frames(501)),
    "exe": ("factuur.pdf", b"MZ\x90\x00" + b"\x00" * 500),
    "elf": ("programma.jpg", b"\x7fELF" + b"\x00" * 100),
    "macho": ("app.png", b"\xcf\xfa\xed\xfe" + b"\x00" * 100),
    "shell-script": ("run.pdf", b"#!/bin/sh\nrm -rf /\n"),
    "zip": ("scan.zip", _zip({"a.txt": b"x"})),
    "docx": ("brief.docx", _zip({"word/document.xml": b"<w/>"})),
    "zip-named-pdf": ("verzoek.pdf", _zip({"verzoek.pdf": PDF})),
    "gzip": ("a.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 20),
    "rar": ("a.rar", b"Rar!\x1a\x07\x00" + b"\x00" * 20),
    "7z": ("a.7z", b"7z\xbc\xaf\x27\x1c" + b"\x00" * 20),
    "ole-unknown": ("oud.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
    "html": ("pagina.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
    "svg": ("logo.png", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
    "gif": ("anim.gif", b"GIF89a" + b"\x00" * 30),
    "bmp": ("kaart.bmp", b"BM" + b"\x00" * 12 + struct.pack("<I", 40) + b"\x00" * 40),
    "webp": ("foto.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"\x00" * 20),
    "heic": ("iphone.heic", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 20),
    "rtf": ("brief.rtf", b"{\\rtf1 hallo}"),
    "postscript": ("print.ps", b"%!PS-Adobe-3.0\n"),
    "plain-text": ("notitie.txt", b"Geachte, ik vraag inzage."),
    "utf16-text": ("notitie.txt", "Geachte".encode("utf-16")),
    "random-bytes": ("ruis.bin", bytes((n * 7919) % 251 for n in range(5000))),
    "all-nul": ("nul.pdf", b"\x00" * 4096),
    "eml-empty-headers": ("leeg.eml", b"From: \r\nTo: \r\n\r\n"),
    "eml-binary-body": (
        "bin.eml",
        b"From: a@b.be\r\nSubject: x\r\nTo: c@d.be\r\n\r\n" + bytes(range(256)),
    ),
    "name-only-dots": ("....", PDF),
    "name-device": ("CON.pdf", PDF),
    "name-path-traversal": ("../../../etc/passwd.pdf", PDF),
    "name-windows-path": ("C:\\Windows\\system32\\evil.pdf", PDF),
    "name-very-long": ("x" * 5000 + ".pdf", PDF),
    "name-invisible": ("\u200b\u200d\u2060.pdf", PDF),
    "name-control-chars": ("\x00\x01\x1b[31m.pdf", PDF),
    "name-lone-surrogate": ("ver\ud800zoek.pdf", PDF),
    "name-emoji": ("📄🔥.pdf", PDF),
}


def test_the_file_corpus_is_large_enough() -> None:
    assert len(_FILES) >= 60


@pytest.mark.parametrize("key", sorted(_FILES))
def test_a_hostile_file_is_refused_with_a_sentence_or_taken_in_soundly(
    register: Services, case_id: int, key: str
) -> None:
    name, data = _FILES[key]
    _result, refusal = refused_or_done(
        register,
        lambda: register.attachments.add(case_id, name, data, AttachmentRole.CORRESPONDENCE),
    )
    if refusal is None:
        # Taken in: stored whole, under a name that is safe to show and to save.
        stored = register.attachments.for_case(case_id)[-1]
        assert register.attachments.data(stored.id) == data
        assert "/" not in stored.name and "\\" not in stored.name and stored.name.strip()
        assert not any("\ud800" <= c <= "\udfff" for c in stored.name)
    elif key.startswith(("pdf-page-tree", "pdf-flate", "pdf-1001", "pdf-mutual")):
        assert "werd niet toegevoegd" in refusal
