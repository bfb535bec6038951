"""Work done on a thread of its own while the caller goes on with something else.

Only for work that holds no GIL while it runs, such as SQLite's whole-file check (one
statement that reads every page): Python work on a second thread waits for the GIL and
gains nothing (``verify_beside`` runs that in a process instead).
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Thread
from typing import Generic, TypeVar

T = TypeVar("T")


class SideWork(Generic[T]):
    """``work()`` started on a daemon thread now; ``result()`` waits for it. A daemon, so
    that an interrupted command does not wait for work nobody will read."""

    def __init__(self, work: Callable[[], T], name: str) -> None:
        self._work = work
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._work()
        except BaseException as exc:  # handed to the caller in result()
            self._error = exc

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]
