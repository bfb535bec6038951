"""Which closed cases the register is asked about for retention: never one that is due."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from privacydesk.core.retention import closed_on_or_before, retention_over


@pytest.mark.parametrize("years", [1, 4, 5, 10])
def test_every_case_whose_retention_is_over_was_closed_on_or_before_the_bound(years: int) -> None:
    # Every closing day over six years (leap days included) against every "today" near the
    # end of its period: the bound may let a few extra cases through, never miss one.
    start = date(2019, 1, 1)
    closings = [start + timedelta(days=n) for n in range(6 * 366)]
    for today in (date(2028, 2, 28), date(2028, 2, 29), date(2029, 3, 1), date(2030, 12, 31)):
        bound = closed_on_or_before(years, today)
        missed = [c for c in closings if retention_over(c, years, today) and c > bound]
        assert missed == []
        # A bound, not a blanket: the cases closed in the last years are not read at all.
        assert bound < today - timedelta(days=365 * years - 20)
