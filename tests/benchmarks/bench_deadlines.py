"""Deadline state of 100,000 cases (bar: under 0.5 s).

    uv run python tests/benchmarks/bench_deadlines.py

The holiday library loads its Belgian calendar once per process (about 0.2 s of imports);
that is measured separately from computing the cases.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from privacydesk.core.deadlines import PausePolicy, deadline_info, is_working_day

TODAY = date(2026, 11, 25)


def cases(count: int = 100_000) -> list[tuple[date, bool, date | None, date | None, date | None]]:
    rng = random.Random(2026)
    made = []
    for _ in range(count):
        received = date(2019, 1, 1) + timedelta(days=rng.randint(0, 365 * 8))
        asked = received + timedelta(days=rng.randint(0, 8)) if rng.random() < 0.2 else None
        arrived = (
            asked + timedelta(days=rng.randint(1, 30)) if asked and rng.random() < 0.5 else None
        )
        answered = received + timedelta(days=rng.randint(5, 70)) if rng.random() < 0.5 else None
        made.append((received, rng.random() < 0.2, answered, asked, arrived))
    return made


def run(batch: list[tuple[date, bool, date | None, date | None, date | None]]) -> float:
    policy = PausePolicy(enabled=True)
    start = time.perf_counter()
    for received, extended, answered, asked, arrived in batch:
        deadline_info(
            received,
            today=TODAY,
            extended=extended,
            answered_on=answered,
            identification_requested_on=asked,
            identification_received_on=arrived,
            policy=policy,
        )
    return time.perf_counter() - start


def main() -> None:
    batch = cases()
    start = time.perf_counter()
    is_working_day(date(2026, 1, 1))
    load = time.perf_counter() - start
    first = run(batch)
    best = min(run(batch) for _ in range(3))
    print(
        f"100,000 cases: first run {first:.3f} s (caches cold), best of 3 {best:.3f} s; "
        f"holiday library load {load:.3f} s"
    )


if __name__ == "__main__":
    main()
