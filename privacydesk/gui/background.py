"""Running slow work off the GUI thread and bringing the result back with a signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


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
