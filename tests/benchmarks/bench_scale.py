"""What the officer waits for with a large register, next to the floor of the same machine.

    uv run python tests/benchmarks/bench_scale.py                 # 10k and 100k
    uv run python tests/benchmarks/bench_scale.py --sizes 10000 --json scale.json
    uv run python tests/benchmarks/bench_scale.py --sizes 100000 --only cli   # gui, cli, audit

Registers are built once by ``register_generator.py`` and cached in
``tests/benchmarks/.cache/`` (``--rebuild`` makes them again; the 100k one takes minutes
and about 2 GB). Every figure is measured in a fresh process, beside a floor measured in
the same run: a bare PySide6 window, Qt's own filter and sort over the same names, a plain
``sqlite3`` select of the same rows, a plain walk of the audit trail. The table gives the
figure, the floor and the ratio; ``--json FILE`` writes the same as JSON. The listings are
also set beside the same select by Python's own ``sqlite3`` module in a fresh interpreter,
which is what any Python program pays before it does anything with the rows.

The GUI figures run offscreen. "Longest freeze" is the longest the GUI thread did not
serve its event loop (a 5 ms heartbeat timer notes every gap) during that step.

Named bench_*, so pytest does not collect it; ``tests/benchmarks/test_bench_scale_smoke.py``
runs it on a tiny register so that it keeps working.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Collection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CACHE = Path(__file__).resolve().parent / ".cache"
SEARCH_TEXT = "noel"


def _peak_rss_mib() -> float:
    """The process's peak resident memory (Linux: VmHWM; elsewhere ru_maxrss)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:  # pragma: no cover - Windows
        return float("nan")


def _rss_mib() -> float:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return _peak_rss_mib()


# -- children: each measurement in its own process ------------------------------------------


class _Heartbeat:
    """Notes the longest gap between ticks of a 5 ms timer: how long the GUI thread froze."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self.longest = 0.0
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def reset(self) -> None:
        self._last = time.perf_counter()
        self.longest = 0.0

    def take(self) -> float:
        now = time.perf_counter()
        longest = max(self.longest, now - self._last)
        self.reset()
        return longest


def _wait(app: Any, done: Any, timeout: float = 120.0) -> float:
    started = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the window did not get there in time")
        time.sleep(0.001)
    return time.perf_counter() - started


def child_gui(db: str) -> dict[str, Any]:
    """Start the program's window on the register, then change, search, sort."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QComboBox

    from privacydesk.core.workflow import Status
    from privacydesk.gui.app import application, build_main_window
    from privacydesk.services import open_services

    app = application()
    beat = _Heartbeat()
    services = open_services(db, actor="bench")
    loaded: list[bool] = []
    window = build_main_window(services)
    window.casesLoaded.connect(lambda: loaded.append(True))
    window.show()
    app.processEvents()
    shown = time.perf_counter()
    # Opening the register and building the window happen before there is a window to
    # freeze; from here on the officer could click, so every gap counts.
    beat.reset()
    view = window.table
    _wait(app, lambda: view.model().rowCount() > 0)
    app.processEvents()
    visible = time.perf_counter()
    result: dict[str, Any] = {
        "start": visible - started,
        "window_shown": shown - started,
        "shown_to_visible": visible - shown,
        "start_freeze": beat.take(),
    }
    _wait(app, lambda: bool(loaded))
    result["all_loaded"] = time.perf_counter() - started
    result["load_freeze"] = beat.take()
    total = services.cases.count()
    # Let anything still finishing after the first rows settle before the next step.
    _wait(app, lambda: True)
    time.sleep(0.3)
    app.processEvents()
    beat.reset()

    # A change to one case, as the case pane reports it after the officer saved.
    import sqlite3

    probe = sqlite3.connect(db)
    found = probe.execute(
        "SELECT id FROM \"case\" WHERE status = 'received' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    probe.close()
    case_id = found[0] if found else None
    if case_id is not None:
        from privacydesk.gui.case_table_model import Column
        from privacydesk.gui.labels import status_label

        services.cases.change_status(case_id, Status.AWAITING_IDENTIFICATION)
        wanted = status_label(Status.AWAITING_IDENTIFICATION)
        model = window.model

        def shown() -> bool:
            row = model.row_of(case_id)
            return row is not None and model.index(row, Column.STATUS).data() == wanted

        loaded.clear()
        app.processEvents()
        beat.reset()  # the change itself was the services' work, not the table's
        t0 = time.perf_counter()
        window.detail.caseChanged.emit(case_id)
        _wait(app, shown)
        result["change"] = time.perf_counter() - t0
        result["change_freeze"] = beat.take()
        _wait(app, lambda: True)
        time.sleep(0.5)  # a reload started by the change may still be on its way
        app.processEvents()
        beat.reset()

    # Searching, one key at a time, as typed; then clearing the box.
    edit = window.search_edit
    edit.setFocus()
    keys = []
    for char in SEARCH_TEXT:
        t0 = time.perf_counter()
        QTest.keyClick(edit, char)
        app.processEvents()
        keys.append(time.perf_counter() - t0)
    result["search_key_median"] = statistics.median(keys)
    result["search_key_worst"] = max(keys)
    result["search_hits"] = view.model().rowCount()
    result["search_freeze"] = beat.take()
    t0 = time.perf_counter()
    edit.clear()
    app.processEvents()
    result["search_clear"] = time.perf_counter() - t0
    result["search_clear_freeze"] = beat.take()

    # Sorting by clicking a header: the requester, then the due date.
    header = view.horizontalHeader()
    sorts = []
    for column in (1, 4):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        t0 = time.perf_counter()
        QTest.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(x, header.height() // 2),
        )
        app.processEvents()
        sorts.append(time.perf_counter() - t0)
    result["sort"] = max(sorts)
    result["sort_freeze"] = beat.take()

    # The "needs attention" filter, then back to every case.
    from privacydesk.gui.case_table_model import CaseFilter

    combo = window.findChild(QComboBox, "statusFilter")
    filters = []
    for choice in (CaseFilter.NEEDS_ATTENTION, CaseFilter.ALL):
        t0 = time.perf_counter()
        combo.setCurrentIndex(int(choice))
        app.processEvents()
        filters.append(time.perf_counter() - t0)
    result["filter"] = max(filters)
    result["filter_freeze"] = beat.take()

    # F5: the whole register read again, the officer's place kept.
    loaded.clear()
    QTest.keyClick(view, Qt.Key.Key_F5)
    _wait(app, lambda: bool(loaded))
    result["refresh_freeze"] = beat.take()
    app.processEvents()
    result["memory_mib"] = _rss_mib()
    result["cases"] = total
    window.close()
    services.close()
    return result


def child_bare(db: str) -> dict[str, Any]:
    """The floor: a bare window, and Qt's own filter and sort over the same names."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.show()
    app.processEvents()
    result: dict[str, Any] = {"start": time.perf_counter() - started, "memory_mib": _rss_mib()}
    import sqlite3

    conn = sqlite3.connect(db)
    names = [row[0] for row in conn.execute('SELECT requester_name FROM "case"')]
    conn.close()
    model = QStringListModel(names)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = window.centralWidget()
    assert isinstance(view, QTableView)
    view.setModel(proxy)
    app.processEvents()
    t0 = time.perf_counter()
    proxy.setFilterFixedString(SEARCH_TEXT)
    app.processEvents()
    result["search"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    proxy.setFilterFixedString("")
    app.processEvents()
    result["search_clear"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    proxy.sort(0)
    app.processEvents()
    result["sort"] = time.perf_counter() - t0
    return result


def child_open(db: str) -> dict[str, Any]:
    """Opening the register (checks, pragmas, migrations), warm."""
    from privacydesk.store.engine import open_register

    open_register(db).engine.dispose()  # the first open pays for imports
    t0 = time.perf_counter()
    open_register(db).engine.dispose()
    return {"open": time.perf_counter() - t0}


def child_walk(db: str) -> dict[str, Any]:
    """The floor of verify-audit: every event read and hashed once, streaming."""
    import hashlib
    import sqlite3

    t0 = time.perf_counter()
    conn = sqlite3.connect(db)
    count = 0
    for row in conn.execute(
        "SELECT id, at, actor, action, case_id, case_reference, details, prev_hash, hash "
        "FROM audit_event ORDER BY id"
    ):
        hashlib.sha256(json.dumps(row[:8], ensure_ascii=False).encode()).hexdigest()
        count += 1
    conn.close()
    return {"walk": time.perf_counter() - t0, "events": count, "peak_mib": _peak_rss_mib()}


def child_cli(db: str, *command: str) -> dict[str, Any]:
    """A command line run, in a process of its own (interpreter start included)."""
    from privacydesk.cli import main

    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    code = main(["--db", db, *command])
    return {"exit": code, "peak_mib": _peak_rss_mib()}


def child_warm(db: str) -> dict[str, Any]:
    """Compiles the program's bytecode into the cache once, as an installed program has it:
    without this the first figure of a fresh cache would time the compiler. Every module of
    ours (most load on first use), and the libraries they load at start or on first use."""
    import compileall
    import importlib
    from datetime import date

    compileall.compile_dir(ROOT / "privacydesk", quiet=1)
    for name in ("privacydesk.gui.app", "privacydesk.cli", "privacydesk.services.container"):
        importlib.import_module(name)
    # What the window loads beside its first rows (the first case's services, and the
    # libraries they use): compiling those on a worker thread holds Python's lock, and would
    # show as a freeze that an installed program, compiled in advance, never has.
    from privacydesk.gui.case_detail_pane import CaseDetailPane

    CaseDetailPane.prepare()
    from privacydesk.core.deadlines import is_working_day

    is_working_day(date(2026, 1, 1))  # the holidays package loads its countries here
    return {"db": db}


_CHILDREN = {
    "warm": child_warm,
    "gui": child_gui,
    "bare": child_bare,
    "open": child_open,
    "walk": child_walk,
    "cli": child_cli,
}


def _child_env(cache: Path) -> dict[str, str]:
    """Children import compiled bytecode, as an installed program does: a shell with
    PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache / "pycache")
    # The generated registers' audit keys stay in the cache, out of the real key store.
    env["PRIVACYDESK_KEY_DIR"] = str(cache / "audit-keys")
    return env


def _cpu_of_children() -> float:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_child(kind: str, db: Path, *extra: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cpu = _cpu_of_children()
        t0 = time.perf_counter()
        completed = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--out", str(out), str(db), *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=_child_env(db.parent),
        )
        wall = time.perf_counter() - t0
        result_cpu = _cpu_of_children() - cpu
        if completed.returncode != 0 or not out.exists():
            raise RuntimeError(f"{kind} {extra} failed:\n{completed.stderr[-3000:]}")
        result = json.loads(out.read_text())
    result["wall"] = wall
    result["cpu"] = result_cpu
    return result


_SELECT = (
    "SELECT c.reference, c.requester_name, group_concat(r.\"right\", '; '), c.received, "
    'c.status FROM "case" c LEFT JOIN case_right r ON r.case_id = c.id '
    "GROUP BY c.id ORDER BY c.reference"
)


def _sqlite_select(db: Path) -> float:
    """A plain sqlite3 select of the rows ``cases`` lists, by the sqlite3 program if present."""
    query = _SELECT
    t0 = time.perf_counter()
    try:
        subprocess.run(
            ["sqlite3", str(db), query], check=True, stdout=subprocess.DEVNULL, timeout=300
        )
    except FileNotFoundError:
        import sqlite3

        conn = sqlite3.connect(db)
        conn.execute(query).fetchall()
        conn.close()
    return time.perf_counter() - t0


def _python_select(db: Path) -> float:
    """The same select by Python's own ``sqlite3`` module, in a fresh interpreter that prints
    the rows: what any Python program pays before it does anything with them."""
    script = (
        "import sqlite3, sys\n"
        "rows = sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchall()\n"
        "sys.stdout.write(''.join('|'.join(map(str, row)) + '\\n' for row in rows))\n"
    )
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", script, str(db), _SELECT],
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=300,
        env=_child_env(db.parent),
    )
    return time.perf_counter() - t0


# -- the run ---------------------------------------------------------------------------------


def register(size: int, cache: Path, rebuild: bool) -> Path:
    from tests.benchmarks.register_generator import generate

    cache.mkdir(parents=True, exist_ok=True)
    os.environ["PRIVACYDESK_KEY_DIR"] = str(cache / "audit-keys")
    path = cache / f"register-{size}.sqlite"
    if rebuild or not path.exists():
        t0 = time.perf_counter()
        print(f"building a register of {size} cases in {path} …", file=sys.stderr, flush=True)
        generate(path, size, template=cache / "template.sqlite")
        print(f"  built in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    return path


GROUPS = ("gui", "cli", "audit")


def measure(db: Path, only: Collection[str] = GROUPS) -> list[dict[str, Any]]:
    """Every figure of issue 17 for one register: (what, seconds or MiB, floor, goal).

    ``only`` picks groups of figures (the GUI, the listing commands, the audit trail), for
    a quicker run while working on one of them.
    """
    print(f"measuring {db.name} …", file=sys.stderr, flush=True)
    _run_child("warm", db)
    rows: list[tuple[str, float | None, float | None, str]] = []
    if "gui" in only:
        bare = _run_child("bare", db)
        gui = _run_child("gui", db)
        opened = _run_child("open", db)
        rows += [
            ("start → cases visible (s)", gui["start"], bare["start"], "≤ 1.0 s"),
            ("  of which: window shown (s)", gui["window_shown"], bare["start"], "—"),
            ("  of which: shown → cases visible (s)", gui["shown_to_visible"], None, "—"),
            ("  longest freeze, shown → visible (s)", gui["start_freeze"], None, "≤ 0.1 s"),
            ("whole register loaded (s)", gui["all_loaded"], None, "—"),
            ("  longest freeze while loading (s)", gui["load_freeze"], None, "≤ 0.1 s"),
            ("after a change to one case (s)", gui.get("change"), None, "≤ 0.05 s"),
            ("  longest freeze after it (s)", gui.get("change_freeze"), None, "≤ 0.1 s"),
            (
                "search, per keystroke, median (s)",
                gui["search_key_median"],
                bare["search"],
                "≤ 0.05",
            ),
            ("search, per keystroke, worst (s)", gui["search_key_worst"], bare["search"], "≤ 0.05"),
            ("clearing the search (s)", gui["search_clear"], bare["search_clear"], "≤ 0.1 s"),
            ("sort by clicking a header (s)", gui["sort"], bare["sort"], "≤ 0.2 s"),
            ("filter: needs attention, then all (s)", gui["filter"], None, "≤ 0.1 s"),
            # A sort is done on the GUI thread (its own goal is ≤ 0.2 s): its freeze is its time.
            (
                "  longest freeze: search, filter, F5 (s)",
                max(
                    gui["search_freeze"],
                    gui["search_clear_freeze"],
                    gui["filter_freeze"],
                    gui["refresh_freeze"],
                ),
                None,
                "≤ 0.1 s",
            ),
            ("memory of the GUI (MiB)", gui["memory_mib"], bare["memory_mib"], "≤ 250"),
            ("opening the register, warm (s)", opened["open"], None, "no full check"),
        ]
    if "cli" in only:
        cpu = _cpu_of_children()
        select = min(_sqlite_select(db) for _ in range(2))
        select_cpu = (_cpu_of_children() - cpu) / 2
        python_select = min(_python_select(db) for _ in range(2))
        with tempfile.TemporaryDirectory() as tmp:
            cases = _run_child("cli", db, "cases")
            export = _run_child("cli", db, "export", "--csv", str(Path(tmp) / "x.csv"))
            due = _run_child("cli", db, "due")
        rows += [
            ("`cases` (s)", cases["wall"], select, "≤ 3× floor"),
            ("  cpu (s)", cases["cpu"], select_cpu, "—"),
            ("  against Python's own sqlite3 select (s)", cases["wall"], python_select, "—"),
            ("`export --csv` (s)", export["wall"], select, "≤ 3× floor"),
            ("  cpu (s)", export["cpu"], select_cpu, "—"),
            ("  against Python's own sqlite3 select (s)", export["wall"], python_select, "—"),
            ("`due` (s)", due["wall"], None, "≤ 1.0 s"),
            ("  cpu (s)", due["cpu"], None, "—"),
        ]
    if "audit" in only:
        walk = _run_child("walk", db)
        verify = _run_child("cli", db, "verify-audit")
        rows += [
            ("`verify-audit` (s)", verify["wall"], walk["walk"], "≤ 2× floor"),
            ("  cpu (s)", verify["cpu"], walk["cpu"], "—"),
            ("`verify-audit` peak memory (MiB)", verify["peak_mib"], walk["peak_mib"], "≤ 100"),
        ]
    return [
        {
            "what": what,
            "value": value,
            "floor": floor,
            "ratio": (value / floor) if value is not None and floor else None,
            "goal": goal,
        }
        for what, value, floor, goal in rows
    ]


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.0f}" if value >= 100 else f"{value:.3f}" if value < 1 else f"{value:.2f}"


def table(results: dict[str, list[dict[str, Any]]]) -> str:
    sizes = list(results)
    head = ["what the officer waits for"]
    for size in sizes:
        head += [f"{size}", "floor", "ratio"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for i, row in enumerate(results[sizes[0]]):
        cells = [row["what"]]
        for size in sizes:
            item = results[size][i]
            ratio = item["ratio"]
            cells += [
                _fmt(item["value"]),
                _fmt(item["floor"]),
                f"{ratio:.1f}×" if ratio is not None else "—",
            ]
        cells.append(row["goal"])
        lines.append("| " + " | ".join(cells) + " |")
    lines[0] = lines[0][:-1] + "| goal |"
    lines[1] += "---|"
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Scale benchmark (issue 17).")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--json", type=Path, metavar="FILE")
    parser.add_argument(
        "--only", default=",".join(GROUPS), help="groups of figures: gui, cli, audit"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args(argv)
    if args.child:
        result = _CHILDREN[args.child](*rest)
        args.out.write_text(json.dumps(result))
        return 0
    results: dict[str, list[dict[str, Any]]] = {}
    for size in (int(s.replace("_", "")) for s in args.sizes.split(",")):
        only = [group.strip() for group in args.only.split(",")]
        results[str(size)] = measure(register(size, args.cache, args.rebuild), only)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
