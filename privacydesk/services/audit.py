"""The accountability trail: who did what, when, on which case — append-only, hash-chained.

Each event's hash covers its own content and the previous event's hash, so editing or
removing any row breaks the chain from that row on, and ``verify`` names the first bad one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from privacydesk.core.audit_actions import AuditAction
from privacydesk.services.context import ServiceContext
from privacydesk.store.models import AuditEventRow, SettingRow
from privacydesk.store.server import lock_audit_chain

GENESIS = "0" * 64
# The chain's last link is also kept beside it, so that removing the newest events
# (which leaves a shorter but consistent chain) is caught too.
HEAD_KEY = "audit.head"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    case_id: int | None
    case_reference: str
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditVerification:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str = ""


def _digest(event: AuditEventRow) -> str:
    """The event's hash: its own content and the previous event's hash, canonically."""
    payload = json.dumps(
        [
            event.prev_hash,
            event.id,
            event.at,
            event.actor,
            event.action,
            event.case_id,
            event.case_reference,
            event.details,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    ctx: ServiceContext,
    action: AuditAction,
    *,
    case_id: int | None = None,
    case_reference: str = "",
    **details: Any,
) -> None:
    """Append one event inside the caller's transaction, so it commits with the change."""
    lock_audit_chain(session)  # on a server: one writer extends the chain at a time
    last = session.exec(
        select(AuditEventRow.id, AuditEventRow.hash).order_by(col(AuditEventRow.id).desc()).limit(1)
    ).first()
    event_id = (last[0] or 0) + 1 if last else 1
    prev_hash = last[1] if last else GENESIS
    at = ctx.now().isoformat(timespec="microseconds")
    details_text = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    event = AuditEventRow(
        id=event_id,
        at=at,
        actor=ctx.actor,
        action=action.value,
        case_id=case_id,
        case_reference=case_reference,
        details=details_text,
        prev_hash=prev_hash,
        hash="",
    )
    event.hash = event_hash = _digest(event)
    session.add(event)
    head = session.get(SettingRow, HEAD_KEY)
    head_value = json.dumps({"id": event_id, "hash": event_hash})
    if head is None:
        session.add(SettingRow(key=HEAD_KEY, value=head_value))
    else:
        head.value = head_value
        session.add(head)
    session.flush()


def _entry(row: AuditEventRow) -> AuditEntry:
    assert row.id is not None
    return AuditEntry(
        id=row.id,
        at=datetime.fromisoformat(row.at),
        actor=row.actor,
        action=row.action,
        case_id=row.case_id,
        case_reference=row.case_reference,
        details=json.loads(row.details),
    )


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def for_case(self, case_id: int) -> list[AuditEntry]:
        with self._ctx.reading() as session:
            rows = session.exec(
                select(AuditEventRow)
                .where(AuditEventRow.case_id == case_id)
                .order_by(col(AuditEventRow.id))
            ).all()
            return [_entry(row) for row in rows]

    def all(self) -> list[AuditEntry]:
        with self._ctx.reading() as session:
            rows = session.exec(select(AuditEventRow).order_by(col(AuditEventRow.id))).all()
            return [_entry(row) for row in rows]

    def verify(self) -> AuditVerification:
        """Walk the chain from the first event; stop at the first that does not add up."""
        expected_prev = GENESIS
        expected_id = 1
        checked = 0
        with self._ctx.reading() as session:
            rows = session.exec(select(AuditEventRow).order_by(col(AuditEventRow.id)))
            for row in rows:
                assert row.id is not None
                if row.id != expected_id:
                    return AuditVerification(
                        False,
                        checked,
                        expected_id,
                        f"gebeurtenis {expected_id} ontbreekt (verwijderd)",
                    )
                if row.prev_hash != expected_prev:
                    return AuditVerification(
                        False, checked, row.id, f"gebeurtenis {row.id} sluit niet aan op de vorige"
                    )
                recomputed = _digest(row)
                if recomputed != row.hash:
                    return AuditVerification(
                        False, checked, row.id, f"gebeurtenis {row.id} werd gewijzigd"
                    )
                expected_prev = row.hash
                expected_id += 1
                checked += 1
            head = session.get(SettingRow, HEAD_KEY)
        if head is not None:
            anchor = json.loads(head.value)
            if anchor["id"] != checked or anchor["hash"] != expected_prev:
                first_missing = checked + 1
                return AuditVerification(
                    False,
                    checked,
                    first_missing,
                    f"gebeurtenis {first_missing} en volgende ontbreken (verwijderd)",
                )
        elif checked:
            return AuditVerification(False, checked, 1, "het anker van de keten ontbreekt")
        return AuditVerification(True, checked)
