"""A throw-away PostgreSQL server for the tests: its own folder, its own port, stopped after.

``initdb`` and ``postgres`` refuse to run as root, so under root (CI) the server runs as the
``postgres`` user in a folder that user owns. Where no PostgreSQL is installed the tests that
need it are skipped with the reason, so the README's test command passes everywhere.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

_SERVER_USER = "postgres"


def _find(tool: str) -> str | None:
    found = shutil.which(tool)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{tool}"), reverse=True):
        return str(candidate)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass
class PostgresServer:
    folder: Path
    port: int
    pg_ctl: str
    as_user: str | None

    def url(self, database: str = "postgres", user: str = "postgres", password: str = "") -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        full = list(command)
        if self.as_user:
            full = ["runuser", "-u", self.as_user, "--", *full]
        return subprocess.run(full, capture_output=True, text=True, timeout=120, check=False)

    def stop(self) -> None:
        self._run(self.pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def new_database(self) -> str:
        """An empty database for one test; returns its name."""
        import psycopg

        name = "pd_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def copy_database(self, template: str) -> str:
        import psycopg

        name = "pd_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_postgres() -> PostgresServer | str:
    """A running server, or the sentence saying why there is none."""
    initdb, pg_ctl = _find("initdb"), _find("pg_ctl")
    if initdb is None or pg_ctl is None:
        return "PostgreSQL (initdb, pg_ctl) is not installed"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    as_user = None
    if _is_root():
        if shutil.which("runuser") is None:
            return "running as root without runuser, PostgreSQL cannot be started"
        as_user = _SERVER_USER
    folder = Path(tempfile.mkdtemp(prefix="privacydesk-pg-"))
    if as_user:
        shutil.chown(folder, user=as_user)
    folder.chmod(0o700)
    port = _free_port()
    server = PostgresServer(folder=folder, port=port, pg_ctl=pg_ctl, as_user=as_user)
    data = folder / "data"
    init = server._run(
        initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"
    )
    if init.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        return f"initdb failed: {init.stderr.strip()[:200]}"
    options = (
        f"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    started = server._run(
        pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "-t", "60", "start"
    )
    if started.returncode != 0:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        server.stop()
        return f"PostgreSQL did not start: {(started.stderr or log).strip()[:200]}"
    return server
