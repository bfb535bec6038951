"""Pages of an untrusted document, rendered by a separate process that is killed if it stalls.

The viewer and the purge confirmation never parse a stranger's PDF or image in the
program itself: :mod:`privacydesk.gui.render_worker` does, in its own process, and hands
back PNG pages. If it takes longer than :data:`RENDER_TIMEOUT_MS`, crashes, or refuses the
file, the caller hears ``failed`` with a sentence and the window has stayed responsive.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtGui import QImage

from privacydesk.gui.render_worker import EXIT_REFUSED

RENDER_TIMEOUT_MS = 15_000


def worker_command() -> list[str]:
    """How to start the worker: the program itself with ``--render-worker``."""
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        # The console twin has working standard streams; the windowed program may not.
        console = executable.with_name("privacydesk-cli" + executable.suffix)
        return [str(console if console.exists() else executable), "--render-worker"]
    return [sys.executable, "-m", "privacydesk", "--render-worker"]


def parse_pages(output: bytes) -> list[QImage] | None:
    """The PNG pages in the worker's output; None when the list is not complete."""
    pages: list[QImage] = []
    offset = 0
    while offset + 4 <= len(output):
        (length,) = struct.unpack(">I", output[offset : offset + 4])
        offset += 4
        if length == 0:
            return pages
        if offset + length > len(output):
            return None
        image = QImage.fromData(output[offset : offset + length])  # PNG, found from its bytes
        if image.isNull():
            return None
        pages.append(image)
        offset += length
    return None


class PageRenderer(QObject):
    """One rendering at a time; starting another abandons the previous one."""

    rendered = Signal(list)  # list[QImage]
    failed = Signal(str)  # a sentence for the officer

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._timed_out_flag = False

    def render(self, data: bytes, content_type: str, *, width: int, max_pages: int) -> None:
        self.cancel()
        process = QProcess(self)
        command = worker_command()
        process.setProgram(command[0])
        process.setArguments([*command[1:], content_type, str(width), str(max_pages)])
        process.finished.connect(lambda code, status, p=process: self._finished(p, code, status))
        process.errorOccurred.connect(lambda error, p=process: self._error(p, error))
        self._process = process
        self._timed_out_flag = False
        process.start()
        process.write(data)
        process.closeWriteChannel()
        self._timer.start(_timeout())

    @property
    def busy(self) -> bool:
        return self._process is not None

    def cancel(self) -> None:
        process, self._process = self._process, None
        self._timer.stop()
        if process is not None:
            process.blockSignals(True)
            process.kill()
            process.waitForFinished(2000)
            process.deleteLater()

    def _timed_out(self) -> None:
        process = self._process
        if process is None:
            return
        self._timed_out_flag = True
        process.kill()  # finished() follows, with a crash status

    def _error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if process is not self._process or error != QProcess.ProcessError.FailedToStart:
            return  # a crash or a kill also ends in finished()
        self._done(process)
        self.failed.emit(
            self.tr("Dit document kan niet getoond worden: de weergave kon niet starten.")
        )

    def _done(self, process: QProcess) -> None:
        self._timer.stop()
        self._process = None
        process.deleteLater()

    def _finished(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        if process is not self._process:
            return
        try:
            output = bytes(process.readAllStandardOutput().data())
        except RuntimeError:  # the window closed meanwhile, and the process with it
            return
        self._done(process)
        if self._timed_out_flag:
            self.failed.emit(
                self.tr(
                    "Dit document kan niet getoond worden: het openen duurde te lang en werd "
                    "gestopt. Het document zelf blijft bewaard."
                )
            )
            return
        pages = parse_pages(output) if status == QProcess.ExitStatus.NormalExit else None
        if code == EXIT_REFUSED:
            self.failed.emit(
                self.tr(
                    "Dit document kan niet getoond worden: het is zo gebouwd dat het openen "
                    "het programma zou blokkeren of overladen (een lus in de pagina's of een "
                    "compressiebom)."
                )
            )
        elif code != 0 or not pages:
            self.failed.emit(
                self.tr("Dit document kan niet getoond worden: het is beschadigd of onleesbaar.")
            )
        else:
            self.rendered.emit(pages)


def _timeout() -> int:
    return RENDER_TIMEOUT_MS  # looked up at each start, so a test may shorten it
