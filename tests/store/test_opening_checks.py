"""Opening a register checks what is cheap; the whole-file check runs when asked for.

A 2 GB register must not be read end to end on every start (issue 17), yet a half-copied
file is still refused on open and a damaged page deep inside is still found by
``verify-audit``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from privacydesk.cli import main
from privacydesk.store.engine import open_register
from privacydesk.store.errors import RegisterCorruptError
from privacydesk.store.register_file import integrity_problem
from tests.services.helpers import new_request

pytestmark = pytest.mark.file_register


def _register_with_cases(path: Path, count: int = 60) -> None:
    from privacydesk.services import open_services

    services = open_services(path)
    for n in range(count):
        services.cases.register(new_request(f"Persoon {n:03d} " + "x" * 180))
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def test_a_half_copied_register_is_refused_on_open(register_path: Path) -> None:
    _register_with_cases(register_path)
    data = register_path.read_bytes()
    register_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(RegisterCorruptError, match="beschadigd"):
        open_register(register_path)
    assert len(register_path.read_bytes()) == len(data) // 2  # left as it was


def test_a_damaged_page_deep_inside_is_found_by_verify_audit(
    register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _register_with_cases(register_path)
    conn = sqlite3.connect(register_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_case_requester_name'"
    ).fetchone()
    conn.close()
    assert root > 1
    with register_path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 16)  # no valid b-tree page starts like this
    assert integrity_problem(register_path) is not None
    # Opening reads the schema, not every page: the register still opens ...
    open_register(register_path).engine.dispose()
    # ... and the check the officer runs names the damage.
    assert main(["--db", str(register_path), "verify-audit"]) == 1
    assert "beschadigd" in capsys.readouterr().err


def test_a_damaged_schema_is_named_in_dutch(
    register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _register_with_cases(register_path, count=3)
    with register_path.open("r+b") as handle:
        handle.seek(100)  # the first page's b-tree header, which holds the schema
        handle.write(b"\xff" * 8)
    assert main(["--db", str(register_path), "cases"]) == 2
    err = capsys.readouterr().err
    assert "het bestand is beschadigd" in err and "malformed" not in err
