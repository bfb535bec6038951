"""Printing a stored PDF exactly as issued: its pages rendered with QtPdf onto the printer."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from privacydesk.core.errors import UserFacingError


class PrintError(UserFacingError):
    pass


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Send every page to the printer; returns the number of pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError("Deze brief kan niet afgedrukt worden: de PDF is onleesbaar.")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("De printer kan niet gestart worden.")
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page > 0:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            # The printer's printable area may be a little smaller than A4: fit, never crop.
            fitted = size.scaled(painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, fitted.width(), fitted.height()), image)
        return document.pageCount()
    finally:
        painter.end()
        document.close()
