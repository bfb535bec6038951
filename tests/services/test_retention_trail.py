"""Retention reaches the trail: after it, no event names the person, and the chain still
verifies — while any other change to an event, redacted or not, is still caught."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.inquiries import InquiryKind
from privacydesk.core.rights import Outcome
from privacydesk.core.workflow import Status
from privacydesk.services import Services, open_services
from privacydesk.services.audit_keys import KEY_DIR_ENV
from tests.conftest import Clock
from tests.documents.conftest import make_pdf
from tests.services.helpers import made_before_the_key, new_request

NAME = "Griet Vandenbussche"
EMAIL = "griet.vdb@voorbeeld.be"
STREET = "Kerkstraat 12"
WORDS = "Ik vraag: access"  # the words of the request (helpers.new_request)
FILE_NAME = "verzoek-griet-vandenbussche.pdf"
# Everything above, and the free text the officer typed about her.
PERSONAL = (NAME, "Vandenbussche", EMAIL, STREET, WORDS, FILE_NAME, "Griet")


def _closed_case(services: Services, clock: Clock, name: str, closed_on: date) -> int:
    """A case that left personal data in as many kinds of event as the program writes."""
    received = date(closed_on.year, closed_on.month, 1)
    clock.set_day(received)
    request = new_request(name, received=received, email=EMAIL if name == NAME else "x@y.be")
    case = services.cases.register(request)
    file_name = FILE_NAME if name == NAME else "verzoek.pdf"
    services.attachments.add(case.id, file_name, make_pdf(), AttachmentRole.SIGNED_REQUEST)
    services.identity.waive(case.id, f"Bekende klant {name}")
    services.cases.update_notes(case.id, f"Belde over {name}")
    services.cases.record_outcome(case.id, 0, Outcome.GRANTED)
    services.cases.extend(case.id, f"Gegevens van {name} in drie systemen")
    services.cases.add_recipient_notice(case.id, f"Verzekeraar van {name}", received, "brief")
    inquiry = services.inquiries.record(
        case.id, InquiryKind.GBA_COMPLAINT, received, their_reference=f"GBA/{name}"
    )
    services.inquiries.record_answer(inquiry.id, received, f"Het dossier van {name}")
    services.cases.change_status(
        case.id, Status.ANSWERED, answered_on=received, note=f"Antwoord aan {name}"
    )
    clock.set_day(closed_on)
    services.cases.change_status(case.id, Status.CLOSED)
    return case.id


@pytest.fixture
def deleted(services: Services, clock: Clock) -> dict[str, int]:
    """Her case closed six years ago, deleted by retention; a colleague's case kept."""
    cases = {
        "deleted": _closed_case(services, clock, NAME, date(2020, 11, 25)),
        "kept": _closed_case(services, clock, "Zoë Willems", date(2023, 11, 25)),
    }
    clock.set_day(date(2026, 11, 25))
    assert [d.case_id for d in services.retention.due()] == [cases["deleted"]]
    services.retention.apply([cases["deleted"]])
    return cases


def _raw_trail(services: Services) -> str:
    with services.ctx.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_event ORDER BY id")).all()
    return "\n".join(repr(tuple(row)) for row in rows)


def test_after_retention_no_event_names_the_person_and_the_trail_verifies(
    services: Services, deleted: dict[str, int]
) -> None:
    trail = _raw_trail(services)
    for text_of_hers in PERSONAL:
        assert text_of_hers not in trail, text_of_hers
    assert "Zoë Willems" in trail  # a case not due keeps its events as they were

    verdict = services.audit.verify()
    assert verdict.ok, verdict.problems
    assert verdict.notes == ()

    events = services.audit.for_case(deleted["deleted"])
    # What happened, when, by whom and on which case stays.
    assert [e.action for e in events][:3] == [
        "case.registered",
        "attachment.added",
        "identity.waived",
    ]
    assert {e.case_reference for e in events} == {events[0].case_reference}
    assert events[0].details["received"] == "2020-11-01"
    assert events[0].details["redacted"] == ["requester"]
    last = events[-1]
    assert last.action == "case.anonymised"
    assert sorted(r["id"] for r in last.details["redactions"]) == sorted(
        e.id for e in events[:-1] if "redacted" in e.details
    )


def test_a_name_written_back_into_a_deleted_case_is_reported(
    services: Services, deleted: dict[str, int]
) -> None:
    """The trail no longer holds her name, but it says the case was anonymised: a name in
    its row again (put back in the file) shows, without the report repeating it."""
    with services.ctx.engine.begin() as conn:
        conn.execute(
            text('UPDATE "case" SET requester_name = :name WHERE id = :id'),
            {"name": NAME, "id": deleted["deleted"]},
        )
    verdict = services.audit.verify()
    assert not verdict.ok
    assert any(
        "de naam van de aanvrager staat in het register, maar het dossier werd volgens het "
        "auditspoor geanonimiseerd" in p
        for p in verdict.problems
    ), verdict.problems
    assert not any("Griet" in p for p in verdict.problems)


def test_a_case_deleted_before_retention_reached_the_trail_still_verifies(
    services: Services, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before retention redacted the trail (migration 0008) a deleted case's registration
    kept the name while its row lost it: the anonymisation event, later, is what counts."""
    case_id = _closed_case(services, clock, NAME, date(2020, 11, 25))
    clock.set_day(date(2026, 11, 25))
    monkeypatch.setattr(
        "privacydesk.services.retention.redact_case_events", lambda *_args: ([], {})
    )
    services.retention.apply([case_id])
    assert NAME in _raw_trail(services)  # as that version left it
    verdict = services.audit.verify()
    assert verdict.ok, verdict.problems


def test_the_case_file_of_a_deleted_case_names_no_one_and_shows_no_digests(
    services: Services, deleted: dict[str, int]
) -> None:
    from pypdf import PdfReader

    pdf = services.case_file.render(deleted["deleted"])
    text_of_file = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Verzoek geregistreerd" in text_of_file  # the timeline is still there
    for text_of_hers in PERSONAL:
        assert text_of_hers not in text_of_file, text_of_hers
    assert "redactions" not in text_of_file and "digest" not in text_of_file


def test_the_yearly_report_still_counts_the_deleted_case(
    services: Services, deleted: dict[str, int]
) -> None:
    figures = services.report.figures(2020)
    assert figures.requests == 1 and figures.extended == 1
    assert services.cases.get(deleted["deleted"]).status is Status.CLOSED


@contextmanager
def _unguarded(services: Services, register_location: str) -> Iterator[object]:
    """What an attacker with the file, or a server's administrator, can do: the trail's
    own protection switched off."""
    if register_location.startswith("postgresql"):
        conn = psycopg.connect(register_location)
        conn.execute("ALTER TABLE audit_event DISABLE TRIGGER USER")
        yield conn
        conn.execute("ALTER TABLE audit_event ENABLE TRIGGER USER")
        conn.commit()
        conn.close()
    else:
        lite = sqlite3.connect(register_location)
        lite.execute("DROP TRIGGER audit_event_no_update")
        yield lite
        lite.commit()
        lite.close()


def _event_id(services: Services, case_id: int, action: str) -> int:
    return next(e.id for e in services.audit.for_case(case_id) if e.action == action)


@pytest.mark.parametrize(
    "forged",
    [
        # A redacted event: its kept facts, its marker, or who did it.
        ("deleted", "case.registered", "details", '{"received":"2020-10-01"}', True),
        ("deleted", "case.registered", "actor", "mallory", False),
        ("deleted", "case.status_changed", "details", '{"new":"refused","old":"answered"}', True),
        # The person's data put back under another name.
        ("deleted", "case.registered", "details", '{"requester":"Iemand Anders"}', True),
        # An event retention never touched.
        ("kept", "case.registered", "details", '{"requester":"Iemand Anders"}', True),
    ],
)
def test_a_forged_edit_of_a_redacted_or_untouched_event_still_fails(
    services: Services,
    register_location: str,
    deleted: dict[str, int],
    forged: tuple[str, str, str, str, bool],
) -> None:
    which, action, column, value, merge = forged
    event_id = _event_id(services, deleted[which], action)
    details = next(e.details for e in services.audit.all() if e.id == event_id)
    if merge:
        value = json.dumps({**details, **json.loads(value)}, ensure_ascii=False, sort_keys=True)
    with _unguarded(services, register_location) as conn:
        conn.execute(  # type: ignore[attr-defined]
            f"UPDATE audit_event SET {column} = %s WHERE id = %s".replace(
                "%s", "?" if isinstance(conn, sqlite3.Connection) else "%s"
            ),
            (value, event_id),
        )
    verdict = services.audit.verify_chain()
    assert not verdict.ok
    assert verdict.first_bad_id == event_id, verdict.problem


def test_the_register_refuses_every_other_change_to_the_trail(
    services: Services, register_location: str, deleted: dict[str, int]
) -> None:
    """Only retention's one change gets through the register's own guard."""
    redacted = _event_id(services, deleted["deleted"], "case.registered")
    untouched = _event_id(services, deleted["kept"], "case.registered")
    attempts = [
        f"UPDATE audit_event SET actor = 'mallory' WHERE id = {redacted}",
        f"""UPDATE audit_event SET details = '{{"redacted": []}}' WHERE id = {redacted}""",
        f"""UPDATE audit_event SET details = '{{"redacted": []}}' WHERE id = {untouched}""",
        f"DELETE FROM audit_event WHERE id = {redacted}",
    ]
    if register_location.startswith("postgresql"):
        # The function the officers may call redacts only an anonymised case's events.
        attempts.append(
            f"""SELECT privacydesk_redact_audit_event({untouched}, '{{"redacted": []}}')"""
        )
        with psycopg.connect(register_location) as conn:
            for sql in attempts:
                with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                    conn.execute(sql)
                conn.rollback()
    else:
        conn = sqlite3.connect(register_location)
        try:
            for sql in attempts:
                with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                    conn.execute(sql)
        finally:
            conn.close()
    assert services.audit.verify().ok


def test_retention_after_a_seal_keeps_the_seal_verifying(
    services: Services, register_path: Path, clock: Clock
) -> None:
    """Her events were written under a key this computer no longer has; a seal took them
    over. Redacting them changes what the seal recorded: the redaction records it anew."""
    case_id = _closed_case(services, clock, NAME, date(2020, 11, 25))
    services.close()
    for key_file in Path(os.environ[KEY_DIR_ENV]).glob("*.key"):
        key_file.unlink()
    clock.set_day(date(2026, 11, 25))
    moved = open_services(register_path, actor="officer", now=clock)
    try:
        assert moved.audit.all()[-1].action == "audit.rekeyed"
        moved.retention.apply([case_id])
        assert NAME not in _raw_trail(moved)
        verdict = moved.audit.verify()
        assert verdict.ok, verdict.problems
        assert any("geen sleutel" in note for note in verdict.notes)  # still said, as before
    finally:
        moved.close()
    # An event before the seal edited after the redaction still breaks the seal.
    conn = sqlite3.connect(register_path)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET actor = 'mallory' WHERE id = 2")
    conn.commit()
    conn.close()
    again = open_services(register_path, actor="officer", now=clock)
    try:
        assert not again.audit.verify_chain().ok
    finally:
        again.close()


def test_restoring_a_backup_from_before_retention_deletes_the_case_again(
    services: Services, register_path: Path, clock: Clock, tmp_path: Path
) -> None:
    """A backup made before the deletion and copied away where the program cannot reach
    it still holds her; restoring it must not bring her back, in the cases nor in the
    trail, nor anywhere in the register file."""
    case_id = _closed_case(services, clock, NAME, date(2020, 11, 25))
    clock.set_day(date(2026, 11, 25))
    made = services.backup.backup_to(tmp_path / "gemaakt.sqlite", reason="met de hand").path
    backup = tmp_path / "elders" / "voor-retentie.sqlite"
    backup.parent.mkdir()
    shutil.copy(made, backup)  # by hand, outside the program: it cannot know of this copy
    services.retention.apply([case_id])
    assert NAME.encode() in backup.read_bytes() and NAME.encode() not in made.read_bytes()
    services.close()

    reopened = open_services(register_path, actor="officer", now=clock)
    try:
        reopened.backup.restore_from(backup)
    finally:
        reopened.close()
    restored = open_services(register_path, actor="officer", now=clock)
    try:
        assert restored.cases.get(case_id).requester.name == ""
        events = restored.audit.all()
        assert events[-1].action == "register.restored"
        assert events[-1].details["retention_reapplied"] == [restored.cases.get(case_id).reference]
        assert NAME not in _raw_trail(restored)
        verdict = restored.audit.verify()
        assert verdict.ok, verdict.problems
    finally:
        restored.close()
    for suffix in ("", "-wal"):
        part = register_path.with_name(register_path.name + suffix)
        if part.exists():
            assert NAME.encode() not in part.read_bytes(), part


def test_retention_of_events_from_before_the_key_keeps_their_seal(
    register_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Her events were written by a version without the key (plain SHA-256, schema 0001)
    and sealed when the register was upgraded; after retention the seal still holds them,
    and an edit of one of them still breaks it."""

    def answered_and_closed(old: Services) -> int:
        case = old.cases.register(new_request(NAME, received=date(2020, 3, 2)))
        old.identity.waive(case.id, f"Bekende klant {NAME}")
        old.cases.change_status(case.id, Status.ANSWERED, note=f"Aan {NAME}")
        old.cases.change_status(case.id, Status.CLOSED)
        return case.id

    clock.set_day(date(2020, 3, 2))
    case_id = made_before_the_key(register_path, clock, monkeypatch, answered_and_closed)

    clock.set_day(date(2026, 11, 25))
    upgraded = open_services(register_path, actor="officer", now=clock)
    try:
        assert upgraded.audit.all()[-1].details["previous"] == "sha256"  # sealed at open
        upgraded.retention.apply([case_id])
        assert NAME not in _raw_trail(upgraded)
        anonymised = upgraded.audit.all()[-1]
        assert {r["mode"] for r in anonymised.details["redactions"]} == {"plain"}
        assert list(anonymised.details["resealed"]) == [str(anonymised.id - 1)]
        verdict = upgraded.audit.verify()
        assert verdict.ok, verdict.problems
        assert any("verzegeld" in note for note in verdict.notes)
    finally:
        upgraded.close()
    conn = sqlite3.connect(register_path)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET at = '2020-01-01T00:00:00.000000+00:00' WHERE id = 1")
    conn.commit()
    conn.close()
    again = open_services(register_path, actor="officer", now=clock)
    try:
        verdict = again.audit.verify_chain()
        assert not verdict.ok and verdict.first_bad_id == 1, verdict.problem
    finally:
        again.close()


def test_retention_launders_no_event_that_was_forged_before_it(
    services: Services, register_location: str, clock: Clock
) -> None:
    """An event of her case edited behind the program's back is still reported after
    retention redacted it: the redaction vouches only for what verified."""
    case_id = _closed_case(services, clock, NAME, date(2020, 11, 25))
    forged = _event_id(services, case_id, "identity.waived")
    with _unguarded(services, register_location) as conn:
        conn.execute(  # type: ignore[attr-defined]
            "UPDATE audit_event SET actor = 'mallory' WHERE id = " + str(forged)
        )
    assert services.audit.verify_chain().first_bad_id == forged
    clock.set_day(date(2026, 11, 25))
    services.retention.apply([case_id])
    assert NAME not in _raw_trail(services)
    anonymised = services.audit.all()[-1]
    modes = {r["id"]: r["mode"] for r in anonymised.details["redactions"]}
    assert modes[forged] == "other" and set(modes.values()) == {"keyed", "other"}
    verdict = services.audit.verify_chain()
    assert not verdict.ok and verdict.first_bad_id == forged, verdict.problem


def test_the_representative_and_their_address_go_too(services: Services, clock: Clock) -> None:
    from dataclasses import replace

    clock.set_day(date(2020, 3, 2))
    request = new_request(NAME, received=date(2020, 3, 2))
    request = replace(
        request,
        requester=replace(
            request.requester,
            representative="Mr. Pieter Advocaat",
            representative_address="Advocatenlaan 7\n1000 Brussel",
        ),
    )
    case = services.cases.register(request)
    services.identity.waive(case.id, "Advocaat bekend")
    services.cases.change_status(case.id, Status.ANSWERED, answered_on=date(2020, 3, 2))
    services.cases.change_status(case.id, Status.CLOSED)
    clock.set_day(date(2026, 11, 25))
    services.retention.apply([case.id])
    with services.ctx.engine.connect() as conn:
        row = repr(conn.execute(text('SELECT * FROM "case"')).all())
    for gone in (NAME, "Pieter Advocaat", "Advocatenlaan"):
        assert gone not in row and gone not in _raw_trail(services), gone


def test_retention_reaches_the_backups_and_each_backups_trail_still_verifies(
    services: Services, register_path: Path, clock: Clock, tmp_path: Path
) -> None:
    """Her case is deleted from the automatic backup and from one made by hand elsewhere
    (0 bytes of her name left in them); each backup still opens and verifies; a backup of
    another register, whose case has the same reference, is left alone."""
    case_id = _closed_case(services, clock, NAME, date(2020, 11, 25))
    clock.set_day(date(2026, 11, 25))
    automatic = services.backup.automatic_backup()
    assert automatic is not None
    by_hand = tmp_path / "usb" / "met-de-hand.sqlite"
    by_hand.parent.mkdir()
    services.backup.backup_to(by_hand)
    other_path = tmp_path / "ander" / "register.sqlite"
    other = open_services(other_path, actor="officer", now=clock)
    other.cases.register(new_request(NAME, received=date(2020, 11, 1)))  # same PD-2020-0001
    other.close()
    foreign = services.backup.folder() / "ander-register.sqlite"
    shutil.copy(other_path, foreign)
    assert NAME.encode() in foreign.read_bytes()

    services.retention.apply([case_id])

    for backup in (automatic.path, by_hand):
        assert NAME.encode() not in backup.read_bytes(), backup
        assert not backup.with_name(backup.name + "-wal").exists()
        opened = open_services(backup, actor="officer", now=clock)
        try:
            assert opened.cases.get(case_id).requester.name == ""
            verdict = opened.audit.verify()
            assert verdict.ok, (backup, verdict.problems)
        finally:
            opened.close()
    assert NAME.encode() in foreign.read_bytes()  # not this register's: untouched
    reached = services.audit.all()[-1]
    assert reached.action == "retention.reached_backups" and reached.case_id == case_id
    assert set(reached.details["backups_scrubbed"]) == {
        str(automatic.path.resolve()),
        str(by_hand.resolve()),
    }
    assert reached.details["backups_unreachable"] == []
