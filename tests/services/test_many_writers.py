"""Four officers writing to one register at once: nobody sees an error a colleague caused.

Each writer is a separate process doing what the GUI does. The default run is short so the
suite stays quick; ``PRIVACYDESK_WRITERS_SECONDS=20`` gives the figure in the README.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import Counter
from pathlib import Path

import pytest

from privacydesk.services import open_services
from tests.services.writer_load import write_for

WRITERS = 4
SECONDS = float(os.environ.get("PRIVACYDESK_WRITERS_SECONDS", "3"))


def _run_writers(location: str, folder: Path) -> tuple[int, list[str], list[dict[str, object]]]:
    spawn = multiprocessing.get_context("spawn")
    files = [folder / f"writer{n}.json" for n in range(WRITERS)]
    processes = [
        spawn.Process(target=write_for, args=(location, SECONDS, n, str(files[n])))
        for n in range(WRITERS)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=SECONDS + 120)
        assert process.exitcode == 0, "a writer process crashed"
    operations, failures, committed = 0, [], []
    for file in files:
        result = json.loads(file.read_text(encoding="utf-8"))
        operations += result["operations"]
        failures += result["failures"]
        committed += result["committed"]
    print(
        f"\n{WRITERS} writers, {SECONDS:g} s: {operations} operations, "
        f"{len(failures)} failed, {len(committed)} cases"
    )
    return operations, failures, committed


@pytest.mark.slow
@pytest.mark.postgresql
def test_four_officers_writing_at_once_on_a_server_never_fail(
    postgres_url: str, tmp_path: Path
) -> None:
    _check_many_writers(postgres_url, tmp_path)


@pytest.mark.slow
def test_four_officers_writing_at_once_on_a_file_never_fail(tmp_path: Path) -> None:
    _check_many_writers(str(tmp_path / "register.sqlite"), tmp_path)


def _check_many_writers(location: str, tmp_path: Path) -> None:
    open_services(location).close()  # created (or migrated) once, before the writers start
    operations, failures, committed = _run_writers(location, tmp_path)

    assert failures == [], failures[0]
    assert operations >= WRITERS * 4  # every writer got work done
    references = Counter(str(case["reference"]) for case in committed)
    assert [ref for ref, n in references.items() if n > 1] == []
    services = open_services(location)
    try:
        stored = {case.reference: case for case in services.cases.list_cases()}
        assert set(references) <= set(stored)  # every commit a writer was told of is there
        assert len(stored) == len(references)
        assert services.audit.verify().ok
        events = services.audit.all()
        assert len(events) == operations  # one trail event per operation, none lost
        assert [e.id for e in events] == list(range(1, len(events) + 1))
    finally:
        services.close()
