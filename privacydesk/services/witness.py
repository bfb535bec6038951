"""The chain head witnessed outside the register.

Someone holding the register file can cut off the newest events and move the anchor back:
the shorter chain is still consistent. A witness — the head (event number and hash) as it
was at some moment, kept somewhere else — shows it: beside every backup a small text file,
and on every issued letter's last page a shortened head. ``verify-audit --witness FILE``
checks that the register's chain still holds the witnessed event with that hash.

What the officer gives as a witness is read before anything is checked: a file that is no
witness (a PDF, an empty file) or a mistyped line is bad input (``WitnessError``), never a
finding about the trail.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from privacydesk.core.errors import UserFacingError

WITNESS_SUFFIX = ".witness.txt"
LETTER_HASH_CHARS = 16  # 64 bits on paper: short enough to print, far too many to guess
MIN_HASH_CHARS = 12
# The whole line, as printed on a letter or typed from it; nothing before or after it, so
# that '#' and a run of hex digits in some other file (a PDF's trailer) are not taken for it.
_SHORT = re.compile(r"(?:PrivacyDesk audit\s*)?#\s*(\d+)\D{0,12}?([0-9a-fA-F]{12,64})", re.I)
_HASH = re.compile(rf"[0-9a-f]{{{MIN_HASH_CHARS},64}}")
# A witness file is a few hundred bytes; a larger file chosen by mistake is not read whole.
_MAX_FILE_BYTES = 64 * 1024


class WitnessError(UserFacingError):
    """What was given as a witness is none: nothing about the trail can be said from it."""


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
            witness = Witness(
                int(data["event"]),
                str(data["hash"]).lower(),
                str(data.get("register", "")),
                str(data.get("at", "")),
            )
        except (KeyError, TypeError, ValueError, OverflowError):
            return None
        # An empty or short hash would match any event: no witness at all.
        if not _numbered(witness.event_id) or not _HASH.fullmatch(witness.hash):
            return None
        return witness
    found = _SHORT.fullmatch(content.strip())
    if found is None or not _numbered(int(found.group(1))):
        return None
    return Witness(int(found.group(1)), found.group(2).lower())


def _numbered(event_id: int) -> bool:
    """Whether an event can have this number (a register's numbers are 64-bit)."""
    return 1 <= event_id < 2**63


def read_witness(content: str) -> Witness:
    """The witness in a text (a witness file's, or the line typed from a letter)."""
    witness = parse_witness(content)
    if witness is None:
        raise WitnessError(
            "Dit is geen getuige van het auditspoor: verwacht het getuigenbestand naast een "
            "back-up (eindigend op .witness.txt) of '#nummer hash' zoals onderaan een brief."
        )
    return witness


def witness_argument(value: str) -> Witness:
    """What ``verify-audit --witness`` was given: the path of a witness file, or the line
    typed from a letter's footer (``#57 3f2a9c1e4b7d8a06``). Refused with a sentence when it
    is neither; nothing is checked then."""
    if not value.strip():
        raise WitnessError(
            "Geef bij --witness een getuigenbestand (naast een back-up, eindigend op "
            ".witness.txt) of '#nummer hash' zoals onderaan een brief."
        )
    path = Path(value)
    try:
        with path.open("rb") as file:
            data = file.read(_MAX_FILE_BYTES + 1)
    except OSError:
        if "#" not in value:
            raise WitnessError(
                "De getuige {path} bestaat niet of kan niet gelezen worden.", path=value
            ) from None
        # Not a file: the line typed from a letter.
        witness = parse_witness(value)
        if witness is None:
            raise WitnessError(
                "'{line}' is geen getuige: verwacht '#nummer hash' zoals onderaan een brief "
                "(het nummer en minstens {chars} tekens van de hash).",
                line=value,
                chars=MIN_HASH_CHARS,
            ) from None
        return witness
    content = "" if len(data) > _MAX_FILE_BYTES else data.decode("utf-8-sig", errors="replace")
    if not data.strip():
        raise WitnessError(
            "De getuige {path} is leeg: verwacht het getuigenbestand naast een back-up.",
            path=value,
        )
    witness = parse_witness(content)
    if witness is None:
        raise WitnessError(
            "{path} is geen getuige van het auditspoor: verwacht het getuigenbestand naast een "
            "back-up (eindigend op .witness.txt) of '#nummer hash' zoals onderaan een brief.",
            path=value,
        )
    return witness


def witness_problem(conn: Connection, witness: Witness | str, register_id: str) -> str:
    """'' when the chain holds the witnessed head, else what is wrong (a text that holds
    no witness raises ``WitnessError``: that says nothing about the chain)."""
    if isinstance(witness, str):
        witness = read_witness(witness)
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
