"""Work done on a thread of its own while the caller goes on with something else.

``verify-audit`` hashes every stored letter and document (most of a large register's bytes)
and has SQLite check the whole file, while the chain walk runs in Python. SQLite and
hashlib let go of the interpreter lock while they work, so on a second core that side work
costs the officer next to no waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Event, Thread
from typing import Generic, TypeVar

T = TypeVar("T")


class SideWork(Generic[T]):
    """``work(stop)`` started on a daemon thread now; ``result()`` waits for it.

    ``stop`` is set when the caller no longer waits (it left with an error): work that looks
    at it between steps ends early. The thread is a daemon so that an interrupted command
    does not wait for work nobody will read.
    """

    def __init__(self, work: Callable[[Event], T], name: str) -> None:
        self.stop = Event()
        self._work = work
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._work(self.stop)
        except BaseException as exc:  # handed to the caller in result()
            self._error = exc

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]

    def abandon(self) -> None:
        """The caller no longer waits: ask the work to end, and let it finish on its own."""
        self.stop.set()
