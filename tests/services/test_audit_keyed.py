"""The trail cannot be rewritten by someone holding only the register file (issue 13, 4 and 6).

Each test does what an attacker with the file can do — drop the two triggers, then edit,
delete, recompute or append — and checks that ``verify`` says so.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from privacydesk.core.rights import Outcome
from privacydesk.services import Services, open_services
from privacydesk.services import audit as audit_module
from privacydesk.services.audit import AuditVerification
from privacydesk.services.audit_keys import KEY_DIR_ENV, KEYRING_SERVICE
from tests.conftest import Clock, MemoryKeyring
from tests.services.helpers import made_before_the_key, new_request


def _fill(services: Services) -> list[int]:
    ids = []
    for name in ("Jan Peeters", "Lieve De Smet", "Noël Lemaître"):
        case = services.cases.register(new_request(name))
        services.cases.update_notes(case.id, f"Notitie over {name}")
        ids.append(case.id)
    return ids


def _attack(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def _plain_payload(row: tuple) -> bytes:  # type: ignore[type-arg]
    event_id, at, actor, action, case_id, reference, details, prev = row[:8]
    return json.dumps(
        [prev, event_id, at, actor, action, case_id, reference, details],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


def _recompute_plain_chain(path: Path) -> None:
    """What today's attacker does after an edit: recompute every SHA-256 and the anchor."""
    conn = sqlite3.connect(path)
    prev = "0" * 64
    rows = conn.execute(
        "SELECT id, at, actor, action, case_id, case_reference, details FROM audit_event ORDER BY id"
    ).fetchall()
    for row in rows:
        digest = hashlib.sha256(_plain_payload((*row, prev))).hexdigest()
        conn.execute(
            "UPDATE audit_event SET prev_hash=?, hash=? WHERE id=?", (prev, digest, row[0])
        )
        prev = digest
    conn.execute(
        "UPDATE setting SET value=? WHERE key='audit.head'",
        (json.dumps({"id": rows[-1][0], "hash": prev}),),
    )
    conn.commit()
    conn.close()


def _reopened_verify(path: Path, clock: Clock):  # type: ignore[no-untyped-def]
    reopened = open_services(path, actor="officer", now=clock)
    try:
        return reopened.audit.verify()
    finally:
        reopened.close()


def test_an_edit_with_every_hash_recomputed_is_caught(
    services: Services, register_path: Path, clock: Clock
) -> None:
    _fill(services)
    services.close()
    _attack(register_path, "UPDATE audit_event SET actor='mallory' WHERE id=3")
    _recompute_plain_chain(register_path)
    result = _reopened_verify(register_path, clock)
    assert not result.ok
    assert result.first_bad_id == 1  # no event is signed with the register's key any more


def test_a_forged_back_dated_event_appended_with_the_anchor_moved_is_caught(
    services: Services, register_path: Path, clock: Clock
) -> None:
    case_ids = _fill(services)
    services.close()
    conn = sqlite3.connect(register_path)
    last_id, last_hash = conn.execute(
        "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
    ).fetchone()
    conn.close()
    forged = (
        last_id + 1,
        "2026-01-02T09:00:00.000000+00:00",
        "officer",
        "case.notes_changed",
        case_ids[0],
        "PD-2026-0001",
        '{"length": 3}',
        last_hash,
    )
    digest = hashlib.sha256(_plain_payload(forged)).hexdigest()
    _attack(
        register_path,
        "INSERT INTO audit_event (id, at, actor, action, case_id, case_reference, details, "
        f"prev_hash, hash) VALUES {(*forged, digest)!r}",
        f"UPDATE setting SET value='{json.dumps({'id': last_id + 1, 'hash': digest})}' "
        "WHERE key='audit.head'",
    )
    result = _reopened_verify(register_path, clock)
    assert not result.ok
    assert result.first_bad_id == last_id + 1
    assert "niet ondertekend met de sleutel" in result.problem


def test_an_empty_trail_for_a_register_with_cases_fails(
    services: Services, register_path: Path, clock: Clock
) -> None:
    _fill(services)
    services.close()
    _attack(
        register_path,
        "DELETE FROM audit_event",
        "DELETE FROM setting WHERE key='audit.head'",
    )
    result = _reopened_verify(register_path, clock)
    assert not result.ok
    assert any("PD-2026-0001" in p and "registratie" in p for p in result.problems)


def test_cutting_off_the_newest_events_and_moving_the_anchor_shows_in_the_case_rows(
    services: Services, register_path: Path, clock: Clock
) -> None:
    case_ids = _fill(services)
    services.identity.waive(case_ids[1], "Gekende klant, schrijft van het adres in ons bestand")
    services.cases.record_outcome(case_ids[1], 0, Outcome.GRANTED)
    services.close()
    conn = sqlite3.connect(register_path)
    keep_id, keep_hash = conn.execute(
        "SELECT id, hash FROM audit_event WHERE action = 'case.notes_changed' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    conn.close()
    _attack(
        register_path,
        f"DELETE FROM audit_event WHERE id > {keep_id}",
        f"UPDATE setting SET value='{json.dumps({'id': keep_id, 'hash': keep_hash})}' "
        "WHERE key='audit.head'",
    )
    result = _reopened_verify(register_path, clock)
    assert not result.ok
    assert any(
        "PD-2026-0002" in p and "identiteitsbeslissing" in p and "'waived'" in p
        for p in result.problems
    )
    assert any("PD-2026-0002" in p and "uitkomst" in p for p in result.problems)


@pytest.mark.parametrize(
    ("sql", "field"),
    [
        (
            "UPDATE \"case\" SET received='2026-10-01' WHERE reference='PD-2026-0002'",
            "ontvangstdatum",
        ),
        ("UPDATE \"case\" SET status='closed' WHERE reference='PD-2026-0002'", "status"),
        (
            "UPDATE \"case\" SET identity_status='verified' WHERE reference='PD-2026-0002'",
            "identiteitsbeslissing",
        ),
        ("UPDATE \"case\" SET extended=1 WHERE reference='PD-2026-0002'", "verlenging"),
        (
            "UPDATE \"case\" SET answered_on='2026-11-21' WHERE reference='PD-2026-0002'",
            "antwoorddatum",
        ),
        ("UPDATE case_right SET outcome='refused' WHERE case_id=2", "uitkomst"),
    ],
    ids=["received", "status", "identity", "extension", "answer-date", "outcome"],
)
def test_a_case_row_changed_without_its_event_is_reported_by_case_and_field(
    services: Services, register_path: Path, clock: Clock, sql: str, field: str
) -> None:
    _fill(services)
    assert services.audit.verify().ok
    result = _changed_in_the_file(services, register_path, clock, sql)
    assert not result.ok
    assert any(p.startswith(f"dossier PD-2026-0002: {field}") for p in result.problems), (
        result.problems
    )


def _changed_in_the_file(
    services: Services, register_path: Path, clock: Clock, sql: str
) -> AuditVerification:
    """``sql`` run on the closed register's file, then the trail verified anew."""
    services.close()
    conn = sqlite3.connect(register_path)  # no trigger guards case rows: no attack needed
    conn.execute(sql)
    conn.commit()
    conn.close()
    return _reopened_verify(register_path, clock)


@pytest.mark.parametrize(
    ("sql", "finding"),
    [
        (
            "UPDATE \"case\" SET reference='PD-2026-0099' WHERE reference='PD-2026-0002'",
            "dossier PD-2026-0099: kenmerk is 'PD-2026-0099' in het register, maar "
            "'PD-2026-0002' volgens het auditspoor",
        ),
        (
            "UPDATE \"case\" SET requester_name='Mallory Janssens' WHERE reference='PD-2026-0002'",
            "dossier PD-2026-0002: de naam van de aanvrager verschilt",
        ),
    ],
    ids=["reference", "requester-name"],
)
def test_whose_case_it_is_changed_in_the_file_is_reported(
    services: Services, register_path: Path, clock: Clock, sql: str, finding: str
) -> None:
    """The registration event carries the reference and the requester's name: a case row
    handed to someone else (or renumbered) behind the program's back shows."""
    _fill(services)
    result = _changed_in_the_file(services, register_path, clock, sql)
    assert not result.ok
    assert any(p.startswith(finding) for p in result.problems), result.problems
    # The report names the case, not the people: it is printed, shown and may be logged.
    assert not any("Mallory" in p or "Lieve" in p for p in result.problems)


def test_whose_case_it_is_is_checked_on_either_kind_of_register(services: Services) -> None:
    """The same through the register's own connection: a server register streams its rows
    another way (a server-side cursor), and must carry the reference and the name too."""
    _fill(services)
    assert services.audit.verify().ok
    with services.ctx.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE \"case\" SET requester_name = 'Mallory Janssens' "
                "WHERE reference = 'PD-2026-0001'"
            )
        )
        conn.execute(
            text("UPDATE \"case\" SET reference = 'PD-2026-0077' WHERE reference = 'PD-2026-0003'")
        )
    result = services.audit.verify()
    assert not result.ok
    assert len(result.problems) == 2, result.problems
    assert any(
        p.startswith("dossier PD-2026-0001: de naam van de aanvrager verschilt")
        for p in result.problems
    )
    assert any(
        p.startswith(
            "dossier PD-2026-0077: kenmerk is 'PD-2026-0077' in het register, maar 'PD-2026-0003'"
        )
        for p in result.problems
    )


def test_a_replay_follows_every_recorded_change(services: Services) -> None:
    """No false alarm: the full life of a case replays to its row."""
    from privacydesk.core.workflow import Status

    case_id = _fill(services)[0]
    services.identity.waive(case_id, "Gekende klant, schrijft van het adres in ons bestand")
    services.cases.change_status(case_id, Status.IN_PROGRESS)
    services.cases.extend(case_id, "Complex verzoek")
    services.cases.record_outcome(case_id, 0, Outcome.GRANTED)
    services.cases.change_status(case_id, Status.ANSWERED)
    services.cases.change_status(case_id, Status.IN_PROGRESS)
    services.cases.change_status(case_id, Status.ANSWERED)
    services.cases.change_status(case_id, Status.CLOSED)
    result = services.audit.verify()
    assert result.ok, result.problems


def test_missing_triggers_are_reported_then_restored_at_the_next_start(
    services: Services, register_path: Path, clock: Clock
) -> None:
    _fill(services)
    _attack(register_path)  # dropped while the program runs
    result = services.audit.verify()
    assert not result.ok and "beveiliging" in result.problem
    services.close()

    reopened = open_services(register_path, actor="officer", now=clock)
    try:
        assert reopened.audit.all()[-1].action == "audit.triggers_restored"
        after = reopened.audit.verify()
        assert after.ok and any("hersteld" in n for n in after.notes)
    finally:
        reopened.close()
    conn = sqlite3.connect(register_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_event WHERE id=2")
    conn.close()


def test_the_key_is_not_in_the_register_nor_beside_it(
    services: Services, register_path: Path
) -> None:
    import os

    _fill(services)
    key = services.ctx.audit_key
    assert key is not None and len(key) == 32
    key_dir = Path(os.environ[KEY_DIR_ENV])
    (key_file,) = key_dir.glob("*.key")
    assert key_file.read_text() == key.hex()
    assert key_file.parent != register_path.parent
    services.close()
    for path in register_path.parent.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert key not in data and key.hex().encode() not in data


def test_the_key_goes_to_the_credential_store_when_there_is_one(
    register_path: Path,
    clock: Clock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    _private_keyring: MemoryKeyring,
) -> None:
    """The suite's credential store lives in memory: the real one is never touched."""
    from privacydesk.services import audit_keys

    fallback = tmp_path / "config"
    monkeypatch.delenv(KEY_DIR_ENV)
    monkeypatch.setattr(audit_keys, "user_config_path", lambda *a, **k: fallback)
    opened = open_services(register_path, actor="officer", now=clock)
    opened.cases.register(new_request())
    key = opened.ctx.audit_key
    opened.close()
    ((service, _register_id), stored) = next(iter(_private_keyring.passwords.items()))
    assert service == KEYRING_SERVICE and stored == key.hex()  # type: ignore[union-attr]
    assert not fallback.exists()  # no file when the credential store took it
    reopened = open_services(register_path, actor="officer", now=clock)
    assert reopened.ctx.audit_key == key and reopened.audit.verify().ok
    reopened.close()


def test_a_register_from_before_the_key_is_sealed_once_and_then_guarded(
    register_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made as the previous version did (plain SHA-256, schema 0001), then upgraded."""

    made_before_the_key(register_path, clock, monkeypatch, _fill)

    upgraded = open_services(register_path, actor="officer", now=clock)
    seal = upgraded.audit.all()[-1]
    assert seal.action == "audit.rekeyed" and seal.details["previous"] == "sha256"
    assert seal.details["sealed_events"] == 6
    result = upgraded.audit.verify()
    assert result.ok and any("verzegeld" in note for note in result.notes)
    upgraded.cases.register(new_request("Na de upgrade"))
    assert upgraded.audit.verify().ok
    upgraded.close()
    # Opening again does not seal again.
    again = open_services(register_path, actor="officer", now=clock)
    assert [e.action for e in again.audit.all()].count("audit.rekeyed") == 1
    again.close()

    # An event from before the seal, edited and the plain hashes recomputed up to the
    # seal, breaks the seal, which nobody without the key can redo.
    _attack(register_path, "UPDATE audit_event SET actor='mallory' WHERE id=2")
    result = _reopened_verify(register_path, clock)
    assert not result.ok and result.first_bad_id == 2


def test_a_register_opened_where_its_key_is_not_says_so_on_every_check(
    services: Services, register_path: Path, clock: Clock
) -> None:
    """Moved to another computer without its key (or its id changed by hand): a new key
    seals what is there, and verify-audit names the day, so it can be looked into."""
    import os

    _fill(services)
    services.close()
    for key_file in Path(os.environ[KEY_DIR_ENV]).glob("*.key"):
        key_file.unlink()
    moved = open_services(register_path, actor="officer", now=clock)
    try:
        seal = moved.audit.all()[-1]
        assert seal.action == "audit.rekeyed" and seal.details["previous"] == "unknown-key"
        result = moved.audit.verify()
        assert result.ok
        assert any("geen sleutel" in note and "2026-11-25" in note for note in result.notes)
    finally:
        moved.close()
    # From the seal on, the events before it are held too.
    _attack(register_path, "UPDATE audit_event SET details='{}' WHERE id=4")
    assert not _reopened_verify(register_path, clock).ok


def test_restoring_a_backup_from_before_the_key_seals_it_within_the_restore(
    services: Services,
    register_path: Path,
    clock: Clock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from alembic import command

    from privacydesk.store.engine import _alembic_config

    _fill(services)
    with monkeypatch.context() as old_version:
        old_version.setattr(
            audit_module, "_keyed", lambda _key, payload: audit_module._plain(payload)
        )
        old = open_services(tmp_path / "oud.sqlite", actor="officer", now=clock)
        old.cases.register(new_request("Uit de oude versie"))
        config = _alembic_config()
        with old.register.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        old.close()

    services.backup.restore_from(tmp_path / "oud.sqlite")
    actions = [e.action for e in services.audit.all()]
    assert actions[-2:] == ["audit.rekeyed", "register.restored"]
    assert services.audit.verify().ok
    assert [c.requester_name for c in services.cases.list_cases()] == ["Uit de oude versie"]


def test_verify_audit_says_what_an_intact_trail_vouches_for_and_no_more(
    services: Services, register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from privacydesk.cli import main

    _fill(services)
    services.close()
    assert main(["--db", str(register_path), "verify-audit"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Auditspoor intact: 6 gebeurtenissen gecontroleerd. Kop: #6 ")
    assert "van elk dossier kenmerk, naam van de aanvrager, ontvangstdatum, status" in out
    # The trail holds no address, e-mail or notes: the report does not vouch for them.
    assert "adres, e-mail en notities, staan niet in het spoor en werden niet vergeleken" in out
    assert "kloppen ermee" not in out
