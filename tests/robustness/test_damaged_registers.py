"""A register damaged outside the program (by hand, by a disk, by a half copy): every
command names what is damaged in one sentence, exits 2 and leaves the file as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from privacydesk.cli import main
from privacydesk.core.attachments import AttachmentRole
from privacydesk.services import open_services
from tests.conftest import TODAY, Clock, carry_template_keys, template_keys
from tests.documents.conftest import make_pdf
from tests.robustness.conftest import assert_sentence
from tests.services.helpers import new_request

_DAMAGE: dict[str, tuple[str, str]] = {
    # name: (SQL that damages the register, what the sentence must name)
    "setting-not-json": (
        "INSERT INTO setting(key, value) VALUES ('pref.reminder_window_days', '{kapot')",
        "'pref.reminder_window_days'",
    ),
    "setting-out-of-range": (
        "INSERT INTO setting(key, value) VALUES ('pref.retention_years', '100000')",
        "'pref.retention_years' heeft de waarde '100000', buiten het bereik 1 tot 30",
    ),
    "setting-not-a-number": (
        "INSERT INTO setting(key, value) VALUES ('pref.reminder_window_days', '\"zeven\"')",
        "'pref.reminder_window_days' heeft de waarde 'zeven'",
    ),
    "anchor-not-json": ("UPDATE setting SET value = 'xx' WHERE key = 'audit.head'", "anker"),
    "anchor-wrong-shape": (
        "UPDATE setting SET value = '{\"id\": \"een\"}' WHERE key = 'audit.head'",
        "anker",
    ),
    "anchor-a-list": ("UPDATE setting SET value = '[1, 2]' WHERE key = 'audit.head'", "anker"),
    "status-unknown": ("UPDATE \"case\" SET status = 'gearchiveerd'", "status 'gearchiveerd'"),
    "status-empty": ("UPDATE \"case\" SET status = ''", "status ''"),
    "received-impossible-day": (
        "UPDATE \"case\" SET received = '2026-02-30'",
        "ontvangstdatum '2026-02-30'",
    ),
    "received-not-a-date": (
        "UPDATE \"case\" SET received = 'gisteren'",
        "ontvangstdatum 'gisteren'",
    ),
    "answered-dutch-date": ("UPDATE \"case\" SET answered_on = '25/11/2026'", "antwoorddatum"),
    "created-at-garbage": ("UPDATE \"case\" SET created_at = 'ooit'", "tijdstip van registratie"),
    "identity-status-unknown": (
        "UPDATE \"case\" SET identity_status = 'misschien'",
        "identiteitsstatus",
    ),
    "language-unknown": ("UPDATE \"case\" SET language = 'xx'", "taal 'xx'"),
    "channel-unknown": ("UPDATE \"case\" SET channel = 'duif'", "kanaal 'duif'"),
    "right-unknown": ("UPDATE case_right SET \"right\" = 'vergeten'", "recht 'vergeten'"),
    "outcome-unknown": ("UPDATE case_right SET outcome = 'misschien'", "uitkomst 'misschien'"),
    "attachment-role-unknown": ("UPDATE attachment SET role = 'geheim'", "rol 'geheim'"),
    "case-year-not-a-number": ("UPDATE \"case\" SET year = 'abc'", "jaar 'abc'"),
    "recipient-date-garbage": (
        "INSERT INTO recipient_notice(case_id, recipient, notified_on, how, recorded_by, "
        "recorded_at) VALUES (1, 'Boekhouder', 'garbage', 'e-mail', 'officer', "
        "'2026-11-25 10:00:00')",
        "datum van de kennisgeving aan een ontvanger 'garbage'",
    ),
    "inquiry-kind-unknown": (
        "INSERT INTO inquiry(case_id, kind, received_on, their_reference, what_was_sent, "
        "recorded_by, recorded_at) VALUES (1, 'roddel', '2026-11-20', '', '', 'officer', "
        "'2026-11-25 10:00:00')",
        "soort van een vraag van de GBA 'roddel'",
    ),
}
_COMMANDS = {
    "cases": ["cases"],
    "due": ["due"],
    "verify-audit": ["verify-audit"],
    "export": ["export", "--csv", "{TMP}/uit.csv"],
    "letter": ["letter", "PD-2026-0001", "acknowledgement", "--out", "{TMP}/brief.pdf"],
}


@pytest.fixture(scope="module")
def sound_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sound") / "register.sqlite"
    with template_keys():
        services = open_services(path, actor="officer", now=Clock(TODAY))
        case = services.cases.register(new_request())
        services.attachments.add(case.id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST)
        services.close()
    return path


def _damaged(sound_register: Path, tmp_path: Path, damage: str) -> Path:
    path = tmp_path / "register.sqlite"
    shutil.copyfile(sound_register, path)
    carry_template_keys()
    conn = sqlite3.connect(path)
    conn.execute(_DAMAGE[damage][0])
    conn.commit()
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _pairs() -> list[tuple[str, str]]:
    """Every damage with `cases` and one other command in turn, so that every command
    meets every kind of damage (setting, anchor, case field, right, document) at least
    once without opening the register 80 times."""
    others = sorted(set(_COMMANDS) - {"cases"})
    return [
        (damage, command)
        for index, damage in enumerate(sorted(_DAMAGE))
        for command in ("cases", others[index % len(others)])
    ]


def test_the_damage_corpus_is_large_enough() -> None:
    assert len(_pairs()) >= 30
    assert {command for _damage, command in _pairs()} == set(_COMMANDS)


@pytest.mark.parametrize(("damage", "command"), _pairs())
def test_every_command_names_the_damage_and_leaves_the_file_untouched(
    sound_register: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    damage: str,
    command: str,
) -> None:
    path = _damaged(sound_register, tmp_path, damage)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    argv = [a.replace("{TMP}", str(tmp_path)) for a in _COMMANDS[command]]
    assert main(["--db", str(path), *argv]) == 2
    captured = capsys.readouterr()
    # Nothing read from a damaged register is printed (listings are checked beside their
    # work, and what they print is held until the check passed).
    assert captured.out == ""
    err = captured.err.strip()
    assert len(err.splitlines()) == 1, err
    assert "is beschadigd" in err
    assert _DAMAGE[damage][1] in err
    assert_sentence(err.removeprefix("privacydesk: ").replace(str(path), "R"))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "uit.csv").exists() and not (tmp_path / "brief.pdf").exists()


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_a_damaged_register_can_still_be_saved_or_replaced(
    sound_register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = _damaged(sound_register, tmp_path, "status-unknown")
    other = tmp_path / "kopie.sqlite"
    if command == "restore":
        shutil.copyfile(sound_register, other)
    assert main(["--db", str(path), command, str(other)]) == 0, capsys.readouterr().err
    if command == "restore":
        assert main(["--db", str(path), "cases"]) == 0
