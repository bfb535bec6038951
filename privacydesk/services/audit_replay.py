"""Replay the trail against the case rows: a row changed without its event shows.

Every change the services make to what decides a case — the date it was received, its
status, the identity decision, an outcome per right, the extension, the answer date that
stops the clock — writes an event saying so. Replaying those events per case gives what the
row must hold; a difference is reported by case and field.

It reads a slice of cases at a time (and only their events, through the index on
``audit_event.case_id``), so a register of 100,000 cases is checked in little memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

CASES_PER_SLICE = 2000
# The answer date is set, but the event of an older version did not say to which day.
_SOME_DAY = "(een datum)"


@dataclass
class _Replayed:
    registered: bool = False
    received: str | None = None
    status: str | None = None
    identity: str = "unverified"
    extended: bool = False
    answered_on: str | None = None
    outcomes: dict[str, tuple[str, str | None]] = field(default_factory=dict)


def _apply(state: _Replayed, action: str, details: dict[str, Any]) -> None:
    if action == "case.registered":
        state.registered = True
        state.received = details.get("received")
        state.status = "received"
    elif action == "case.status_changed":
        old, new = details.get("old"), details.get("new")
        # As CaseService.change_status: an answer or refusal stops the clock on a day
        # (the event names the status, not the day), reopening an answer clears it.
        if new in ("answered", "refused") and state.answered_on is None:
            state.answered_on = _SOME_DAY
        if new == "in_progress" and old == "answered":
            state.answered_on = None
        state.status = new
    elif action == "case.extended":
        state.extended = True
        state.status = "extended"
    elif action == "case.answer_date_recorded":
        state.answered_on = details.get("new")
    elif action in ("identity.verified", "identity.waived", "identity.failed"):
        state.identity = action.split(".", 1)[1]
    elif action == "case.outcome_recorded":
        right = details.get("right")
        if isinstance(right, str):
            state.outcomes[right] = (str(details.get("outcome")), details.get("ground"))


def _label(field_name: str) -> str:
    return {
        "received": "ontvangstdatum",
        "status": "status",
        "identity": "identiteitsbeslissing",
        "extended": "verlenging",
        "answered_on": "antwoorddatum (einde van de termijn)",
    }.get(field_name, field_name)


def _show(value: object) -> str:
    if value is None:
        return "leeg"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


def _compare(reference: str, state: _Replayed, row: Any, rights: list[Any]) -> list[str]:
    if not state.registered:
        return [
            f"dossier {reference} staat in het register zonder zijn registratie in het "
            "auditspoor (spoor ingekort of dossier buiten het programma toegevoegd)"
        ]
    found: list[str] = []
    answered = None if row.answered_on is None else str(row.answered_on)[:10]
    actual = {
        "received": str(row.received)[:10],
        "status": row.status,
        "identity": row.identity_status,
        "extended": bool(row.extended),
        "answered_on": answered,
    }
    expected = {
        "received": state.received,
        "status": state.status,
        "identity": state.identity,
        "extended": state.extended,
        "answered_on": state.answered_on,
    }
    for name, want in expected.items():
        have = actual[name]
        if want == _SOME_DAY and have is not None:
            continue
        if have != want:
            found.append(
                f"dossier {reference}: {_label(name)} is '{_show(have)}' in het register, "
                f"maar '{_show(want)}' volgens het auditspoor"
            )
    counts: dict[str, int] = {}
    for right in rights:
        counts[right.right] = counts.get(right.right, 0) + 1
    for right in rights:
        if counts[right.right] > 1:
            continue  # the event names the right, not which of two equal ones
        want_outcome = state.outcomes.get(right.right, ("pending", None))
        have_outcome = (right.outcome, right.ground)
        if have_outcome != want_outcome:
            found.append(
                f"dossier {reference}: uitkomst voor het recht '{right.right}' is "
                f"'{_show(have_outcome[0])}' in het register, maar '{_show(want_outcome[0])}' "
                "volgens het auditspoor"
            )
    return found


def replay_cases(conn: Connection) -> list[str]:
    """One sentence per case field that differs from what its events say."""
    problems: list[str] = []
    after = 0
    while True:
        cases = conn.execute(
            text(
                "SELECT id, reference, received, status, identity_status, extended, answered_on "
                'FROM "case" WHERE id > :after ORDER BY id LIMIT :limit'
            ),
            {"after": after, "limit": CASES_PER_SLICE},
        ).all()
        if not cases:
            return problems
        low, high = cases[0].id, cases[-1].id
        states: dict[int, _Replayed] = {}
        events = conn.execute(
            text(
                "SELECT case_id, action, details FROM audit_event "
                "WHERE case_id BETWEEN :low AND :high ORDER BY case_id, id"
            ),
            {"low": low, "high": high},
        )
        for case_id, action, details_text in events:
            try:
                details = json.loads(details_text)
            except ValueError:
                details = {}
            if not isinstance(details, dict):
                details = {}
            _apply(states.setdefault(case_id, _Replayed()), action, details)
        rights_by_case: dict[int, list[Any]] = {}
        for right in conn.execute(
            text(
                'SELECT case_id, "right", outcome, ground FROM case_right '
                "WHERE case_id BETWEEN :low AND :high ORDER BY case_id, position"
            ),
            {"low": low, "high": high},
        ):
            rights_by_case.setdefault(right.case_id, []).append(right)
        for row in cases:
            problems += _compare(
                row.reference,
                states.get(row.id, _Replayed()),
                row,
                rights_by_case.get(row.id, []),
            )
        after = high
