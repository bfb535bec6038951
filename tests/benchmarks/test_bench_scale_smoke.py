"""The scale benchmark keeps working: a tiny generated register is valid and the window
steps it times (start, change, search, sort) run on it. The figures are not judged here."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.benchmarks import bench_scale
from tests.benchmarks.register_generator import generate


@pytest.mark.slow
def test_a_generated_register_is_valid_and_the_benchmark_runs_on_it(tmp_path: Path) -> None:
    from privacydesk.services import open_services

    path = generate(tmp_path / "register.sqlite", 60, template=tmp_path / "template.sqlite")
    services = open_services(path, create=False)
    try:
        verification = services.audit.verify()
        assert verification.ok, verification.problem
        assert services.cases.count() == 60
        references = [c.reference for c in services.cases.list_cases()]
        assert len(set(references)) == 60
    finally:
        services.close()
    with sqlite3.connect(path) as conn:
        # Realistic: accents, letters and documents, several statuses, three years.
        names = [row[0] for row in conn.execute('SELECT requester_name FROM "case"')]
        assert any(not name.isascii() for name in names)
        assert conn.execute("SELECT count(*) FROM letter").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM attachment_blob").fetchone()[0] > 0
        assert conn.execute('SELECT count(DISTINCT status) FROM "case"').fetchone()[0] >= 3

    gui = bench_scale.child_gui(str(path))
    assert gui["cases"] == 60 and gui["sort"] > 0 and "change" in gui
    walk = bench_scale.child_walk(str(path))
    assert walk["events"] == verification.checked + 1  # the change the window step made
    text = bench_scale.table({"60": [dict(what="x", value=1.0, floor=0.5, ratio=2.0, goal="—")]})
    assert "| x | 1.00 | 0.500 | 2.0× | — |" in text
