"""How long a closed case is kept (SPEC §8): by default five years after closing, the
statutory period for claims; then its personal data is removed and an anonymous record stays.
"""

from __future__ import annotations

from datetime import date, timedelta

from privacydesk.core.deadlines import add_months


def delete_from(closed_on: date, years: int) -> date:
    """The first day the case may no longer be kept: the same date ``years`` later."""
    return add_months(closed_on, 12 * years)


def retention_over(closed_on: date | None, years: int, today: date) -> bool:
    """A closed case whose retention period has run out on ``today``."""
    return closed_on is not None and delete_from(closed_on, years) <= today


def closed_on_or_before(years: int, today: date) -> date:
    """A closing date no case whose retention is over on ``today`` lies after: the register
    is asked only for cases closed on or before it, and :func:`retention_over` decides.

    The period ends on the same date ``years`` later, a day earlier for a 29 February:
    a week's margin keeps every case whose period is over on the list.
    """
    return add_months(today, -12 * years) + timedelta(days=7)
