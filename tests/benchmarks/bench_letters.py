"""How long a one-page letter takes, templates and font included (bar: under 50 ms).

    uv run --no-sync python tests/benchmarks/bench_letters.py

Cold: the first letter in a fresh Python process — templates, phrases and the font read from
disk, reportlab warming up — measured in 5 new processes (the import of the modules is shown
apart). Warm: the median over 60 further letters in one process, each for a different case
and in the three languages.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BAR_MS = 50.0

_COLD = """
import json, sys, time
sys.path.insert(0, {root!r})
start = time.perf_counter()
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.letters.render import render_pdf
imported_at = time.perf_counter()
from tests.letters.conftest import make_context  # test helpers (pytest, pypdf): not timed
context = make_context(LetterKind.ACKNOWLEDGEMENT)
imported = time.perf_counter()
pdf = render_pdf(context)
done = time.perf_counter()
print(json.dumps({{"import_ms": (imported_at - start) * 1000, "render_ms": (done - imported) * 1000,
                  "bytes": len(pdf)}}))
"""


def cold_runs(count: int = 5) -> list[dict[str, float]]:
    runs = []
    for _ in range(count):
        out = subprocess.run(
            [sys.executable, "-c", _COLD.format(root=str(ROOT))],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout
        runs.append(json.loads(out))
    return runs


def warm_timings(count: int = 60) -> list[float]:
    sys.path.insert(0, str(ROOT))
    from privacydesk.core.case import Language
    from privacydesk.core.letter_kinds import LetterKind
    from privacydesk.letters.render import render_pdf
    from tests.letters.conftest import make_case, make_context, page_count

    context = make_context(LetterKind.ACKNOWLEDGEMENT)
    assert page_count(render_pdf(context)) == 1  # a one-page letter, and the warm-up
    timings = []
    for number in range(count):
        case = make_case(reference=f"PD-2026-{number + 100:04d}")
        ctx = replace(context, case=case, language=list(Language)[number % 3])
        start = time.perf_counter()
        render_pdf(ctx)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> int:
    cold = cold_runs()
    cold_render = statistics.median(run["render_ms"] for run in cold)
    cold_import = statistics.median(run["import_ms"] for run in cold)
    warm = warm_timings()
    warm_median = statistics.median(warm)
    print(
        f"one-page letter ({int(cold[0]['bytes']) // 1024} KB): "
        f"cold first render {cold_render:.1f} ms (median of {len(cold)} fresh processes; "
        f"importing reportlab and the letter modules {cold_import:.0f} ms apart), "
        f"warm median {warm_median:.1f} ms, warm max {max(warm):.1f} ms; bar {BAR_MS:.0f} ms"
    )
    return 0 if cold_render < BAR_MS and warm_median < BAR_MS else 1


if __name__ == "__main__":
    sys.exit(main())
