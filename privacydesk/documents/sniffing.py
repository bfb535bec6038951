"""Taking in a file: what it really is (from its bytes, not its name), and whether it is sound.

Everything here happens before anything is stored, so a refused file leaves no trace.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import warnings
from dataclasses import dataclass

from PIL import Image

from privacydesk.core.errors import UserFacingError

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
EML = "message/rfc822"
MSG = "application/vnd.ms-outlook"
ACCEPTED_TYPES = (PDF, JPEG, PNG, TIFF, EML, MSG)
IMAGE_TYPES = (JPEG, PNG, TIFF)

# An A4 page scanned at 600 dpi is about 35 megapixels; beyond this it is no scan.
MAX_IMAGE_PIXELS = 100_000_000
MAX_NAME_LENGTH = 120

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EMAIL_HEADER = re.compile(
    rb"^(received|return-path|from|to|subject|date|message-id|mime-version|"
    rb"delivered-to|x-[a-z0-9-]+|dkim-signature|reply-to|cc|content-type):",
    re.IGNORECASE,
)
_KNOWN_OTHERS: list[tuple[bytes, str]] = [
    (b"MZ", "een Windows-programma"),
    (b"\x7fELF", "een programma"),
    (b"PK\x03\x04", "een zip-archief (of een Office-document)"),
    (b"Rar!", "een rar-archief"),
    (b"7z\xbc\xaf\x27\x1c", "een 7-Zip-archief"),
    (b"GIF8", "een GIF-afbeelding"),
    (b"{\\rtf", "een RTF-document"),
    (b"#!", "een script"),
]


class AttachmentError(UserFacingError):
    """A file that cannot be taken in; the message says why, in one sentence."""


@dataclass(frozen=True)
class Accepted:
    name: str  # safe to show and to save under
    content_type: str
    size: int
    sha256: str


def sniff_content_type(data: bytes) -> str | None:
    """The type the bytes say they are, or None for anything PrivacyDesk does not take."""
    head = data[:1024]
    if head.startswith(b"%PDF-") or (b"%PDF-" in head and head.lstrip().startswith(b"%PDF-")):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head.startswith(_OLE2):
        return MSG
    first_line = head.lstrip(b"\r\n").split(b"\n", 1)[0]
    if _EMAIL_HEADER.match(first_line):
        return EML
    return None


def _describe_unknown(data: bytes) -> str:
    for magic, description in _KNOWN_OTHERS:
        if data.startswith(magic):
            return description
    return "een bestandstype dat PrivacyDesk niet aanvaardt"


_BIDI_AND_CONTROL = {"Cc", "Cf", "Zl", "Zp"}
_RESERVED = set('<>:"|?*\\/')
_WINDOWS_DEVICE = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def safe_display_name(name: str) -> str:
    """A name that is safe to show and to save under on Windows, accents kept."""
    base = re.split(r"[\\/]", name)[-1]
    base = unicodedata.normalize("NFC", base)
    cleaned = "".join(
        " " if c in _RESERVED else c
        for c in base
        if unicodedata.category(c) not in _BIDI_AND_CONTROL
    )
    cleaned = re.sub(r"\s+", " ", cleaned).strip().rstrip(". ")
    if _WINDOWS_DEVICE.match(cleaned):
        cleaned = "_" + cleaned
    if len(cleaned) > MAX_NAME_LENGTH:
        stem, dot, extension = cleaned.rpartition(".")
        if dot and 0 < len(extension) <= 8:
            cleaned = stem[: MAX_NAME_LENGTH - len(extension) - 1].rstrip() + "." + extension
        else:
            cleaned = cleaned[:MAX_NAME_LENGTH].rstrip()
    return cleaned or "document"


def _check_pdf(data: bytes, name: str) -> None:
    tail = data[-2048:]
    if b"%%EOF" not in tail or b"startxref" not in data[-4096:]:
        raise AttachmentError(
            f"'{name}' is een onvolledige of beschadigde PDF (het einde van het bestand ontbreekt)."
        )
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        pages = reader.root["/Pages"]
        int(pages["/Count"])
    except Exception as exc:  # pyhanko raises a variety of errors on damaged files
        raise AttachmentError(
            f"'{name}' is een beschadigde PDF die niet gelezen kan worden."
        ) from exc


def _check_image(data: bytes, name: str) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                # Only the header has been read: refuse before decoding gigabytes.
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise AttachmentError(
                        f"'{name}' is een afbeelding van {width} × {height} beeldpunten; "
                        "zo groot is geen scan, en openen zou het geheugen vullen."
                    )
                image.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()  # verify() does not decode; a truncated file fails only here
    except AttachmentError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise AttachmentError(
            f"'{name}' is een afbeelding die onredelijk groot zou worden bij het openen."
        ) from exc
    except Exception as exc:
        raise AttachmentError(f"'{name}' is een beschadigde of onvolledige afbeelding.") from exc


def check_attachment(name: str, data: bytes, *, max_bytes: int) -> Accepted:
    """Accept a file for a case, or say in one sentence why not."""
    display = safe_display_name(name)
    if not data:
        raise AttachmentError(f"'{display}' is leeg (0 bytes).")
    if len(data) > max_bytes:
        limit = max_bytes / (1024 * 1024)
        raise AttachmentError(
            f"'{display}' is {len(data) / (1024 * 1024):.1f} MB; de limiet is {limit:.0f} MB "
            "(aan te passen in de instellingen)."
        )
    content_type = sniff_content_type(data)
    if content_type is None:
        raise AttachmentError(
            f"'{display}' is {_describe_unknown(data)}, geen PDF, JPEG, PNG, TIFF of e-mail; "
            "het werd niet toegevoegd."
        )
    if content_type == PDF:
        _check_pdf(data, display)
    elif content_type in IMAGE_TYPES:
        _check_image(data, display)
    return Accepted(
        name=display,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
