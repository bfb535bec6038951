"""Taking in a file: what it really is (from its bytes, not its name), and whether it is sound.

Everything here happens before anything is stored, so a refused file leaves no trace. Each
refusal is an :class:`AttachmentError` whose message is one Dutch sentence for the officer.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from dataclasses import dataclass

from PIL import Image

from privacydesk.core.errors import UserFacingError
from privacydesk.core.messages import Message, message
from privacydesk.documents.names import safe_display_name
from privacydesk.documents.pdf_structure import PdfStructureError, check_structure

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
EML = "message/rfc822"
MSG = "application/vnd.ms-outlook"
OLE_STORAGE = "application/x-ole-storage"  # a compound file that is neither .msg nor .doc/.xls
ACCEPTED_TYPES = (PDF, JPEG, PNG, TIFF, EML, MSG)
IMAGE_TYPES = (JPEG, PNG, TIFF)
EMAIL_TYPES = (EML, MSG)

# An A4 page scanned at 600 dpi is about 35 megapixels; beyond this it is no scan, and
# decoding it would take gigabytes of memory.
MAX_IMAGE_PIXELS = 100_000_000
# A multi-page TIFF of a request is a handful of pages.
MAX_IMAGE_FRAMES = 500


class AttachmentError(UserFacingError):
    """A file that cannot be taken in; the message says why, in one sentence."""


@dataclass(frozen=True)
class Accepted:
    name: str  # safe to show and to save under
    content_type: str  # sniffed from the bytes, one of ACCEPTED_TYPES
    size: int
    sha256: str  # hex


# -- What the bytes are -------------------------------------------------------------------

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Every Outlook message has its message class in a stream with this name (UTF-16 in the
# compound file's directory); Word and Excel files have none.
_MSG_STREAM = "__substg1.0_".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_EXCEL_STREAM = "Workbook".encode("utf-16-le")

_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")  # RFC 5322 field name, then a colon
_CORE_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"subject",
        b"date",
        b"message-id",
        b"received",
        b"return-path",
        b"mime-version",
        b"delivered-to",
        b"reply-to",
        b"sender",
    }
)
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"})
_BMP_HEADER_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})

# What a refused file turns out to be, said the way the officer would say it.
_DESCRIPTIONS: dict[str, Message] = {
    PDF: message("een PDF-document"),
    JPEG: message("een JPEG-afbeelding"),
    PNG: message("een PNG-afbeelding"),
    TIFF: message("een TIFF-afbeelding"),
    EML: message("een e-mail"),
    MSG: message("een Outlook-bericht"),
    "application/vnd.microsoft.portable-executable": message("een Windows-programma"),
    "application/x-executable": message("een programma"),
    "application/x-mach-binary": message("een programma"),
    "text/x-shellscript": message("een script"),
    "application/zip": message("een zip-archief"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": message(
        "een Word-document"
    ),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": message(
        "een Excel-bestand"
    ),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": message(
        "een PowerPoint-bestand"
    ),
    "application/vnd.oasis.opendocument": message("een OpenDocument-bestand"),
    "application/msword": message("een Word-document in het oude formaat"),
    "application/vnd.ms-excel": message("een Excel-bestand in het oude formaat"),
    "application/x-ole-storage": message("een onbekend of beschadigd Office- of Outlook-bestand"),
    "application/vnd.ms-tnef": message("een Outlook-bijlagenpakket (winmail.dat)"),
    "application/vnd.rar": message("een rar-archief"),
    "application/x-7z-compressed": message("een 7-Zip-archief"),
    "application/gzip": message("een gzip-archief"),
    "image/gif": message("een GIF-afbeelding"),
    "image/bmp": message("een BMP-afbeelding"),
    "image/webp": message("een WebP-afbeelding"),
    "image/heic": message("een HEIC-foto (het formaat van een iPhone)"),
    "image/avif": message("een AVIF-afbeelding"),
    "image/svg+xml": message("een SVG-tekening"),
    "video/mp4": message("een video"),
    "application/rtf": message("een RTF-document"),
    "application/postscript": message("een PostScript-bestand"),
    "text/html": message("een webpagina (HTML)"),
    "text/plain": message("een tekstbestand"),
}


def _zip_kind(data: bytes) -> str:
    head = data[:4096]
    if b"mimetypeapplication/vnd.oasis.opendocument" in head:
        return "application/vnd.oasis.opendocument"
    if b"word/" in head:
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if b"xl/" in head:
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    if b"ppt/" in head:
        return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    return "application/zip"


def _ole_kind(data: bytes) -> str:
    if _MSG_STREAM in data:
        return MSG
    if _WORD_STREAM in data:
        return "application/msword"
    if _EXCEL_STREAM in data:
        return "application/vnd.ms-excel"
    return OLE_STORAGE


def _looks_like_email(data: bytes) -> bool:
    """RFC 822 headers: a block of ``Name: value`` lines, among them the usual ones."""
    lines = data[:16384].lstrip(b"\r\n").splitlines()
    if lines and lines[0].startswith(b"From "):  # the mbox line Thunderbird writes first
        lines = lines[1:]
    names: list[bytes] = []
    for number, line in enumerate(lines):
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t") and names:  # a folded header continues
            continue
        if not _HEADER_LINE.match(line):
            if len(names) < 2 or number != len(lines) - 1:
                return False
            break  # the sample ends in the middle of a header
        names.append(line.split(b":", 1)[0].strip().lower())
    return len(names) >= 2 and any(name in _CORE_HEADERS for name in names)


def _is_text(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(sample) - 3  # a character cut at the end of the sample
    return True


def sniff_content_type(data: bytes) -> str | None:
    """The MIME type the bytes say they are, whatever the file is called.

    One of :data:`ACCEPTED_TYPES` for what PrivacyDesk takes in; for anything else the
    type it recognises (a Windows program, a zip archive, …), so that a refusal can say what
    the file really is; None when the bytes are nothing it recognises.
    """
    head = data[:1024]
    # Programs and archives first: a file that *starts* as one is one, even if "%PDF-"
    # appears a little further on (a polyglot).
    if head.startswith(b"MZ"):
        return "application/vnd.microsoft.portable-executable"
    if head.startswith(b"\x7fELF"):
        return "application/x-executable"
    if head[:4] in (b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa\xcf"):
        return "application/x-mach-binary"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    if head.startswith(b"Rar!\x1a\x07"):
        return "application/vnd.rar"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "application/x-7z-compressed"
    if head.startswith(b"\x1f\x8b"):
        return "application/gzip"
    if head.startswith(_OLE2):
        return _ole_kind(data)
    if head.startswith(b"\x78\x9f\x3e\x22"):
        return "application/vnd.ms-tnef"
    # The accepted types.
    if head.lstrip(b"\xef\xbb\xbf \t\r\n\x00").startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if _looks_like_email(data):
        return EML
    if b"%PDF-" in head:  # readers accept the header anywhere in the first 1024 bytes
        return PDF
    # Other things people send, so that the refusal can say what the file is.
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if (
        head.startswith(b"BM")
        and len(head) >= 18
        and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES
    ):
        return "image/bmp"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return "image/heic"
        if brand in (b"avif", b"avis"):
            return "image/avif"
        return "video/mp4"
    if head.startswith(b"{\\rtf"):
        return "application/rtf"
    if head.startswith(b"%!PS"):
        return "application/postscript"
    if head.startswith(b"#!"):
        return "text/x-shellscript"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    if start.startswith((b"<svg", b"<?xml")) and b"<svg" in head.lower():
        return "image/svg+xml"
    if _is_text(data):
        return "text/plain"
    return None


def describe_content_type(content_type: str | None) -> Message:
    """``een Windows-programma``: a refused type as the officer would name it."""
    unknown = message("een bestandstype dat PrivacyDesk niet kent")
    if content_type is None:
        return unknown
    return _DESCRIPTIONS.get(content_type, unknown)


# -- Soundness ----------------------------------------------------------------------------


def _megabytes(size: float, *, round_up: bool) -> str:
    """``25 MB``, ``25,1 MB``: Dutch decimals, at most one."""
    tenths = size * 10 / (1024 * 1024)
    value = (-int(-tenths // 1) if round_up else round(tenths)) / 10
    text = f"{value:.1f}".replace(".", ",")
    return text.removesuffix(",0")


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


_PDF_PADDING = b"\x00\t\n\r\f "


def trim_pdf_padding(data: bytes) -> bytes:
    """The PDF without the NULs or blank lines some scanners and gateways add after its end.

    Readers look for the end marker in the last kilobyte only; the padding is no content.
    """
    end = data.rfind(b"%%EOF")
    if end < 0 or data[end + 5 :].strip(_PDF_PADDING):
        return data
    return data[: end + 5] + data[end + 5 : end + 7].rstrip(b"\x00\t\f ")


def _check_pdf(data: bytes, name: str) -> None:
    # A PDF ends with "startxref", an offset and "%%EOF".
    data = trim_pdf_padding(data)
    end = data[-2048:]
    if b"%%EOF" not in end[-1024:] or b"startxref" not in end:
        raise AttachmentError(
            "'{name}' is een onvolledige PDF: het einde van het bestand ontbreekt, "
            "misschien werd het niet helemaal gedownload of gescand.",
            name=name,
        )
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            # Readable without a password when only printing or copying is restricted.
            from pyhanko.pdf_utils.crypt import AuthStatus

            if reader.decrypt("").status == AuthStatus.FAILED:
                raise AttachmentError(
                    "'{name}' is met een wachtwoord beveiligd; vraag de aanvrager om een "
                    "versie zonder wachtwoord.",
                    name=name,
                )
        # Every object the file lists must be where it says (a damaged middle shows here);
        # the page tree is walked for cycles and the streams weighed before any viewer does.
        pages = check_structure(reader)
    except AttachmentError:
        raise
    except PdfStructureError as exc:
        raise AttachmentError(
            "'{name}' is {reason}, en werd niet toegevoegd.", name=name, reason=exc.reason
        ) from exc
    except Exception as exc:  # pyhanko raises many kinds on damaged files
        raise AttachmentError(
            "'{name}' is een beschadigde PDF die niet gelezen kan worden.", name=name
        ) from exc
    if pages < 1:
        raise AttachmentError("'{name}' is een PDF zonder pagina's.", name=name)


_PILLOW_FORMAT = {JPEG: "JPEG", PNG: "PNG", TIFF: "TIFF"}


def _too_large(name: str, width: int, height: int) -> AttachmentError:
    return AttachmentError(
        "'{name}' is een afbeelding van {width} × {height} beeldpunten, veel te groot voor "
        "een scan (de grens is {limit} megapixel), en werd niet geopend.",
        name=name,
        width=_thousands(width),
        height=_thousands(height),
        limit=MAX_IMAGE_PIXELS // 1_000_000,
    )


def _check_image(data: bytes, name: str, content_type: str) -> None:
    formats = [_PILLOW_FORMAT[content_type]]
    try:
        with warnings.catch_warnings():
            # Our own limit below decides; Pillow's warning threshold is a little lower.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=formats) as image:
                # Only the header has been read: refuse before decoding gigabytes.
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise _too_large(name, width, height)
                image.verify()  # checksums and structure, without decoding
            with Image.open(io.BytesIO(data), formats=formats) as image:
                frames = int(getattr(image, "n_frames", 1))
                if frames > MAX_IMAGE_FRAMES:
                    raise AttachmentError(
                        "'{name}' bevat {frames} afbeeldingen, meer dan een scan ooit telt.",
                        name=name,
                        frames=frames,
                    )
                for frame in range(frames):
                    image.seek(frame)
                    width, height = image.size
                    if width * height > MAX_IMAGE_PIXELS:
                        raise _too_large(name, width, height)
                    if content_type == JPEG:
                        # Decode at 1/8 scale: every byte is still read, a truncated file
                        # still fails, but the memory used is 64 times smaller.
                        image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                    image.load()  # a truncated or garbled image fails only here
    except AttachmentError:
        raise
    except Image.DecompressionBombError as exc:
        raise AttachmentError(
            "'{name}' is een afbeelding die bij het openen onredelijk groot zou worden "
            "(meer dan {limit} megapixel) en werd niet geopend.",
            name=name,
            limit=MAX_IMAGE_PIXELS // 1_000_000,
        ) from exc
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, …
        raise AttachmentError(
            "'{name}' is een beschadigde of onvolledige afbeelding.", name=name
        ) from exc


def check_attachment(name: str, data: bytes, *, max_bytes: int) -> Accepted:
    """Accept a file for a case, or say in one sentence why not."""
    display = safe_display_name(name)
    if not data:
        raise AttachmentError("'{name}' is leeg (0 bytes) en werd niet toegevoegd.", name=display)
    if len(data) > max_bytes:
        raise AttachmentError(
            "'{name}' is {size} MB groot; de limiet is {limit} MB (aan te passen in de "
            "instellingen).",
            name=display,
            size=_megabytes(len(data), round_up=True),
            limit=_megabytes(max_bytes, round_up=False),
        )
    content_type = sniff_content_type(data)
    if content_type is None or content_type not in ACCEPTED_TYPES:
        raise AttachmentError(
            "'{name}' is {kind}, geen PDF, JPEG, PNG, TIFF of e-mail, en werd daarom niet "
            "toegevoegd.",
            name=display,
            kind=describe_content_type(content_type),
        )
    if content_type == PDF:
        _check_pdf(data, display)
    elif content_type in IMAGE_TYPES:
        _check_image(data, display, content_type)
    return Accepted(
        name=display,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
