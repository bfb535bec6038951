"""The parts of ``verify-audit`` that need no key, in a process of its own beside the walk.

Walking the chain (a keyed hash per event) is Python work that holds the GIL. Hashing every
stored letter and document (most of a large register's bytes) and replaying each case's
events against its row read the same file but need neither the key nor the walk. On a
thread they gain nothing: every row the other thread fetches waits for the GIL (measured:
slower than one after the other). A process of its own, reading the file read-only, runs
them on the second core. A server register, a small file (starting a process costs more
than it saves), a process that cannot start or fails: then they run here, as before.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Connection

from privacydesk.services.audit_replay import replay_cases
from privacydesk.services.integrity import stored_file_problems

WORKER_FLAG = "--verify-worker"
WORKER_FROM_BYTES = 64 * 1024 * 1024
# What the process does, in the order the findings are reported.
_PARTS = {"cases": replay_cases, "files": stored_file_problems}

_log = logging.getLogger(__name__)


def worker_command(path: Path) -> list[str]:
    """The program itself (the console twin when frozen) with ``--verify-worker PATH``."""
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        console = executable.with_name("privacydesk-cli" + executable.suffix)
        program = [str(console if console.exists() else executable)]
    else:
        program = [sys.executable, "-m", "privacydesk"]
    return [*program, WORKER_FLAG, str(path)]


def serve_worker(arguments: list[str]) -> int:
    """``privacydesk --verify-worker PATH``: the findings as JSON on stdout,
    ``{"cases": [...], "files": [...]}``; any failure exits non-zero."""
    import sqlite3

    from sqlalchemy import create_engine

    (path_text,) = arguments
    uri = Path(path_text).resolve().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN")  # one snapshot for every statement
            found = {name: part(conn) for name, part in _PARTS.items()}
    finally:
        engine.dispose()
    sys.stdout.buffer.write(json.dumps(found).encode("ascii"))
    sys.stdout.flush()
    return 0


class BesideChecks:
    """The case replay and the stored files' check, started now (for a large register
    file in a process of its own), each collected with ``result(name, conn)``: from the
    process, or computed here on the caller's connection."""

    def __init__(self, path: Path | None) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._found: dict[str, list[str]] | None = None
        if path is None or not path.is_file() or path.stat().st_size < WORKER_FROM_BYTES:
            return
        try:
            self._process = subprocess.Popen(
                worker_command(path),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                # No console window flashing up when the windowed program checks.
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as exc:
            _log.warning("verify-audit checks everything in-process: %s", exc)

    def _collect(self) -> dict[str, list[str]] | None:
        process, self._process = self._process, None
        if process is None:
            return self._found
        out, err = process.communicate()
        try:
            found = json.loads(out) if process.returncode == 0 else None
        except ValueError:
            found = None
        if (
            isinstance(found, dict)
            and set(found) == set(_PARTS)
            and all(
                isinstance(items, list) and all(isinstance(item, str) for item in items)
                for items in found.values()
            )
        ):
            self._found = found
        else:
            _log.warning(
                "verify-audit's process beside failed (exit %s): %s; checking in-process.",
                process.returncode,
                err.decode("utf-8", "replace")[-500:],
            )
        return self._found

    def result(self, name: str, conn: Connection) -> list[str]:
        found = self._collect()
        if found is not None:
            return found[name]
        return _PARTS[name](conn)

    def abandon(self) -> None:
        """The caller no longer waits (it ended with an error): stop the process."""
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.communicate()
