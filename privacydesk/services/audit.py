"""The accountability trail: who did what, when, on which case — append-only, keyed, chained.

Each event's hash is an HMAC-SHA256, under a key kept outside the register
(``audit_keys``), over its own content and the previous event's hash. Editing or removing
any row breaks the chain from that row on, and without the key nobody holding only the
register file can recompute the hashes to hide it. ``verify`` names the first bad event.

Registers from before the key (plain SHA-256 chains) are *sealed* at their first open: one
``audit.rekeyed`` event, keyed, that records how many events came before it, the last
one's hash and a digest of all their content. That is safe because it takes away nothing:
before the seal anyone with the file could already rewrite those events unnoticed; after
it, any change to them breaks a keyed event that cannot be recomputed. The seal is itself
in the trail, with its date, so ``verify-audit`` says from when on the trail is keyed.

Retention removes a deleted case's personal data from its earlier events (the one change
the register lets through, services/audit_redaction.py). Such a row no longer matches its
hash; ``verify`` accepts it only when a later keyed ``case.anonymised`` event vouches for
exactly that row (``redaction_vouchers``), and a seal over redacted events only with the
content that event recorded anew.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text
from sqlmodel import Session, col, select

from privacydesk.core.audit_actions import HEAD_SETTING, AuditAction
from privacydesk.services.audit_keys import load_or_create_key, register_key
from privacydesk.services.audit_replay import row_batches
from privacydesk.services.context import ServiceContext
from privacydesk.store.engine import READER_OPTION
from privacydesk.store.models import AuditEventRow, SettingRow
from privacydesk.store.server import lock_audit_chain

if TYPE_CHECKING:
    from privacydesk.services.witness import Witness

GENESIS = "0" * 64
# The chain's last link is also kept beside it, so that removing the newest events
# (which leaves a shorter but consistent chain) is caught too.
HEAD_KEY = HEAD_SETTING
REGISTER_ID_KEY = "register.id"  # written by migration 0004
REKEYED = AuditAction.AUDIT_REKEYED
TRIGGERS_RESTORED = AuditAction.AUDIT_TRIGGERS_RESTORED
# Read in slices, so a register of 100,000 cases is checked in little memory.
STREAM_CHUNK = 5000

# The register refuses to change or remove an event itself (SQLite triggers, migration 0001),
# but for the one change retention makes: the personal fields of an anonymised case's
# events are removed, nothing else (migration 0008, services/audit_redaction.py).
APPEND_ONLY_TRIGGERS = {
    "audit_event_no_update": (
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
        "WHEN NOT ("
        "NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor "
        "AND NEW.action IS OLD.action AND NEW.case_id IS OLD.case_id "
        "AND NEW.case_reference IS OLD.case_reference AND NEW.prev_hash IS OLD.prev_hash "
        "AND NEW.hash IS OLD.hash "
        "AND json_valid(OLD.details) AND json_valid(NEW.details) "
        "AND json_type(OLD.details, '$.redacted') IS NULL "
        "AND json_type(NEW.details, '$.redacted') = 'array' "
        'AND EXISTS (SELECT 1 FROM "case" WHERE "case".id = OLD.case_id '
        'AND "case".anonymised_on IS NOT NULL)'
        ") BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END"
    ),
    "audit_event_no_delete": (
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END"
    ),
}

_log = logging.getLogger(__name__)


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
    # Every finding, one sentence each (the chain, the case rows, stored files, triggers).
    problems: tuple[str, ...] = ()
    # What the officer should know but is no fault: from when on the trail is keyed.
    notes: tuple[str, ...] = ()
    head_id: int = 0
    head_hash: str = ""
    # SQLite's whole-file check, when asked for (``verify(whole_file=True)``): what it
    # found wrong with the file itself, or None.
    file_damage: str | None = None


@dataclass
class _ChainWalk:
    """The state of one pass over the chain, in event order."""

    key: bytes | None
    expected_id: int = 1
    expected_prev: str = GENESIS
    checked: int = 0
    content: Any = field(default_factory=hashlib.sha256)
    pending_from: int | None = None  # first event since the last seal not under the key
    pending_unmatched: int | None = None  # first of those whose plain SHA-256 fails too
    notes: list[str] = field(default_factory=list)
    # Events whose personal fields retention removed, as a later keyed event vouches for
    # them: id -> (digest of the redacted row, how the original verified).
    vouched: dict[int, tuple[str, str]] = field(default_factory=dict)
    # Seals whose events before them were redacted since: seal id -> their content now.
    resealed: dict[int, str] = field(default_factory=dict)
    # The content digest is only read by a seal: past the last one, the walk need not keep
    # it up (None: keep it all the way).
    last_seal: int | None = None


def _payload(
    prev_hash: str,
    event_id: int | None,
    at: str,
    actor: str,
    action: str,
    case_id: int | None,
    case_reference: str,
    details: str,
) -> bytes:
    """The event's content and the previous event's hash, canonically."""
    return _CANONICAL(
        [prev_hash, event_id, at, actor, action, case_id, case_reference, details]
    ).encode("utf-8")


# One encoder for every payload (json.dumps would build one per call, with these options).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_CANONICAL = _ENCODER.encode


def _canonical_parts() -> Callable[[list[Any]], str]:
    """``_CANONICAL`` for the walk's 600,000 lists: the C encoder ``encode`` builds on each
    call, built once, with the very arguments ``JSONEncoder.iterencode`` gives it (so the
    text is the same, character for character)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator: the plain way
        return _CANONICAL
    encoder = _ENCODER
    parts = make(
        {},  # check_circular
        encoder.default,
        json.encoder.encode_basestring,  # ensure_ascii=False
        encoder.indent,
        encoder.key_separator,
        encoder.item_separator,
        encoder.sort_keys,
        encoder.skipkeys,
        encoder.allow_nan,
    )
    join = "".join
    return lambda value: join(parts(value, 0))


def _row_payload(event: AuditEventRow) -> bytes:
    return _payload(
        event.prev_hash,
        event.id,
        event.at,
        event.actor,
        event.action,
        event.case_id,
        event.case_reference,
        event.details,
    )


def _plain(payload: bytes) -> str:
    """The unkeyed hash that registers from before the key used."""
    return hashlib.sha256(payload).hexdigest()


def _keyed(key: bytes, payload: bytes) -> str:
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def _digest(event: AuditEventRow, key: bytes | None = None) -> str:
    payload = _row_payload(event)
    return _keyed(key, payload) if key is not None else _plain(payload)


def redacted_row_digest(payload: bytes, stored_hash: str) -> str:
    """What the event that redacted a row records of it: the redacted content and its link."""
    return hashlib.sha256(payload + b"\n" + stored_hash.encode("ascii", "replace")).hexdigest()


# The event that redacts a case's trail, and where its details list what it did.
REDACTING_ACTION = AuditAction.CASE_ANONYMISED
REDACTIONS = "redactions"  # [{"id": N, "mode": "keyed"|"plain"|"other", "digest": HEX}]
RESEALED = "resealed"  # {"<seal id>": content of the events before it, as redacted}


def redaction_vouchers(
    conn: Connection, key: bytes | None
) -> tuple[dict[int, tuple[str, str]], dict[int, str]]:
    """What the keyed redacting events say: which earlier events they redacted (digest of
    the row they left, and how its original verified) and the seals they re-computed.

    Only events signed with this register's key count; the walk still checks each of them
    at its place in the chain, so one that was moved or removed fails there.
    """
    vouched: dict[int, tuple[str, str]] = {}
    resealed: dict[int, str] = {}
    if key is None:
        return vouched, resealed
    rows = conn.execute(
        text(f"SELECT {_EVENT_COLUMNS} FROM audit_event WHERE action = :action ORDER BY id"),
        {"action": REDACTING_ACTION.value},
    )
    for row in rows:
        event_id, details_text, stored = row[0], row[6], row[8]
        payload = _payload(row[7], event_id, row[1], row[2], row[3], row[4], row[5], details_text)
        if not hmac.compare_digest(_keyed(key, payload), stored):
            continue
        try:
            details = json.loads(details_text)
            items = [
                (int(item["id"]), str(item["digest"]), str(item["mode"]))
                for item in details.get(REDACTIONS, [])
            ]
            seals = {int(k): str(v) for k, v in details.get(RESEALED, {}).items()}
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        for redacted_id, digest, mode in items:
            if redacted_id < event_id:  # it can only vouch for what came before it
                vouched[redacted_id] = (digest, mode)
        for seal_id, content in seals.items():
            if seal_id < event_id:
                resealed[seal_id] = content
    return vouched, resealed


def register_id(session: Session) -> str:
    """The register's id (migration 0004); one is made if it went missing."""
    row = session.get(SettingRow, REGISTER_ID_KEY)
    if row is not None:
        try:
            value = json.loads(row.value)
        except ValueError:
            value = None
        if isinstance(value, str) and value:
            return value
    new_id = uuid.uuid4().hex
    if row is None:
        session.add(SettingRow(key=REGISTER_ID_KEY, value=json.dumps(new_id)))
    else:
        row.value = json.dumps(new_id)
        session.add(row)
    session.flush()
    return new_id


def set_register_id(session: Session, value: str) -> None:
    row = session.get(SettingRow, REGISTER_ID_KEY) or SettingRow(key=REGISTER_ID_KEY, value="")
    row.value = json.dumps(value)
    session.add(row)
    session.flush()


def needs_seal(session: Session, ctx: ServiceContext) -> bool:
    """Whether the newest event is not signed with this register's key (a restored
    backup from before the key, or from a computer whose key is not here)."""
    key = _key(session, ctx)
    last = session.exec(
        select(AuditEventRow).order_by(col(AuditEventRow.id).desc()).limit(1)
    ).first()
    return last is not None and not hmac.compare_digest(_digest(last, key), last.hash)


def _key(session: Session, ctx: ServiceContext) -> bytes:
    key: bytes | None = getattr(ctx, "audit_key", None)
    if key is None:
        key = load_or_create_key(register_id(session), session.connection()).key
        ctx.audit_key = key
    return key


def load_key(session: Session, ctx: ServiceContext) -> bytes:
    """This register's audit key (fetched once per context)."""
    return _key(session, ctx)


def _head(session: Session) -> tuple[int, str] | None:
    """The anchor (id, hash) of the newest event, when it is readable."""
    row = session.get(SettingRow, HEAD_KEY)
    if row is None:
        return None
    try:
        anchor = json.loads(row.value)
        return int(anchor["id"]), str(anchor["hash"])
    except (ValueError, KeyError, TypeError):
        return None


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
    key = _key(session, ctx)
    last = session.exec(
        select(AuditEventRow.id, AuditEventRow.hash).order_by(col(AuditEventRow.id).desc()).limit(1)
    ).first()
    last_id = (last[0] or 0) if last else 0
    head = _head(session)
    if head is not None:
        # Link to the anchor, not to whatever row is last: if the newest events were cut
        # off (or one was slipped in behind the anchor), the next real event then shows
        # it for good instead of papering over it.
        event_id = max(last_id, head[0]) + 1
        prev_hash = head[1]
    else:
        event_id = last_id + 1
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
    event.hash = event_hash = _digest(event, key)
    session.add(event)
    head_row = session.get(SettingRow, HEAD_KEY)
    head_value = json.dumps({"id": event_id, "hash": event_hash})
    if head_row is None:
        session.add(SettingRow(key=HEAD_KEY, value=head_value))
    else:
        head_row.value = head_value
        session.add(head_row)
    session.flush()


def _stream(conn: Connection, sql: str, **params: Any) -> Iterator[Any]:
    """Rows of a query in slices of ``STREAM_CHUNK``, never all at once."""
    result = conn.execution_options(stream_results=True, yield_per=STREAM_CHUNK).execute(
        text(sql), params
    )
    yield from result


_EVENT_COLUMNS = "id, at, actor, action, case_id, case_reference, details, prev_hash, hash"
# For the redaction of an anonymised case's events (services/audit_redaction.py).
EVENT_COLUMNS = _EVENT_COLUMNS
event_payload = _payload
keyed_hash = _keyed


def _chain_content(walk: _ChainWalk) -> str:
    return str(walk.content.hexdigest())


def seal(session: Session, ctx: ServiceContext, *, reason: str) -> None:
    """Put the events so far under the key: one keyed event that records them.

    Called when this computer has just made the register's key (an upgraded register, or
    one brought from a computer whose key is not here), and after restoring an unkeyed
    backup. See the module's docstring for why that is safe.
    """
    _key(session, ctx)  # the seal itself is keyed: make sure the key is at hand
    walk = _ChainWalk(key=None)
    plain_ok = True
    conn = session.connection()
    for row in _stream(conn, f"SELECT {_EVENT_COLUMNS} FROM audit_event ORDER BY id"):
        payload = _payload(row[7], row[0], row[1], row[2], row[3], row[4], row[5], row[6])
        plain_ok = plain_ok and _plain(payload) == row[8] and row[7] == walk.expected_prev
        walk.content.update(payload + row[8].encode("ascii", "replace"))
        walk.expected_prev = row[8]
        walk.checked += 1
    if walk.checked == 0:
        return
    already_keyed_head = _head(session)
    record(
        session,
        ctx,
        REKEYED,
        reason=reason,
        previous="sha256" if plain_ok else "unknown-key",
        sealed_events=walk.checked,
        sealed_head=walk.expected_prev,
        sealed_content=_chain_content(walk),
        anchor=list(already_keyed_head) if already_keyed_head else None,
    )


def ensure_keyed(ctx: ServiceContext) -> bool:
    """At open: fetch (or make) the register's key; seal the trail when the key is new.

    Only a key made just now allows a seal: a stray unkeyed event appended to a register
    whose key this computer holds is never sealed, ``verify`` reports it. Returns whether
    a seal was written.
    """
    with ctx.transaction() as session:
        has_events = session.exec(select(AuditEventRow.id).limit(1)).first() is not None
        conn = session.connection()
        if not has_events and conn.dialect.name != "sqlite":
            # An empty server database gets its key with its first event (or from
            # move-register, which brings the file register's key along).
            return False
        found = load_or_create_key(register_id(session), conn)
        ctx.audit_key = found.key
        if not found.created or not has_events:
            return False
        _log.warning("New audit key made for this register (%s); sealing its trail.", found.where)
        seal(session, ctx, reason="geen sleutel voor dit register op deze computer")
        return True


def missing_triggers(conn: Connection) -> list[str]:
    if conn.dialect.name != "sqlite":
        return []  # a server register is append-only through its roles (SPEC §8a)
    present = {
        row[0]
        for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    }
    return sorted(name for name in APPEND_ONLY_TRIGGERS if name not in present)


def restore_triggers(ctx: ServiceContext) -> list[str]:
    """At open: put back the triggers that keep the trail append-only, and say so in it."""
    with ctx.transaction() as session:
        conn = session.connection()
        missing = missing_triggers(conn)
        if not missing:
            return []
        for name in missing:
            conn.execute(text(APPEND_ONLY_TRIGGERS[name]))
        _log.warning("Audit triggers were missing and are restored: %s", ", ".join(missing))
        record(session, ctx, TRIGGERS_RESTORED, triggers=missing)
    return missing


def current_head(session: Session) -> tuple[int, str]:
    """The newest event's (id, hash) as anchored: what a witness records."""
    return _head(session) or (0, GENESIS)


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


def _check_seal(walk: _ChainWalk, event_id: int, details_text: str, at: str) -> str:
    """'' when a keyed seal matches the events before it, else what is wrong."""
    try:
        details = json.loads(details_text)
        sealed_events = int(details["sealed_events"])
        sealed_content = str(details["sealed_content"])
        previous = str(details.get("previous", ""))
    except (ValueError, KeyError, TypeError):
        return f"gebeurtenis {event_id} (verzegeling) is onleesbaar"
    content = _chain_content(walk)
    if sealed_events != walk.checked or content not in (
        sealed_content,
        walk.resealed.get(event_id),
    ):
        return (
            f"de gebeurtenissen vóór de verzegeling in gebeurtenis {event_id} werden "
            "nadien gewijzigd, verwijderd of aangevuld"
        )
    if previous == "sha256" and walk.pending_unmatched is not None:
        return f"gebeurtenis {walk.pending_unmatched} werd gewijzigd"
    if walk.checked:
        day = at[:10]
        if previous == "sha256":
            walk.notes.append(
                f"Gebeurtenissen 1–{walk.checked} dateren van vóór de sleutel en werden op "
                f"{day} verzegeld (gebeurtenis {event_id}); sindsdien is alles gesleuteld."
            )
        else:
            walk.notes.append(
                f"Op {day} (gebeurtenis {event_id}) vond deze computer geen sleutel voor dit "
                f"register en verzegelde gebeurtenissen 1–{walk.checked} met een nieuwe: "
                "wat daarvóór met het bestand gebeurde, kan niet bewezen worden. Was het "
                "register toen niet verhuisd of teruggezet, onderzoek dit dan."
            )
    walk.pending_from = None
    walk.pending_unmatched = None
    return ""


class _UnforeseenSealError(Exception):
    """The walk met a seal after the last one it was told of."""


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

    def head(self) -> tuple[int, str]:
        """The newest event's (id, hash) as anchored: what a witness records."""
        with self._ctx.reading() as session:
            return current_head(session)

    @contextmanager
    def _snapshot(self) -> Iterator[Session]:
        """A long read of the whole register that takes no write lock: a snapshot on a
        file (colleagues and the officer's own saves go on meanwhile), one snapshot for
        all its statements on a server as well."""
        with self._ctx.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.execution_options(**{READER_OPTION: True})
            else:
                conn.execution_options(isolation_level="REPEATABLE READ")
            with Session(bind=conn) as session:
                yield session

    def verify_chain(self) -> AuditVerification:
        """Walk the chain from the first event; stop at the first that does not add up."""
        with self._snapshot() as session:
            return self._verify_chain(session)

    def _verify_chain(self, session: Session) -> AuditVerification:
        conn = session.connection()
        key = self._ctx.audit_key or register_key(conn, register_id(session))
        vouched, resealed = redaction_vouchers(conn, key)
        last_seal = conn.execute(
            text("SELECT max(id) FROM audit_event WHERE action = :action"), {"action": REKEYED}
        ).scalar()
        walk = _ChainWalk(key=key, vouched=vouched, resealed=resealed, last_seal=last_seal or 0)
        try:
            bad = self._walk(walk, conn)
        except _UnforeseenSealError:
            # Not in one snapshot after all: walk again keeping the content all the way.
            walk = _ChainWalk(key=key, vouched=vouched, resealed=resealed)
            bad = self._walk(walk, conn)
        if bad is not None:
            return AuditVerification(False, walk.checked, bad[0], bad[1], (bad[1],))
        anchor = _head(session)
        anchor_present = session.get(SettingRow, HEAD_KEY) is not None
        if walk.pending_from is not None:
            first = walk.pending_unmatched or walk.pending_from
            problem = (
                f"gebeurtenis {first} is niet ondertekend met de sleutel van dit register "
                "(vervalst of herberekend)"
            )
            return AuditVerification(False, walk.checked, first, problem, (problem,))
        if anchor is not None:
            if anchor != (walk.checked, walk.expected_prev):
                first_missing = walk.checked + 1
                problem = f"gebeurtenis {first_missing} en volgende ontbreken (verwijderd)"
                return AuditVerification(False, walk.checked, first_missing, problem, (problem,))
        elif walk.checked:
            problem = (
                "het anker van de keten is onleesbaar"
                if anchor_present
                else "het anker van de keten ontbreekt"
            )
            return AuditVerification(False, walk.checked, 1, problem, (problem,))
        return AuditVerification(
            True,
            walk.checked,
            notes=tuple(walk.notes),
            head_id=walk.checked,
            head_hash=walk.expected_prev,
        )

    @classmethod
    def _walk(cls, walk: _ChainWalk, conn: Connection) -> tuple[int, str] | None:
        """The whole chain in one ordered pass over raw rows. The common event (next in
        line, keyed, no seal pending) is checked inline; anything else goes to ``_step``."""
        signer = hmac.new(walk.key, digestmod=hashlib.sha256) if walk.key is not None else None
        canonical, compare, absorb = _canonical_parts(), hmac.compare_digest, walk.content.update
        last_seal = walk.last_seal
        sql = f"SELECT {_EVENT_COLUMNS} FROM audit_event ORDER BY id"
        for batch in row_batches(conn, sql):
            for row in batch:
                event_id, at, actor, action, case_id, reference, details, prev_hash, stored = row
                if (
                    signer is None
                    or event_id != walk.expected_id
                    or prev_hash != walk.expected_prev
                    or action == REKEYED
                    or walk.pending_from is not None
                ):
                    bad = cls._step(walk, row)
                    if bad is not None:
                        return bad
                    continue
                payload = canonical(
                    [prev_hash, event_id, at, actor, action, case_id, reference, details]
                ).encode("utf-8")
                mac = signer.copy()
                mac.update(payload)
                if not compare(mac.hexdigest(), stored):
                    bad = cls._step(walk, row)
                    if bad is not None:
                        return bad
                    continue
                if last_seal is None or event_id < last_seal:
                    absorb(payload + stored.encode("ascii", "replace"))
                walk.expected_prev = stored
                walk.expected_id += 1
                walk.checked += 1
        return None

    @staticmethod
    def _step(walk: _ChainWalk, row: Any) -> tuple[int, str] | None:
        event_id, at, actor, action, case_id, case_reference, details, prev_hash, stored = row
        if event_id != walk.expected_id:
            return walk.expected_id, f"gebeurtenis {walk.expected_id} ontbreekt (verwijderd)"
        if prev_hash != walk.expected_prev:
            return event_id, f"gebeurtenis {event_id} sluit niet aan op de vorige"
        payload = _payload(prev_hash, event_id, at, actor, action, case_id, case_reference, details)
        keyed = walk.key is not None and hmac.compare_digest(_keyed(walk.key, payload), stored)
        plain = False
        vouch = walk.vouched.get(event_id)
        if vouch is not None and not keyed:
            # Retention removed its personal fields; the keyed event that did so recorded
            # the row as it left it and how the original verified then.
            if redacted_row_digest(payload, stored) != vouch[0]:
                return event_id, (
                    f"gebeurtenis {event_id} werd gewijzigd nadat de persoonsgegevens eruit "
                    "verwijderd werden"
                )
            keyed, plain = vouch[1] == "keyed", vouch[1] == "plain"
        if keyed:
            if action == REKEYED:
                if walk.last_seal is not None and event_id > walk.last_seal:
                    raise _UnforeseenSealError  # the content before it was not kept up
                problem = _check_seal(walk, event_id, details, at)
                if problem:
                    return (walk.pending_unmatched or event_id), problem
            elif walk.pending_from is not None:
                # Unkeyed events that no seal covers, followed by keyed ones: slipped in.
                first = walk.pending_unmatched or walk.pending_from
                return first, (
                    f"gebeurtenis {first} is niet ondertekend met de sleutel van dit register "
                    "(vervalst of herberekend)"
                )
        else:
            if walk.pending_from is None:
                walk.pending_from = event_id
            if walk.pending_unmatched is None and not plain and _plain(payload) != stored:
                walk.pending_unmatched = event_id
        walk.content.update(payload + str(stored).encode("ascii", "replace"))
        walk.expected_prev = stored
        walk.expected_id += 1
        walk.checked += 1
        return None

    def verify(
        self, *, witness: Witness | str | None = None, whole_file: bool = False
    ) -> AuditVerification:
        """Everything ``verify-audit`` checks: the chain, the case rows against what the
        trail says, the stored hashes of letters and documents, the triggers, and when
        given a witness (or the text of one), that the chain still holds the head it saw.
        With ``whole_file``, a file register's pages too (SQLite's check, ``file_damage``).
        A text that holds no witness raises ``WitnessError`` before anything is checked.

        The case replay and the stored files' hashes of a large register file are checked
        in a process of its own (``verify_beside``) while the chain is walked here; the
        whole-file check then runs here while that process finishes (on a thread during
        the walk, three busy workers on two cores slowed both the walk and the process).
        """
        from privacydesk.services.verify_beside import BesideChecks
        from privacydesk.services.witness import read_witness, witness_problem
        from privacydesk.store.register_file import integrity_problem

        if isinstance(witness, str):
            witness = read_witness(witness)  # bad input, not a finding: before any check
        database = self._ctx.engine.url.database
        file = Path(database) if self._ctx.engine.dialect.name == "sqlite" and database else None
        beside = BesideChecks(file)
        try:
            with self._snapshot() as session:
                chain = self._verify_chain(session)
                problems = list(chain.problems)
                conn = session.connection()
                problems += [
                    f"de beveiliging '{name}' van het auditspoor ontbreekt in het register"
                    for name in missing_triggers(conn)
                ]
                damage = integrity_problem(file) if whole_file and file is not None else None
                problems += beside.result("cases", conn)
                problems += beside.result("files", conn)
                if witness is not None:
                    found = witness_problem(conn, witness, register_id(session))
                    if found:
                        problems.append(found)
                restored = [
                    str(row[0])
                    for row in conn.execute(
                        text("SELECT at FROM audit_event WHERE action = :action ORDER BY id"),
                        {"action": TRIGGERS_RESTORED},
                    )
                ]
        finally:
            beside.abandon()  # done by now, unless this ended with an error
        notes = list(chain.notes)
        notes += [
            f"Op {at[:10]} ontbrak de beveiliging van het auditspoor; ze werd hersteld bij het "
            "openen (zie het spoor)."
            for at in restored
        ]
        return AuditVerification(
            ok=not problems,
            checked=chain.checked,
            first_bad_id=chain.first_bad_id,
            problem=problems[0] if problems else "",
            problems=tuple(problems),
            notes=tuple(notes),
            head_id=chain.head_id,
            head_hash=chain.head_hash,
            file_damage=damage,
        )
