"""The chain head witnessed outside the register.

Someone holding the register file can cut off the newest events and move the anchor back:
the shorter chain is still consistent. A witness — the head (event number and hash) as it
was at some moment, kept somewhere else — shows it: beside every backup a small text file,
and on every issued letter's last page a shortened head. ``verify-audit --witness FILE``
checks that the register's chain still holds the witnessed event with that hash.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

WITNESS_SUFFIX = ".witness.txt"
LETTER_HASH_CHARS = 16  # 64 bits on paper: short enough to print, far too many to guess
MIN_HASH_CHARS = 12
_SHORT = re.compile(r"#\s*(\d+)\D{0,12}?([0-9a-fA-F]{12,64})")


@dataclass(frozen=True)
class Witness:
    event_id: int
    hash: str  # whole, or a prefix of at least MIN_HASH_CHARS
    register_id: str = ""
    at: str = ""


def letter_note(event_id: int, event_hash: str) -> str:
    """The shortened head printed on a letter; ``verify-audit --witness`` reads it back."""
    if event_id <= 0:
        return ""
    return f"PrivacyDesk audit #{event_id} {event_hash[:LETTER_HASH_CHARS]}"


def witness_text(event_id: int, event_hash: str, register_id: str, at: str) -> str:
    """The witness file: JSON a person can read."""
    return (
        json.dumps(
            {
                "privacydesk_witness": 1,
                "register": register_id,
                "event": event_id,
                "hash": event_hash,
                "at": at,
                "check": "privacydesk verify-audit --witness <this file>",
            },
            indent=2,
        )
        + "\n"
    )


def write_witness(target: Path, witness: Witness) -> Path:
    path = target.with_name(target.name + WITNESS_SUFFIX)
    partial = path.with_name(path.name + ".part")
    partial.write_text(
        witness_text(witness.event_id, witness.hash, witness.register_id, witness.at),
        encoding="utf-8",
    )
    partial.replace(path)
    return path


def parse_witness(content: str) -> Witness | None:
    """A witness file, or a line typed from a letter (``#57 3f2a9c1e4b7d8a06``)."""
    try:
        data = json.loads(content)
    except ValueError:
        data = None
    if isinstance(data, dict):
        try:
            return Witness(
                int(data["event"]),
                str(data["hash"]).lower(),
                str(data.get("register", "")),
                str(data.get("at", "")),
            )
        except (KeyError, TypeError, ValueError):
            return None
    found = _SHORT.search(content)
    if found is None:
        return None
    return Witness(int(found.group(1)), found.group(2).lower())


def witness_problem(conn: Connection, content: str, register_id: str) -> str:
    """'' when the chain holds the witnessed head, else what is wrong."""
    witness = parse_witness(content)
    if witness is None:
        return (
            "de getuige is onleesbaar: verwacht een getuigenbestand van een back-up of "
            "'#nummer hash' zoals op een brief"
        )
    if witness.register_id and witness.register_id != register_id:
        return "de getuige hoort bij een ander register"
    row = conn.execute(
        text("SELECT hash FROM audit_event WHERE id = :id"), {"id": witness.event_id}
    ).first()
    when = f" (getuige van {witness.at[:10]})" if witness.at else ""
    if row is None:
        return (
            f"gebeurtenis {witness.event_id} die de getuige zag{when} staat niet meer in het "
            "auditspoor: het spoor werd ingekort"
        )
    if not str(row[0]).lower().startswith(witness.hash):
        return (
            f"gebeurtenis {witness.event_id} verschilt van wat de getuige zag{when}: het "
            "spoor werd herschreven"
        )
    return ""
