"""How long a closed case is kept (SPEC §8): by default five years after closing, the
statutory period for claims; then its personal data is removed and an anonymous record stays.
"""

from __future__ import annotations

from datetime import date

from privacydesk.core.deadlines import add_months


def delete_from(closed_on: date, years: int) -> date:
    """The first day the case may no longer be kept: the same date ``years`` later."""
    return add_months(closed_on, 12 * years)


def retention_over(closed_on: date | None, years: int, today: date) -> bool:
    """A closed case whose retention period has run out on ``today``."""
    return closed_on is not None and delete_from(closed_on, years) <= today
