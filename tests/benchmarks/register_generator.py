"""A large, valid, realistic register for the scale benchmark, built in seconds.

Building 100,000 cases through the services takes hours (each change is its own
transaction with its audit event). So this works in two steps:

1. A *template* register of a few dozen cases is made through the real services, exactly
   as an officer would: registering (accented Belgian names, one to three rights), the
   request's e-mail or scanned letter as a document, an acknowledgement letter, identity
   verified by ID copy or waived, outcomes, recipients, extensions, refusals,
   withdrawals, closing, the outcome letter. Every row and audit event in it is the
   services' own.
2. Each generated case *replays* one template case: all its rows (case, rights, identity
   checks, recipients, documents with their bytes, letters with their PDF) and its audit
   events, with a new id, reference, person and dates shifted to a day of receipt spread
   over three years, inserted in bulk. The audit chain is recomputed with the services'
   own hash function, event after event, so ``verify-audit`` walks it and the selftest
   opens it. Old cases replay templates that ended (closed, refused, withdrawn); only the
   last months hold open ones, as in a real register.

What is not rewritten: the bytes of a letter's PDF and of a document name the template's
person (their SHA-256 still matches the stored bytes); the letter's stored text does name
the generated person and reference.

    uv run python tests/benchmarks/register_generator.py OUT.sqlite --cases 10000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import sys
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SPAN_DAYS = 3 * 365
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2})?$")

FIRST_NAMES = [
    "Éloïse",
    "Jan",
    "François",
    "Lieve",
    "Noël",
    "Sofie",
    "Chloë",
    "Zoë",
    "Anaïs",
    "Koen",
    "Hélène",
    "Pieter-Jan",
    "Mohamed",
    "Ines",
    "Gaëlle",
    "Thomas",
    "Wouter",
    "Marie-Thérèse",
    "Bram",
    "Ana",
    "Lúcia",
    "Jérôme",
    "Liesbeth",
    "Björn",
    "Maëlle",
    "Joëlle",
    "Raphaël",
    "Inès",
    "Céline",
    "Dries",
    "Yasmina",
    "Ömer",
    "Łukasz",
    "Siobhán",
    "Renée",
    "Ruben",
    "Laura",
    "Emma",
    "Lucas",
    "Louis",
    "Nora",
    "Arthur",
    "Olivia",
    "Mathis",
    "Léa",
    "Hanne",
    "Bart",
    "Annelies",
    "Frédéric",
    "Benoît",
    "Stéphanie",
    "Agnès",
    "Jürgen",
]
LAST_NAMES = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambert",
    "Dupont",
    "Martin",
    "Simon",
    "Laurent",
    "Lemaître",
    "Van den Broeck",
    "Vermeulen",
    "Collard",
    "Leclercq",
    "Desmet",
    "D'Hondt",
    "Van Damme",
    "Verstraeten",
    "Çelik",
    "El Amrani",
    "Nowak",
    "Ferreira",
    "O'Brien",
    "Müller",
    "Hendrickx",
    "Declercq",
    "Coppens",
    "Vandenberghe",
    "De Backer",
    "Pauwels",
    "Michiels",
    "Renard",
    "Gérard",
    "Lefèvre",
    "Mathieu",
]
STREETS = [
    ("Kerkstraat", "9000 Gent"),
    ("Grote Markt", "2000 Antwerpen"),
    ("Rue de la Loi", "1040 Etterbeek"),
    ("Stationsstraat", "8500 Kortrijk"),
    ("Chaussée de Wavre", "5000 Namur"),
    ("Diestsestraat", "3000 Leuven"),
    ("Boulevard d'Avroy", "4000 Liège"),
    ("Avenue Louise", "1050 Ixelles"),
    ("Vlamingstraat", "8000 Brugge"),
    ("Rue Haute", "1000 Bruxelles"),
]


def fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()


# -- the template, through the services -----------------------------------------------------


def build_template(path: Path, today: date) -> None:
    """A few dozen cases made through the services, with documents and letters."""
    from privacydesk.core.attachments import AttachmentRole
    from privacydesk.core.case import Channel
    from privacydesk.core.letter_kinds import LetterKind
    from privacydesk.core.workflow import Status
    from privacydesk.services import open_services
    from privacydesk.services.demo import _PLAN, _set_clock, fill_demo

    services = open_services(path, actor="dpo", now=lambda: datetime.combine(today, clock_time(9)))
    try:
        fill_demo(services, seed=17)
        # fill_demo made the cases in the plan's order, oldest first; now their papers.
        plan = sorted(_PLAN, key=lambda step: -step[0])
        real_now = services.ctx.now
        rng = random.Random(17)
        for summary, (age, target) in zip(
            sorted(services.cases.list_cases(), key=lambda c: c.id), plan, strict=True
        ):
            case = services.cases.get(summary.id)
            received = case.received
            _set_clock(services, received)
            if case.channel is Channel.EMAIL:
                mail = (
                    f"From: {case.requester.name} <{case.requester.email}>\r\n"
                    f"To: privacy@example.be\r\nSubject: Verzoek AVG\r\n"
                    f"Date: {received:%a, %d %b %Y} 09:12:00 +0100\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                    f"{case.rights[0].words}\r\nMet vriendelijke groeten,\r\n"
                    f"{case.requester.name}\r\n"
                ).encode()
                services.attachments.add(
                    case.id, "verzoek.eml", mail, AttachmentRole.CORRESPONDENCE
                )
            if age >= 1 and case.status.is_open:
                _set_clock(services, received + timedelta(days=1))
                draft = services.letters.draft(case.id, LetterKind.ACKNOWLEDGEMENT, check_fit=False)
                services.letters.issue(draft)
            if target in (Status.ANSWERED, Status.CLOSED) and rng.random() < 0.7:
                record = services.cases.get(case.id)
                if record.answered_on is not None:
                    _set_clock(services, record.answered_on)
                    draft = services.letters.draft(case.id, LetterKind.OUTCOME, check_fit=False)
                    services.letters.issue(draft)
        services.ctx.now = real_now
    finally:
        services.close()


# -- replaying -------------------------------------------------------------------------------


@dataclass
class TemplateCase:
    age: int  # days between its receipt and the template's "today"
    status: str
    case: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    blobs: dict[int, bytes] = field(default_factory=dict)  # attachment id -> bytes
    events: list[dict[str, Any]] = field(default_factory=list)


_CHILD_TABLES = ("case_right", "recipient_notice", "identity_check", "attachment", "letter")
_ENDED = {"closed", "refused", "withdrawn"}


def _rows(conn: sqlite3.Connection, sql: str, *args: Any) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def read_template(path: Path, today: date) -> list[TemplateCase]:
    conn = sqlite3.connect(path)
    try:
        cases = []
        for case in _rows(conn, 'SELECT * FROM "case" ORDER BY id'):
            received = date.fromisoformat(case["received"])
            item = TemplateCase((today - received).days, case["status"], case)
            for table in _CHILD_TABLES:
                item.tables[table] = _rows(
                    conn, f"SELECT * FROM {table} WHERE case_id = ? ORDER BY id", case["id"]
                )
            for attachment in item.tables["attachment"]:
                blob = conn.execute(
                    "SELECT data FROM attachment_blob WHERE attachment_id = ?", (attachment["id"],)
                ).fetchone()
                if blob is not None:
                    item.blobs[attachment["id"]] = blob[0]
            item.events = _rows(
                conn, "SELECT * FROM audit_event WHERE case_id = ? ORDER BY id", case["id"]
            )
            cases.append(item)
        return cases
    finally:
        conn.close()


def _shift(value: Any, days: timedelta) -> Any:
    """A date or date-time (as SQLite or the audit trail keeps it) moved by ``days``."""
    if isinstance(value, str):
        if _DATE.match(value):
            return (date.fromisoformat(value) + days).isoformat()
        if _DATETIME.match(value):
            moved = datetime.fromisoformat(value) + days
            sep = "T" if "T" in value else " "
            return moved.isoformat(sep=sep, timespec="microseconds")
    return value


def _rewrite(value: Any, days: timedelta, words: dict[str, str], ids: dict[str, int]) -> Any:
    if isinstance(value, dict):
        return {k: ids[k] if k in ids else _rewrite(v, days, words, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_rewrite(v, days, words, ids) for v in value]
    if isinstance(value, str):
        value = _shift(value, days)
        for old, new in words.items():
            if old in value:
                value = value.replace(old, new)
    return value


@dataclass
class Person:
    name: str
    address: str
    email: str
    phone: str


def person(rng: random.Random) -> Person:
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    if rng.random() < 0.15:
        last = f"{last}-{rng.choice(LAST_NAMES)}"
    street, town = rng.choice(STREETS)
    email_name = re.sub(r"[^a-z0-9.]", "", fold(f"{first}.{last}").replace(" ", ""))
    domain = rng.choice(["example.be", "telenet.example", "skynet.example", "proximus.example"])
    return Person(
        name=f"{first} {last}",
        address=f"{street} {rng.randint(1, 300)}\n{town}",
        email=f"{email_name}{rng.randint(1, 999)}@{domain}",
        phone="+32 4{} {} {} {}".format(*(rng.randint(10, 99) for _ in range(4))),
    )


def _choose(templates: list[TemplateCase], age: int, rng: random.Random) -> TemplateCase:
    """A template that fits a case received ``age`` days ago: old cases have ended."""
    youngest = min(t.age for t in templates)
    fitting = [t for t in templates if t.age <= max(age, youngest)]
    if age > 120 and rng.random() > 0.01:  # one old case in a hundred was left open
        ended = [t for t in fitting if t.status in _ENDED]
        fitting = ended or fitting
    return rng.choice(fitting)


def replay(
    target: Path,
    templates: list[TemplateCase],
    template_today: date,
    count: int,
    today: date,
    *,
    seed: int = 17,
) -> None:
    """Append ``count`` generated cases to an (empty, migrated) register, in one go."""
    from privacydesk.core.case import format_reference
    from privacydesk.services.audit import GENESIS, HEAD_KEY, REGISTER_ID_KEY, _digest
    from privacydesk.services.audit_keys import load_or_create_key

    rng = random.Random(seed)
    ages = sorted((rng.randint(0, SPAN_DAYS) for _ in range(count)), reverse=True)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    try:
        # The chain is keyed with the register's own secret, as the services key it.
        (register_id,) = conn.execute(
            "SELECT value FROM setting WHERE key = ?", (REGISTER_ID_KEY,)
        ).fetchone()
        key = load_or_create_key(json.loads(register_id)).key
        last = conn.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        event_id, prev_hash = last if last else (0, GENESIS)
        # The chain is keyed with the register's secret, kept outside it (services/audit_keys).
        (register_id,) = conn.execute(
            "SELECT value FROM setting WHERE key = ?", (REGISTER_ID_KEY,)
        ).fetchone()
        key = load_or_create_key(json.loads(register_id)).key
        next_ids = {
            table: (conn.execute(f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0) + 1
            for table in ("case", *_CHILD_TABLES)
        }
        counters = dict(conn.execute("SELECT year, last_number FROM reference_counter"))
        batches: dict[str, list[tuple[Any, ...]]] = {t: [] for t in ("case", *_CHILD_TABLES)}
        columns: dict[str, list[str]] = {}
        blobs: list[tuple[int, bytes]] = []
        events: list[tuple[Any, ...]] = []

        def add(table: str, row: dict[str, Any]) -> None:
            columns.setdefault(table, list(row))
            batches[table].append(tuple(row[c] for c in columns[table]))

        for age in ages:
            template = _choose(templates, age, rng)
            shift = timedelta(days=(template.age - age) - (today - template_today).days)
            received = date.fromisoformat(template.case["received"]) + shift
            year = received.year
            counters[year] = counters.get(year, 0) + 1
            reference = format_reference(year, counters[year])
            who = person(rng)
            case_id = next_ids["case"]
            next_ids["case"] += 1
            old = template.case
            words = {old["reference"]: reference, old["requester_name"]: who.name}
            if old["requester_email"]:
                words[old["requester_email"]] = who.email
            case = {k: _shift(v, shift) for k, v in old.items()}
            case.update(
                id=case_id,
                reference=reference,
                year=year,
                number=counters[year],
                requester_name=who.name,
                requester_address=who.address,
                requester_email=who.email if old["requester_email"] else "",
                requester_phone=who.phone if old["requester_phone"] else "",
            )
            add("case", case)
            ids: dict[str, int] = {}
            remap: dict[str, dict[int, int]] = {t: {} for t in _CHILD_TABLES}
            for table in _CHILD_TABLES:
                for row in template.tables[table]:
                    new_id = next_ids[table]
                    next_ids[table] += 1
                    remap[table][row["id"]] = new_id
                    copy = {k: _shift(v, shift) for k, v in row.items()}
                    copy.update(id=new_id, case_id=case_id)
                    if table == "attachment" and row["parent_id"] is not None:
                        copy["parent_id"] = remap["attachment"].get(row["parent_id"])
                    if table == "letter":
                        copy["body_text"] = _rewrite(row["body_text"], timedelta(0), words, {})
                    add(table, copy)
                    if table == "attachment" and row["id"] in template.blobs:
                        blobs.append((new_id, template.blobs[row["id"]]))
            for event in template.events:
                details = json.loads(event["details"])
                if "letter_id" in details:
                    ids["letter_id"] = remap["letter"].get(details["letter_id"], 0)
                details = _rewrite(details, shift, words, ids)
                event_id += 1
                row = SimpleNamespace(
                    id=event_id,
                    at=_shift(event["at"], shift),
                    actor=event["actor"],
                    action=event["action"],
                    case_id=case_id,
                    case_reference=reference,
                    details=json.dumps(details, ensure_ascii=False, sort_keys=True),
                    prev_hash=prev_hash,
                    hash="",
                )
                row.hash = prev_hash = _digest(row, key)  # type: ignore[arg-type]
                events.append(
                    (
                        row.id,
                        row.at,
                        row.actor,
                        row.action,
                        row.case_id,
                        row.case_reference,
                        row.details,
                        row.prev_hash,
                        row.hash,
                    )
                )
        for table in ("case", *_CHILD_TABLES):
            if not batches[table]:
                continue
            names = ", ".join(f'"{c}"' for c in columns[table])
            marks = ", ".join("?" * len(columns[table]))
            conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', batches[table])
        conn.executemany("INSERT INTO attachment_blob (attachment_id, data) VALUES (?, ?)", blobs)
        conn.executemany(
            "INSERT INTO audit_event (id, at, actor, action, case_id, case_reference, details, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            events,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO reference_counter (year, last_number) VALUES (?, ?)",
            sorted(counters.items()),
        )
        conn.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            (HEAD_KEY, json.dumps({"id": event_id, "hash": prev_hash})),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()


def generate(target: Path, count: int, *, template: Path | None = None, seed: int = 17) -> Path:
    """A register of ``count`` generated cases at ``target`` (replaced if it exists)."""
    from privacydesk.services import open_services

    today = datetime.now(UTC).astimezone().date()
    template = template or target.with_name("template.sqlite")
    stamp = template.with_suffix(".day")
    if not template.exists() or not stamp.exists():
        for stale in (template, stamp):
            stale.unlink(missing_ok=True)
        build_template(template, today)
        stamp.write_text(today.isoformat())
    template_today = date.fromisoformat(stamp.read_text().strip())
    templates = read_template(template, template_today)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    # A new register with its schema and settings, made by the program itself.
    services = open_services(partial, actor="dpo")
    services.close()
    replay(partial, templates, template_today, count, today, seed=seed)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    shutil.move(partial, target)
    return target


def _iter_sizes(text: str) -> Iterator[int]:
    for part in text.split(","):
        yield int(part.replace("_", "").replace("k", "000"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cases", default="10000")
    args = parser.parse_args(argv)
    # The registers' audit keys go beside them, not into this computer's key store.
    os.environ.setdefault("PRIVACYDESK_KEY_DIR", str(args.out.parent / "audit-keys"))
    for size in _iter_sizes(args.cases):
        started = time.perf_counter()
        out = args.out if "," not in args.cases else args.out.with_name(f"{size}.sqlite")
        generate(out, size)
        print(f"{out}: {size} cases in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
