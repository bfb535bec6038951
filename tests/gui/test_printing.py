"""Printing: at most 300 dpi, page by page, off the GUI thread, with progress and a stop."""

from __future__ import annotations

import io
import threading
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from privacydesk.gui.printing import MAX_PRINT_DPI, PrintJob, PrintProgressDialog


def _pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    for number in range(1, pages + 1):
        page.drawString(72, 720, f"Pagina {number}")
        page.showPage()
    page.save()
    return buffer.getvalue()


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1,200 dpi asked
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _image_widths(pdf: bytes) -> list[int]:
    widths = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for image in page.images:
            widths.append(image.image.width)
    return widths


def test_pages_are_printed_at_most_at_300_dpi_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "afgedrukt.pdf"
    job = PrintJob(_pdf(3), _pdf_printer(out))
    progress: list[tuple[int, int]] = []
    job.pagePrinted.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=30000) as finished:
        job.start()
    job.wait()
    assert finished.args == [3]
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert job.worker_thread_id not in (None, threading.main_thread().ident)
    widths = _image_widths(out.read_bytes())
    assert len(widths) == 3
    # An A4 page is 8.27 inches wide: 2,481 pixels at 300 dpi, 9,921 at 1,200.
    assert all(width <= round(8.27 * MAX_PRINT_DPI) + 2 for width in widths)


def test_annuleren_stops_a_long_print_after_the_current_page(qtbot: QtBot, tmp_path: Path) -> None:
    job = PrintJob(_pdf(60), _pdf_printer(tmp_path / "lang.pdf"))
    dialog = PrintProgressDialog(job)
    qtbot.addWidget(dialog)
    dialog.show()
    cancel = dialog.findChild(QPushButton)
    job.pagePrinted.connect(
        lambda done, _total: (
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton) if done == 1 else None
        )
    )
    with qtbot.waitSignal(job.cancelled, timeout=30000) as cancelled:
        job.start()
    job.wait()
    assert 1 <= cancelled.args[0] < 60
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_an_unreadable_pdf_fails_with_a_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    job = PrintJob(b"%PDF-1.4 kapot", _pdf_printer(tmp_path / "x.pdf"))
    with qtbot.waitSignal(job.failed, timeout=10000) as failed:
        job.start()
    job.wait()
    assert failed.args == ["Deze brief kan niet afgedrukt worden: de PDF is onleesbaar."]
