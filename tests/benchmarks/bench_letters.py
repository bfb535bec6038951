"""How long a one-page letter takes to render, templates included (bar: under 50 ms).

    uv run python tests/benchmarks/bench_letters.py

Cold: the first letter in a fresh process (templates read from disk, reportlab warming up).
Warm: the median over 50 further letters, each with a different case.
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from privacydesk.core.case import Language
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.letters.render import render_pdf
from tests.letters.conftest import make_case, make_context, page_count


def main() -> None:
    context = make_context(LetterKind.ACKNOWLEDGEMENT, Language.NL)
    start = time.perf_counter()
    pdf = render_pdf(context)
    cold = time.perf_counter() - start
    assert page_count(pdf) == 1
    timings = []
    for number in range(50):
        case = make_case(reference=f"PD-2026-{number + 100:04d}")
        ctx = replace(context, case=case, language=list(Language)[number % 3])
        start = time.perf_counter()
        render_pdf(ctx)
        timings.append(time.perf_counter() - start)
    print(
        f"one-page letter: cold {cold * 1000:.1f} ms, warm median {statistics.median(timings) * 1000:.1f} ms, "
        f"warm max {max(timings) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
