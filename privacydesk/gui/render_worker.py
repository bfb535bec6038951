"""The other side of the document viewer: a separate process that turns a document into pages.

A document from a stranger may be built to hang or exhaust whatever opens it. Browsers
render such files in a process of their own; so do we. This process reads the document's
bytes on stdin, weighs a PDF before rendering it (page tree, inflated size), and writes
each page as a PNG to stdout, each preceded by its length (4 bytes, big-endian); a length
of 0 ends the list. The viewer kills it after a few seconds; where the platform allows it
(not Windows) it also caps its own memory. Nothing is written to disk.

Started as ``privacydesk --render-worker CONTENT_TYPE WIDTH MAX_PAGES``.
"""

from __future__ import annotations

import contextlib
import io
import os
import struct
import sys
from collections.abc import Sequence
from typing import BinaryIO

PDF = "application/pdf"
# Enough for Qt, the PDF engine and a few pages at screen resolution; a bomb meets it first.
MEMORY_LIMIT = 1536 * 1024 * 1024
EXIT_REFUSED = 4  # the document was weighed and refused before rendering


def _limit_memory() -> None:
    try:
        import resource  # POSIX only; on Windows the viewer's timeout and the budget hold
    except ImportError:
        return
    with contextlib.suppress(ValueError, OSError):  # a lower hard limit already holds
        resource.setrlimit(resource.RLIMIT_DATA, (MEMORY_LIMIT, MEMORY_LIMIT))


def _weigh_pdf(data: bytes) -> bool:
    """False when the PDF's page tree loops or its streams inflate past the budget."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from privacydesk.documents.pdf_structure import PdfStructureError, check_structure

    try:
        check_structure(PdfFileReader(io.BytesIO(data), strict=False))
    except PdfStructureError:
        return False
    except Exception:
        return True  # damaged in a way pyHanko dislikes; the PDF engine may still show it
    return True


def _write(out: BinaryIO, png: bytes) -> None:
    out.write(struct.pack(">I", len(png)))
    out.write(png)
    out.flush()


def serve(argv: Sequence[str]) -> int:
    content_type, width_text, pages_text = argv
    width, max_pages = int(width_text), int(pages_text)
    _limit_memory()
    data = sys.stdin.buffer.read()
    if content_type == PDF and not _weigh_pdf(data):
        return EXIT_REFUSED
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageReader, QPainter

    app = QGuiApplication.instance() or QGuiApplication(["privacydesk-render"])
    QImageReader.setAllocationLimit(512)  # megabytes for one decoded image
    out = sys.stdout.buffer

    def png_of(image: QImage) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stub says bytes; the binding takes only str for the format.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(buffer.data().data())

    if content_type == PDF:
        from PySide6.QtPdf import QPdfDocument

        source = QBuffer()
        source.setData(QByteArray(data))
        source.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(source)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return 1
        for page in range(min(document.pageCount(), max_pages)):
            points = document.pagePointSize(page)
            scale = width / max(1.0, points.width())
            size = QSize(width, max(1, round(points.height() * scale)))
            # The engine leaves the paper transparent; a page is white.
            paper = QImage(size, QImage.Format.Format_RGB32)
            paper.fill(QColor("white"))
            painter = QPainter(paper)
            painter.drawImage(0, 0, document.render(page, size))
            painter.end()
            _write(out, png_of(paper))
    else:
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        for _ in range(max_pages):
            native = reader.size()
            if native.width() > 2 * width:  # a scan at 600 dpi: no need to ship every dot
                reader.setScaledSize(
                    native.scaled(2 * width, 1_000_000, Qt.AspectRatioMode.KeepAspectRatio)
                )
            image = reader.read()
            if image.isNull():
                break
            _write(out, png_of(image))
            if not reader.jumpToNextImage():
                break
    _write(out, b"")
    del app
    return 0
