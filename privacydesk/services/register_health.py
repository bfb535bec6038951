"""A damaged register named in one sentence, before a command reads it.

Someone with the file, a disk error or a half-restored copy can leave a value the program
never writes: a setting that is no JSON, an audit anchor that is no anchor, a status or a
date that does not exist. Reading such a row deep inside a command would end in a
traceback; here every stored value with a fixed vocabulary or format is checked with a
few read-only queries (indexes make them cheap), and the first damage found is named:
which case, which field, which value. Nothing is written.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.audit_actions import HEAD_SETTING
from privacydesk.core.case import Channel, Language, Relationship
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.inquiries import InquiryKind
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.settings import SETTING_LIMITS
from privacydesk.core.workflow import Status
from privacydesk.services.reading import SETTING_PREFIX
from privacydesk.store.errors import RegisterCorruptError

# (table, column, what the officer calls it, allowed values or "date" / "datetime")
_CASE_FIELDS: tuple[tuple[str, str, type[StrEnum] | str], ...] = (
    ("status", "status", Status),
    ("identity_status", "identiteitsstatus", IdentityStatus),
    ("language", "taal", Language),
    ("channel", "kanaal", Channel),
    ("relationship", "relatie", Relationship),
    ("year", "jaar", "integer"),
    ("number", "volgnummer", "integer"),
    ("received", "ontvangstdatum", "date"),
    ("letter_date", "datum van de brief", "date"),
    ("acknowledged_on", "datum van de ontvangstbevestiging", "date"),
    ("extended_on", "datum van de verlenging", "date"),
    ("answered_on", "antwoorddatum", "date"),
    ("closed_on", "afsluitdatum", "date"),
    ("identification_requested_on", "datum van de vraag om identificatie", "date"),
    ("identification_received_on", "datum waarop de identificatie binnenkwam", "date"),
    ("id_expiry", "vervaldatum van het identiteitsdocument", "date"),
    ("identity_at", "tijdstip van de identiteitsbeslissing", "datetime"),
    ("id_copies_purged_at", "tijdstip van de vernietiging van de ID-kopieën", "datetime"),
    ("created_at", "tijdstip van registratie", "datetime"),
    ("updated_at", "tijdstip van de laatste wijziging", "datetime"),
)
_RECIPIENT_FIELDS: tuple[tuple[str, str, type[StrEnum] | str], ...] = (
    ("notified_on", "datum van de kennisgeving aan een ontvanger", "date"),
    ("recorded_at", "tijdstip van de kennisgeving aan een ontvanger", "datetime"),
)
_INQUIRY_FIELDS: tuple[tuple[str, str, type[StrEnum] | str], ...] = (
    ("kind", "soort van een vraag van de GBA", InquiryKind),
    ("received_on", "ontvangstdatum van een vraag van de GBA", "date"),
    ("deadline", "termijn van een vraag van de GBA", "date"),
    ("answered_on", "antwoorddatum van een vraag van de GBA", "date"),
    ("recorded_at", "tijdstip van een vraag van de GBA", "datetime"),
)
_RIGHT_FIELDS: tuple[tuple[str, str, type[StrEnum] | str], ...] = (
    ("right", "recht", Right),
    ("outcome", "uitkomst", Outcome),
    ("ground", "rechtsgrond", LegalGround),
    ("decided_at", "tijdstip van de beslissing", "datetime"),
)
_LETTER_FIELDS: tuple[tuple[str, str, type[StrEnum] | str], ...] = (
    ("kind", "soort", LetterKind),
    ("language", "taal", Language),
    ("issued_on", "datum", "date"),
    ("issued_at", "tijdstip van uitgifte", "datetime"),
)
_ATTACHMENT_FIELDS: tuple[tuple[str, str, type[StrEnum] | str], ...] = (
    ("role", "rol", AttachmentRole),
)


def _bad_value_condition(
    column: str, kind: type[StrEnum] | str, prefix: str = ""
) -> tuple[str, dict[str, str]]:
    quoted = f't."{column}"'
    # SQLite's date() gives NULL for text that is no date; with a modifier it also moves an
    # impossible day (30 February) to a real one, so comparing shows both kinds of damage.
    if kind == "date":
        return f"{quoted} IS NOT NULL AND coalesce(date({quoted}, '+0 days'), '') != {quoted}", {}
    if kind == "datetime":
        return (
            f"{quoted} IS NOT NULL AND (datetime({quoted}) IS NULL "
            f"OR date({quoted}, '+0 days') != substr({quoted}, 1, 10))"
        ), {}
    if kind == "integer":  # a year or a number the references are made of
        return f"typeof({quoted}) != 'integer'", {}
    assert not isinstance(kind, str)
    names = {f"{prefix}v{index}": member.value for index, member in enumerate(kind)}
    placeholders = ", ".join(f":{name}" for name in names)
    return f"{quoted} IS NOT NULL AND {quoted} NOT IN ({placeholders})", names


def _shown(value: object) -> str:
    shown = str(value)
    return shown if len(shown) <= 40 else shown[:37] + "…"


def _row_damage(
    conn: sqlite3.Connection,
    table: str,
    owner: str,
    fields: Iterable[tuple[str, str, type[StrEnum] | str]],
) -> str | None:
    """``owner`` is SQL naming the row for the officer (t is the row, c its case)."""
    join = "" if table == "case" else 'JOIN "case" c ON c.id = t.case_id'
    fields = tuple(fields)
    # One pass over the table for every field at once (a sound register, the usual case, is
    # read once, not once per field); only damage found is looked at per field.
    conditions, parameters = [], {}
    for index, (column, _label, kind) in enumerate(fields):
        condition, names = _bad_value_condition(column, kind, prefix=f"f{index}_")
        conditions.append(f"({condition})")
        parameters.update(names)
    any_damage = conn.execute(
        f'SELECT 1 FROM "{table}" t WHERE {" OR ".join(conditions)} LIMIT 1', parameters
    ).fetchone()
    if any_damage is None:
        return None
    for column, label, kind in fields:
        condition, parameters = _bad_value_condition(column, kind)
        found = conn.execute(
            f'SELECT {owner}, t."{column}" FROM "{table}" t {join} WHERE {condition} LIMIT 1',
            parameters,
        ).fetchone()
        if found is not None:
            return f"{found[0]} heeft als {label} '{_shown(found[1])}', wat niet kan"
    return None


def _setting_damage(conn: sqlite3.Connection) -> str | None:
    rows = conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall()
    for key, value in rows:
        try:
            parsed = json.loads(value)
        except (TypeError, ValueError):
            if key == HEAD_SETTING:
                return "anker van het auditspoor (de instelling 'audit.head') is onleesbaar"
            return f"instelling '{key}' is onleesbaar (geen geldige JSON)"
        if key == HEAD_SETTING and not (
            isinstance(parsed, dict)
            and isinstance(parsed.get("id"), int)
            and isinstance(parsed.get("hash"), str)
        ):
            return "anker van het auditspoor (de instelling 'audit.head') is onvolledig"
        limits = SETTING_LIMITS.get(key.removeprefix(SETTING_PREFIX))
        if key.startswith(SETTING_PREFIX) and limits is not None:
            low, high = limits
            # A number the window never saves (100000 years of retention) would make the
            # deadlines and the retention run on a date that does not exist.
            if isinstance(parsed, bool) or not isinstance(parsed, int) or not low <= parsed <= high:
                return (
                    f"instelling '{key}' heeft de waarde '{_shown(parsed)}', buiten het bereik "
                    f"{low} tot {high}"
                )
    return None


def find_damage(conn: sqlite3.Connection) -> str | None:
    """What is damaged, as the end of the sentence "Het register is beschadigd: …"."""
    return (
        _setting_damage(conn)
        or _row_damage(conn, "case", "'dossier ' || t.reference", _CASE_FIELDS)
        or _row_damage(conn, "case_right", "'dossier ' || c.reference", _RIGHT_FIELDS)
        or _row_damage(conn, "letter", "'een brief bij dossier ' || c.reference", _LETTER_FIELDS)
        or _row_damage(conn, "recipient_notice", "'dossier ' || c.reference", _RECIPIENT_FIELDS)
        or _row_damage(conn, "inquiry", "'dossier ' || c.reference", _INQUIRY_FIELDS)
        or _row_damage(
            conn,
            "attachment",
            "'het document ''' || t.original_name || ''' bij dossier ' || c.reference",
            _ATTACHMENT_FIELDS,
        )
    )


def damage_error(path: Path, location: str) -> RegisterCorruptError | None:
    """The sentence naming the first damage found in the file, or None. Reads only."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        damage = find_damage(conn)
    finally:
        conn.close()
    if damage is None:
        return None
    return RegisterCorruptError(
        f"Het register {location} is beschadigd: {damage}. Er werd niets gewijzigd; "
        "zet een back-up terug (privacydesk restore BESTAND) of vraag hulp."
    )


def check_register(path: Path, location: str) -> None:
    """Raise one sentence naming the first damage found; the file is left as it was."""
    error = damage_error(path, location)
    if error is not None:
        raise error


class CheckBeside:
    """The damage check on a thread of its own, beside a listing that reads the same file.

    SQLite does the check's work without holding Python's lock, so on two cores the listing
    takes no longer than the longer of the two. ``result`` waits for the check.
    """

    def __init__(self, path: Path, location: str) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path, location), name="damage-check", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, location: str) -> None:
        try:
            self._error = damage_error(path, location)
        except BaseException as exc:  # handed to the listing's thread, raised there
            self._error = exc

    def result(self) -> BaseException | None:
        """The damage found (or what stopped the check), once the check is done."""
        self._thread.join()
        return self._error
