"""Size of the frozen PrivacyDesk against a hello-world PySide6 program built the same way
(goal: at most 1.3 times).

    uv run --group build python tests/benchmarks/bench_bundle.py [--bundle DIR] [--hello DIR]
                                                                 [--keep DIR] [--json FILE]

It builds both with PyInstaller (about a minute each on 2 cores) in a temporary folder, or
measures a folder already built (``--bundle dist/PrivacyDesk``, ``--hello …``), and prints
both sizes, the ratio, and the 20 largest files and folders of PrivacyDesk that the
hello-world does not have (a folder counts whole when the hello-world has none of it).

"Built the same way" means: the same Python interpreter (this one), the same PyInstaller
(this environment's), one folder (``onedir``), no UPX, no strip, bytecode not optimised,
console on Linux and windowed on Windows as the real spec does, ``--clean``. The hello-world
(a ``QApplication`` showing a ``QLabel``) gets PyInstaller's defaults and nothing more:
its PySide6 hooks collect QtCore, QtGui and QtWidgets with the plugins and Qt translations
they bring, and nothing is excluded beyond what PyInstaller leaves out on its own. It is the
floor any PySide6 program pays; the ratio is what PrivacyDesk adds on top (its own code,
SQLAlchemy, reportlab, pyHanko, psycopg, holidays, QtPdf, a second executable for the
console, ...). PrivacyDesk is built from ``packaging/privacydesk.spec`` unchanged.

Sizes are the files' own sizes (bytes in the files, symbolic links as links), in MiB; ``du``
counts disk blocks and shows a little more.

Named bench_*, so pytest does not collect it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "privacydesk.spec"
GOAL_RATIO = 1.3
MIB = 1024 * 1024

HELLO_WORLD = """\
import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello, world")
label.show()
sys.exit(app.exec())
"""


def file_sizes(folder: Path) -> dict[str, int]:
    """Every file under ``folder`` (relative POSIX path -> bytes), links not followed."""
    sizes: dict[str, int] = {}
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath, name)
            sizes[path.relative_to(folder).as_posix()] = path.lstat().st_size
    return sizes


def only_in(bundle: dict[str, int], hello: dict[str, int]) -> list[tuple[str, int]]:
    """What the bundle has and the hello-world has not, largest first: each file the
    hello-world lacks counts towards its highest folder the hello-world has no file in
    (``_internal/reportlab/`` whole), or alone when the hello-world has its folder."""
    hello_folders = {"."}
    for path in hello:
        parent = Path(path).parent
        while parent.as_posix() not in hello_folders:
            hello_folders.add(parent.as_posix())
            parent = parent.parent
    groups: dict[str, int] = defaultdict(int)
    for path, size in bundle.items():
        if path in hello:
            continue
        parts = Path(path).parts
        key = path
        for depth in range(1, len(parts)):
            folder = "/".join(parts[:depth])
            if folder not in hello_folders:
                key = folder + "/"
                break
        groups[key] += size
    return sorted(groups.items(), key=lambda item: -item[1])


def _pyinstaller(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            *args,
        ],
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - started


def build_hello(work: Path) -> Path:
    script = work / "hello.py"
    script.write_text(HELLO_WORLD, encoding="utf-8")
    seconds = _pyinstaller(
        [
            "--onedir",
            "--noupx",
            "--windowed" if sys.platform == "win32" else "--console",
            "--name",
            "hello",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build-hello"),
            "--specpath",
            str(work),
            str(script),
        ]
    )
    print(f"hello-world built in {seconds:.0f} s")
    return work / "dist" / "hello"


def build_bundle(work: Path) -> Path:
    seconds = _pyinstaller(
        [
            str(SPEC),
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build-privacydesk"),
        ]
    )
    print(f"PrivacyDesk built in {seconds:.0f} s")
    return work / "dist" / "PrivacyDesk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="measure this built PrivacyDesk folder")
    parser.add_argument("--hello", type=Path, help="measure this built hello-world folder")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--top", type=int, default=20, help="how many items to list")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)

    if (args.bundle is None or args.hello is None) and not _has_pyinstaller():
        print(
            "bench_bundle: PyInstaller is not installed here; run with "
            "`uv run --group build python tests/benchmarks/bench_bundle.py`.",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory(prefix="privacydesk-bench-bundle-") as temporary:
        work = args.keep or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        hello_dir = args.hello or build_hello(work)
        bundle_dir = args.bundle or build_bundle(work)
        hello = file_sizes(hello_dir)
        bundle = file_sizes(bundle_dir)
    hello_total = sum(hello.values())
    bundle_total = sum(bundle.values())
    ratio = bundle_total / hello_total
    extra = only_in(bundle, hello)

    print(f"\nPython {sys.version.split()[0]}, {sys.platform}")
    print(f"hello-world PySide6 : {hello_total / MIB:8.1f} MiB  ({len(hello)} files)")
    print(f"PrivacyDesk         : {bundle_total / MIB:8.1f} MiB  ({len(bundle)} files)")
    verdict = "ok" if ratio <= GOAL_RATIO else "over the goal"
    print(f"ratio               : {ratio:8.2f}   (goal <= {GOAL_RATIO}: {verdict})")
    print(f"\nThe {args.top} largest parts of PrivacyDesk that the hello-world does not have:")
    for name, size in extra[: args.top]:
        print(f"  {size / MIB:7.1f} MiB  {name}")
    print(f"  {sum(size for _n, size in extra) / MIB:7.1f} MiB  in all")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "hello_bytes": hello_total,
                    "bundle_bytes": bundle_total,
                    "ratio": round(ratio, 3),
                    "goal_ratio": GOAL_RATIO,
                    "only_in_bundle": [
                        {"path": name, "bytes": size} for name, size in extra[: args.top]
                    ],
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


def _has_pyinstaller() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
