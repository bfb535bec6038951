"""Running slow work off the GUI thread and bringing the result back with a signal."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            try:
                result = self._work()
            except Exception as exc:  # handed to the GUI thread, which shows it
                self._signals.failed.emit(exc)
            else:
                self._signals.done.emit(result)
        except RuntimeError:
            pass  # the window that asked was closed meanwhile: nobody to tell


def run_in_background(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> None:
    """Run ``work`` in the thread pool; its result or error arrives on the GUI thread.

    The signals object is parented to ``owner`` so a reply to a closed window is dropped.
    """
    signals = _Signals(owner)
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    signals.done.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(_Job(work, signals))


class MainThreadGarbageCollector(QObject):
    """Collect Python garbage on the GUI thread only.

    Python's collector runs in whichever thread happens to allocate; when that is a worker
    thread and the garbage holds Qt widgets, Qt destroys widgets off the GUI thread and the
    program crashes. So automatic collection is off and this timer collects on the GUI thread.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break
