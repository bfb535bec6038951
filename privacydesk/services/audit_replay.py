"""Replay the trail against the case rows: a row changed without its event shows.

Every change the services make to what decides a case — the date it was received, its
status, the identity decision, an outcome per right, the extension, the answer date that
stops the clock — writes an event saying so. Replaying those events per case gives what the
row must hold; a difference is reported by case and field.

Whose case it is shows too: every event carries the case's reference, and the registration
the requester's name as registered. Neither changes afterwards, but for retention, which
empties the name and says so in a ``case.anonymised`` event (and then removes the name from
the registration, services/audit_redaction.py): an anonymised case's name must be empty.
Nothing else of the person (address, e-mail, notes) is in the trail, so nothing else of it
is compared; ``CHECKED_CASE_FIELDS`` says what is, for the report of an intact trail.

It walks the cases, their events (through the index on ``audit_event.case_id``) and their
rights side by side in case order, a batch of rows at a time, so a register of 100,000
cases is checked in one pass and little memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import Connection

# Rows fetched at a time: few enough that a batch stays a few MiB, many enough to be cheap.
BATCH_ROWS = 2_000
# The answer date is set, but the event of an older version did not say to which day.
_SOME_DAY = "(een datum)"
# What the replay compares of each case, in the words of verify-audit's report.
CHECKED_CASE_FIELDS = (
    "kenmerk, naam van de aanvrager, ontvangstdatum, status, identiteitsbeslissing, "
    "verlenging, antwoorddatum en uitkomst per recht"
)


@dataclass
class _Replayed:
    registered: bool = False
    reference: str = ""
    # The requester's name as the trail has it; None when the trail does not say.
    requester: str | None = None
    anonymised: bool = False
    received: str | None = None
    status: str | None = None
    identity: str = "unverified"
    extended: bool = False
    answered_on: str | None = None
    outcomes: dict[str, tuple[str, str | None]] = field(default_factory=dict)


def _apply(state: _Replayed, action: str, details: dict[str, Any], reference: Any) -> None:
    if action == "case.registered":
        state.registered = True
        state.reference = reference if isinstance(reference, str) else ""
        requester = details.get("requester")
        # Redacted by retention (or unreadable): the trail no longer says who it was.
        state.requester = requester if isinstance(requester, str) else None
        state.received = details.get("received")
        state.status = "received"
    elif action == "case.anonymised":
        state.anonymised = True
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
    # row: id, reference, received, status, identity_status, extended, answered_on,
    # requester_name
    if state.reference and row[1] != state.reference:
        found.append(
            f"dossier {reference}: kenmerk is '{_show(row[1])}' in het register, maar "
            f"'{state.reference}' volgens het auditspoor"
        )
    # The names themselves stay out of the report (it is printed, shown and may be logged).
    if state.anonymised:
        if row[7]:
            found.append(
                f"dossier {reference}: de naam van de aanvrager staat in het register, maar "
                "het dossier werd volgens het auditspoor geanonimiseerd"
            )
    elif state.requester is not None and row[7] != state.requester:
        found.append(
            f"dossier {reference}: de naam van de aanvrager verschilt van die waarmee het "
            "auditspoor het dossier registreerde"
        )
    answered = None if row[6] is None else str(row[6])[:10]
    actual = {
        "received": str(row[2])[:10],
        "status": row[3],
        "identity": row[4],
        "extended": bool(row[5]),
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
    # rights: (case_id, right, outcome, ground)
    counts: dict[str, int] = {}
    for right in rights:
        counts[right[1]] = counts.get(right[1], 0) + 1
    for right in rights:
        if counts[right[1]] > 1:
            continue  # the event names the right, not which of two equal ones
        want_outcome = state.outcomes.get(right[1], ("pending", None))
        have_outcome = (right[2], right[3])
        if have_outcome != want_outcome:
            found.append(
                f"dossier {reference}: uitkomst voor het recht '{right[1]}' is "
                f"'{_show(have_outcome[0])}' in het register, maar '{_show(want_outcome[0])}' "
                "volgens het auditspoor"
            )
    return found


_CASES = (
    "SELECT id, reference, received, status, identity_status, extended, answered_on, "
    'requester_name FROM "case" ORDER BY id'
)
# Only the events that move a replayed field; notes, letters and documents are skipped in SQL.
_REPLAYED_ACTIONS = (
    "case.registered",
    "case.status_changed",
    "case.extended",
    "case.answer_date_recorded",
    "identity.verified",
    "identity.waived",
    "identity.failed",
    "case.outcome_recorded",
    "case.anonymised",
)
# Those whose replay reads nothing of their details (not parsed: a tenth of the events).
_NO_DETAILS = frozenset(
    {
        "case.extended",
        "identity.verified",
        "identity.waived",
        "identity.failed",
        "case.anonymised",
    }
)
_EVENTS = (
    "SELECT case_id, action, details, case_reference FROM audit_event "
    "WHERE case_id IS NOT NULL AND action IN ("
    + ", ".join(f"'{action}'" for action in _REPLAYED_ACTIONS)
    + ") ORDER BY case_id, id"
)
_RIGHTS = 'SELECT case_id, "right", outcome, ground FROM case_right ORDER BY case_id, position'


def row_batches(conn: Connection, sql: str, size: int = BATCH_ROWS) -> Iterator[Sequence[Any]]:
    """The rows of a query (no parameters) as plain tuples, ``size`` at a time.

    A file register reads through the sqlite3 cursor itself: no result-row objects per
    row. A server register streams through a server-side cursor, never all rows at once.
    """
    if conn.dialect.name == "sqlite":
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(sql)
            while batch := cursor.fetchmany(size):
                yield batch
        finally:
            cursor.close()
        return
    result = conn.execution_options(stream_results=True, yield_per=size).exec_driver_sql(sql)
    for partition in result.partitions():
        yield [tuple(row) for row in partition]


def _rows(conn: Connection, sql: str) -> Iterator[Any]:
    return chain.from_iterable(row_batches(conn, sql))


def replay_cases(conn: Connection) -> list[str]:
    """One sentence per case field that differs from what its events say.

    One ordered pass each over the cases, their replayed events and their rights, joined
    by case id as they stream by (merge join): no per-slice queries, no state kept for
    more than the case at hand.
    """
    problems: list[str] = []
    # A row whose case number was turned to text in the file is no case's (for an event,
    # the chain walk reports the change); compared with numbers it would stop the replay.
    events = (event for event in _rows(conn, _EVENTS) if type(event[0]) is int)
    rights = (right for right in _rows(conn, _RIGHTS) if type(right[0]) is int)
    event, right = next(events, None), next(rights, None)
    loads = json.loads
    for case in _rows(conn, _CASES):
        case_id = case[0]
        state = _Replayed()
        while event is not None and event[0] < case_id:
            event = next(events, None)  # events of a case no longer in the register
        while event is not None and event[0] == case_id:
            details: Any = {}
            if event[1] not in _NO_DETAILS:
                try:
                    details = loads(event[2])
                except ValueError:
                    details = {}
            _apply(state, event[1], details if isinstance(details, dict) else {}, event[3])
            event = next(events, None)
        case_rights: list[Any] = []
        while right is not None and right[0] < case_id:
            right = next(rights, None)
        while right is not None and right[0] == case_id:
            case_rights.append(right)
            right = next(rights, None)
        problems += _compare(case[1], state, case, case_rights)
    return problems
