"""`cases`, `due` and `export` on a file register read it with the standard library alone
(services.reading): the same lines as opening the register the full way, never a write."""

from __future__ import annotations

import gc
import hashlib
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from privacydesk import cli
from privacydesk.cli import main
from privacydesk.core.inquiries import InquiryKind
from privacydesk.core.workflow import Status
from privacydesk.services import Services, open_services
from privacydesk.store import register_file
from tests.conftest import Clock
from tests.services.helpers import new_request
from tests.services.test_case_rows import _one_of_each_status

_LISTINGS = {
    "cases": ["cases"],
    "cases-csv": ["cases", "--format", "csv"],
    "due": ["due"],
    "due-csv": ["due", "--format", "csv", "--within", "30"],
    "export": ["export", "--csv", "{OUT}"],
}


def _a_varied_register(services: Services, clock: Clock) -> None:
    """Every status, an inquiry with a deadline, a case past retention, and settings that
    are not the defaults (a wider window, the clock paused while awaiting identification)."""
    real_today = date.today()
    clock.set_day(real_today - timedelta(days=8 * 365))  # past retention, after 25 May 2018
    old = services.cases.register(new_request("Oud dossier", received=clock.today))
    services.identity.waive(old.id, "Bekende klant")
    services.cases.change_status(old.id, Status.IN_PROGRESS)
    services.cases.change_status(old.id, Status.ANSWERED, answered_on=clock.today)
    services.cases.change_status(old.id, Status.CLOSED)
    clock.set_day(real_today)
    made = _one_of_each_status(services)
    # Due in about three weeks: soon in a window of 30 days, not in the default 7.
    services.cases.register(new_request("Binnenkort", received=real_today - timedelta(days=10)))
    services.inquiries.record(
        made[Status.IN_PROGRESS],
        InquiryKind.GBA_INFORMATION,
        real_today - timedelta(days=3),
        their_reference="DOS-2026-0042",
        deadline=real_today + timedelta(days=4),
    )
    settings = services.settings.current()
    services.settings.save(
        replace(settings, reminder_window_days=30, pause_while_awaiting_identification=True)
    )


def _run(path: Path, argv: list[str], out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["--db", str(path), *(a.replace("{OUT}", str(out)) for a in argv)])
    printed = capsys.readouterr()
    assert printed.err == ""
    written = out.read_bytes().decode("utf-8-sig") if out.exists() else ""
    out.unlink(missing_ok=True)
    return f"exit {code}\n{printed.out.replace(str(out), 'OUT')}{written}"


@pytest.mark.parametrize("listing", sorted(_LISTINGS))
def test_the_quick_reading_lists_what_opening_the_register_lists(
    services: Services,
    clock: Clock,
    register_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    listing: str,
) -> None:
    _a_varied_register(services, clock)
    services.close()
    out = tmp_path / "uit.csv"
    quick = _run(register_path, _LISTINGS[listing], out, capsys)
    with monkeypatch.context() as full_way:
        full_way.setattr(cli, "_list_from_file", lambda *_args: None)
        full = _run(register_path, _LISTINGS[listing], out, capsys)
    assert quick == full
    assert len(quick.splitlines()) > 5  # the varied register is listed, not an empty one
    if listing.startswith("due"):
        assert "DOS-2026-0042" in quick and "Oud dossier" in quick and "Binnenkort" in quick


def test_a_listing_never_writes_the_register(
    services: Services, register_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.cases.register(new_request())
    services.close()
    before = hashlib.sha256(register_path.read_bytes()).hexdigest()
    for argv in _LISTINGS.values():
        _run(register_path, argv, tmp_path / "uit.csv", capsys)
    assert hashlib.sha256(register_path.read_bytes()).hexdigest() == before


def test_the_listing_leaves_the_cycle_collector_as_it_found_it(
    services: Services, register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.close()
    was_enabled = gc.isenabled()  # an earlier test's window may have switched it off
    try:
        gc.enable()
        assert main(["--db", str(register_path), "cases"]) == 0
        assert gc.isenabled()  # the listing switches it off while it builds its rows, no longer
        gc.disable()  # as the window does (gui/background.py): then it stays off
        assert main(["--db", str(register_path), "cases"]) == 0
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


def test_a_register_of_an_older_version_is_upgraded_then_listed(
    register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from alembic import command

    from privacydesk.store.engine import _alembic_config

    services = open_services(register_path)
    services.cases.register(new_request("Van vroeger"))
    head = register_file.head_revision()
    previous = register_file.revisions()[head]
    assert previous is not None
    config = _alembic_config()
    with services.register.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, previous)
    services.close()
    assert main(["--db", str(register_path), "cases"]) == 0
    assert "Van vroeger" in capsys.readouterr().out
    conn = sqlite3.connect(register_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    conn.close()


# What a listing of a file register must never load: the ORM (its import alone costs more
# than listing 100,000 cases), and the letters', documents' and reports' libraries.
_NOT_FOR_A_FILE_LISTING = ("sqlalchemy", "sqlmodel", "alembic", "pydantic", "reportlab", "PIL")


@pytest.mark.parametrize("listing", sorted(_LISTINGS))
def test_a_file_listing_loads_neither_the_orm_nor_the_letter_libraries(
    services: Services, register_path: Path, tmp_path: Path, listing: str
) -> None:
    services.cases.register(new_request())
    services.close()
    argv = ["--db", str(register_path)]
    argv += [a.replace("{OUT}", str(tmp_path / "x.csv")) for a in _LISTINGS[listing]]
    code = (
        "import sys\n"
        "from privacydesk.cli import main\n"
        f"code = main({argv!r})\n"
        f"loaded = sorted({{n.split('.')[0] for n in sys.modules}} & "
        f"set({_NOT_FOR_A_FILE_LISTING!r}))\n"
        "print('LOADED', loaded, 'EXIT', code, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "LOADED [] EXIT" in result.stderr, result.stderr
