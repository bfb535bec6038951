"""Retention reaches the trail: a deleted case's events lose the person's data, verifiably.

An event's hash is a keyed hash over its content, details included, so removing the
requester's name from ``case.registered`` would make it look forged. Instead the change is
made in the open, in the chain itself:

* each earlier event of the case keeps its number, time, actor, kind, case and reference,
  its link and its stored hash; its details keep only the fields below that name no one
  (dates, statuses, rights, outcomes, hashes of documents) plus ``"redacted": [the names
  of the fields removed]``;
* the ``case.anonymised`` event that follows, keyed like every event, lists each redacted
  event with a digest of the row as it was left and how its original verified then
  (under this register's key, as a pre-key plain hash, or not at all); when events before a
  seal were redacted it records the seal's content as it now is;
* ``verify-audit`` accepts a row whose keyed hash no longer adds up only when such a later,
  itself verified event vouches for exactly that row. Any other edit of it, or of any other
  event, still fails; nothing that failed before is laundered (an event that did not verify
  is vouched for as ``other`` and still fails as before).

The stored hash of the original stays: someone holding the original text and the key can
still show it was that event. No plain digest of the original details is kept: it would let
anyone confirm a guessed name.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from sqlalchemy import Connection, text
from sqlmodel import Session

from privacydesk.core.audit_actions import AuditAction
from privacydesk.services import audit
from privacydesk.services.context import ServiceContext

# The details that stay: what happened to the case, never who or in which words. Anything
# not named here (names, addresses, e-mails, notes, reasons, file names, what was sent, a
# recipient, an ID card's digits, and any field a later version adds) is removed.
KEPT_DETAILS = frozenset(
    {
        "received",
        "channel",
        "rights",
        "old",
        "new",
        "old_status",
        "right",
        "outcome",
        "ground",
        "ground_article",
        "method",
        "information_arrived_on",
        "kind",
        "language",
        "issued_on",
        "letter_id",
        "sha256",
        "size",
        "role",
        "count",
        "inquiry",
        "received_on",
        "deadline",
        "answered_on",
        "notified_on",
        "length",
    }
)
REDACTED = "redacted"
# Never redacted: the seal and the redacting event itself hold no one's data.
_UNTOUCHED = (AuditAction.AUDIT_REKEYED.value, audit.REDACTING_ACTION.value)


def redacted_details(details_text: str) -> str | None:
    """The details without their personal fields, or None when there is nothing to remove
    (or they were redacted already)."""
    try:
        details = json.loads(details_text)
    except ValueError:
        details = None
    if not isinstance(details, dict):
        # Unreadable details cannot be sorted into kept and removed: remove them all.
        return json.dumps({REDACTED: ["*"]})
    if REDACTED in details:
        return None
    removed = sorted(name for name in details if name not in KEPT_DETAILS)
    if not removed:
        return None
    kept: dict[str, Any] = {name: value for name, value in details.items() if name in KEPT_DETAILS}
    kept[REDACTED] = removed
    return json.dumps(kept, ensure_ascii=False, sort_keys=True, default=str)


def redact_case_events(
    session: Session, ctx: ServiceContext, case_id: int
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Remove the personal fields from a case's events (the case must already be marked
    anonymised in this transaction). Returns what the ``case.anonymised`` event records:
    the redactions and the seals re-computed."""
    key = audit.load_key(session, ctx)
    session.flush()  # the case's anonymised mark is what the register's guard checks
    conn = session.connection()
    rows = conn.execute(
        text(f"SELECT {audit.EVENT_COLUMNS} FROM audit_event WHERE case_id = :case_id ORDER BY id"),
        {"case_id": case_id},
    ).all()
    redactions: list[dict[str, Any]] = []
    updates: dict[int, str] = {}
    for row in rows:
        event_id, at, actor, action, row_case, reference, details_text, prev_hash, stored = row
        if action in _UNTOUCHED:
            continue
        new_text = redacted_details(details_text)
        if new_text is None:
            continue
        original = audit.event_payload(
            prev_hash, event_id, at, actor, action, row_case, reference, details_text
        )
        if hmac.compare_digest(audit.keyed_hash(key, original), stored):
            mode = "keyed"
        elif hashlib.sha256(original).hexdigest() == stored:
            mode = "plain"  # from before the key; a seal covers it
        else:
            mode = "other"  # it did not verify before and will not after
        redacted = audit.event_payload(
            prev_hash, event_id, at, actor, action, row_case, reference, new_text
        )
        redactions.append(
            {"id": event_id, "mode": mode, "digest": audit.redacted_row_digest(redacted, stored)}
        )
        updates[event_id] = new_text
    if not updates:
        return [], {}
    resealed = _reseal(conn, key, updates)
    for event_id, new_text in updates.items():
        _apply(conn, event_id, new_text)
    return redactions, resealed


def _apply(conn: Connection, event_id: int, details: str) -> None:
    if conn.dialect.name == "postgresql":
        # The officers may not UPDATE the trail; this function (migration 0008) may, and
        # only this change.
        conn.execute(
            text("SELECT privacydesk_redact_audit_event(:id, :details)"),
            {"id": event_id, "details": details},
        )
    else:
        conn.execute(
            text("UPDATE audit_event SET details = :details WHERE id = :id"),
            {"id": event_id, "details": details},
        )


def _reseal(conn: Connection, key: bytes, updates: dict[int, str]) -> dict[str, str]:
    """A seal records a digest of every event before it; for each seal after a redacted
    event, the digest of those events as they will be — but only when they still match
    the seal now (a seal that was already broken stays broken)."""
    first = min(updates)
    seals = [
        int(row[0])
        for row in conn.execute(
            text("SELECT id FROM audit_event WHERE action = :action AND id > :first ORDER BY id"),
            {"action": audit.REKEYED.value, "first": first},
        )
    ]
    if not seals:
        return {}
    _vouched, already = audit.redaction_vouchers(conn, key)
    wanted = set(seals)
    now, after = hashlib.sha256(), hashlib.sha256()
    resealed: dict[str, str] = {}
    rows = conn.execute(
        text(f"SELECT {audit.EVENT_COLUMNS} FROM audit_event WHERE id <= :last ORDER BY id"),
        {"last": seals[-1]},
    )
    for count, row in enumerate(rows):  # count: the events before this one
        event_id, at, actor, action, case_id, reference, details_text, prev_hash, stored = row
        if event_id in wanted:
            try:
                details = json.loads(details_text)
                matches = int(details["sealed_events"]) == count and now.hexdigest() in (
                    str(details["sealed_content"]),
                    already.get(event_id),
                )
            except (ValueError, KeyError, TypeError):
                matches = False
            if matches:
                resealed[str(event_id)] = after.hexdigest()
        tail = str(stored).encode("ascii", "replace")
        payload = audit.event_payload(
            prev_hash, event_id, at, actor, action, case_id, reference, details_text
        )
        now.update(payload + tail)
        if event_id in updates:
            payload = audit.event_payload(
                prev_hash, event_id, at, actor, action, case_id, reference, updates[event_id]
            )
        after.update(payload + tail)
    return resealed
