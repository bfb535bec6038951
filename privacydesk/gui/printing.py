"""Printing a stored PDF exactly as issued: page by page, off the GUI thread, cancellable.

Each page is rendered with QtPdf at the printer's resolution but never above
:data:`MAX_PRINT_DPI` (a letter is text; 1,200 dpi cost 680 MB and two seconds a page on
the GUI thread), drawn onto the printer, and dropped before the next. The work runs in a
thread of its own — QPainter may paint on a QPrinter outside the GUI thread — and reports
each page, so the window stays responsive and the officer can stop a long print.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from privacydesk.core.errors import UserFacingError

MAX_PRINT_DPI = 300


class PrintError(UserFacingError):
    pass


class PrintJob(QObject):
    """One PDF to one printer. Signals arrive on the GUI thread."""

    started = Signal(int)  # the number of pages
    pagePrinted = Signal(int, int)  # pages done, pages in all
    finished = Signal(int)  # pages printed
    cancelled = Signal(int)  # pages printed before the stop
    failed = Signal(str)  # a sentence

    def __init__(self, pdf: bytes, printer: QPrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pdf = pdf
        self._printer = printer
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.worker_thread_id: int | None = None  # which thread rendered, for the record

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="privacydesk-print", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        self.worker_thread_id = threading.get_ident()
        try:
            done = self._print()
        except PrintError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a driver or engine failure: say it, never crash
            self.failed.emit(f"Het afdrukken is mislukt ({exc}).")
            return
        if self._stop.is_set():
            self.cancelled.emit(done)
        else:
            self.finished.emit(done)

    def _print(self) -> int:
        buffer = QBuffer()
        buffer.setData(QByteArray(self._pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise PrintError("Deze brief kan niet afgedrukt worden: de PDF is onleesbaar.")
        total = document.pageCount()
        printer = self._printer
        if printer.resolution() > MAX_PRINT_DPI:
            printer.setResolution(MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("De printer kan niet gestart worden.")
        self.started.emit(total)
        done = 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for page in range(total):
                if self._stop.is_set():
                    printer.abort()
                    break
                if page > 0:
                    printer.newPage()
                points = document.pagePointSize(page)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = document.render(page, size)
                # The printable area may be a little smaller than A4: fit, never crop.
                fitted = size.scaled(painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, fitted.width(), fitted.height()), image)
                del image  # one page in memory at a time
                done += 1
                self.pagePrinted.emit(done, total)
        finally:
            painter.end()
            document.close()
        return done


class PrintProgressDialog(QProgressDialog):
    """ "Pagina 2 van 5 wordt afgedrukt…" with Annuleren, which stops after the current page."""

    def __init__(self, job: PrintJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printProgressDialog")
        self.setWindowTitle(self.tr("Afdrukken"))
        self.setLabelText(self.tr("Het afdrukken begint…"))
        self.setCancelButtonText(self.tr("Annuleren"))
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self._job = job
        self.canceled.connect(self._cancel)
        job.started.connect(lambda total: self.setRange(0, total))
        job.pagePrinted.connect(self._page)
        job.finished.connect(self._done)
        job.cancelled.connect(self._done)
        job.failed.connect(self._done)

    def _cancel(self) -> None:
        self.setLabelText(self.tr("Het afdrukken wordt gestopt na deze pagina…"))
        self._job.cancel()

    def _page(self, done: int, total: int) -> None:
        self.setValue(done)
        self.setLabelText(
            self.tr("Pagina {done} van {total} afgedrukt…").format(done=done, total=total)
        )

    def _done(self, *_result: object) -> None:
        self.close()
