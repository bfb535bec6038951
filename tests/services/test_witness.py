"""The chain head is witnessed outside the register (issue 13, 5): beside every backup and
on every issued letter's last page; ``verify-audit --witness`` checks the register
against it, so cutting off the newest events and moving the anchor back shows."""

from __future__ import annotations

import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from privacydesk.cli import main
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.services import Services
from tests.services.helpers import new_request


def _cut_to(path: Path, keep_id: int) -> None:
    """What someone with the file does: drop the guards, cut the newest events, move the
    anchor back to the last kept event (the shorter chain is consistent)."""
    conn = sqlite3.connect(path)
    (keep_hash,) = conn.execute("SELECT hash FROM audit_event WHERE id=?", (keep_id,)).fetchone()
    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.execute("DELETE FROM audit_event WHERE id > ?", (keep_id,))
    conn.execute(
        "UPDATE setting SET value=? WHERE key='audit.head'",
        (json.dumps({"id": keep_id, "hash": keep_hash}),),
    )
    conn.commit()
    conn.close()


def test_a_witness_lies_beside_every_backup_and_catches_a_cut_trail(
    services: Services, register_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("Jan", "Piet", "Joris"):
        services.cases.register(new_request(name))
    head_id, head_hash = services.audit.head()
    info = services.backup.backup_to(tmp_path / "usb" / "backup.sqlite")
    witness_file = info.path.with_name(info.path.name + ".witness.txt")
    witness = json.loads(witness_file.read_text(encoding="utf-8"))
    assert (witness["event"], witness["hash"]) == (head_id, head_hash)
    automatic = services.backup.automatic_backup()
    assert automatic is not None
    assert automatic.path.with_name(automatic.path.name + ".witness.txt").exists()
    services.close()

    db = ["--db", str(register_path)]
    assert main([*db, "verify-audit", "--witness", str(witness_file)]) == 0
    _cut_to(register_path, head_id - 1)  # the third case's registration is gone
    capsys.readouterr()
    assert main([*db, "verify-audit", "--witness", str(witness_file)]) == 1
    err = capsys.readouterr().err
    # (Opening the register put the dropped trigger back, in a new event under the same
    # number: the witness sees that number now holds another event.)
    assert f"gebeurtenis {head_id}" in err and "getuige" in err
    assert "ingekort" in err or "herschreven" in err


def test_every_issued_letter_carries_the_shortened_head_on_its_last_page(
    services: Services, register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = services.cases.register(new_request()).id
    services.cases.update_notes(case_id, "Belde op maandag")
    head_id, head_hash = services.audit.head()
    issued = services.letters.issue(services.letters.draft(case_id, LetterKind.ACKNOWLEDGEMENT))
    reader = PdfReader(io.BytesIO(services.letters.pdf(issued.id)))
    last_page = reader.pages[-1].extract_text()
    found = re.search(r"PrivacyDesk audit #(\d+) ([0-9a-f]{16})", last_page)
    assert found is not None
    assert (int(found.group(1)), found.group(2)) == (head_id, head_hash[:16])
    services.close()

    typed = f"#{found.group(1)} {found.group(2)}"  # as read off the paper letter
    db = ["--db", str(register_path)]
    assert main([*db, "verify-audit", "--witness", typed]) == 0
    _cut_to(register_path, head_id - 1)
    assert main([*db, "verify-audit", "--witness", typed]) == 1


def test_a_rewritten_witnessed_event_is_caught(services: Services, register_path: Path) -> None:
    from privacydesk.services.witness import WitnessError, witness_problem

    services.cases.register(new_request())
    head_id, head_hash = services.audit.head()
    with services.ctx.reading() as session:
        conn = session.connection()
        assert witness_problem(conn, f"#{head_id} {head_hash[:16]}", "") == ""
        assert "herschreven" in witness_problem(conn, f"#{head_id} {'0' * 16}", "")
        with pytest.raises(WitnessError, match="geen getuige"):
            witness_problem(conn, "geen getuige", "")
    # Nor does the whole check claim anything from it: it refuses before it starts.
    with pytest.raises(WitnessError, match="geen getuige"):
        services.audit.verify(witness="#abc")


def _not_a_witness(tmp_path: Path, kind: str) -> str:
    if kind == "pdf":
        path = tmp_path / "brief.pdf"  # a letter chosen instead of the witness beside a backup
        # A PDF's trailer ('#' then hex digits) would read as a typed line if searched.
        path.write_bytes(b"%PDF-1.7\n% #12 /ID [<0123456789abcdef0123456789abcdef>]\n%%EOF\n")
        return str(path)
    if kind == "empty":
        path = tmp_path / "leeg.witness.txt"
        path.write_bytes(b"")
        return str(path)
    if kind == "no-hash":
        path = tmp_path / "kapot.witness.txt"
        path.write_text('{"event": 3, "hash": ""}', encoding="utf-8")
        return str(path)
    return {"typed-wrong": "#abc", "nothing": "", "missing": str(tmp_path / "weg.txt")}[kind]


@pytest.mark.parametrize("kind", ["pdf", "empty", "no-hash", "typed-wrong", "nothing", "missing"])
def test_a_witness_that_is_none_is_refused_as_bad_input_not_reported_as_tampering(
    services: Services,
    register_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    """A wrong file, an empty one or a mistyped line says nothing about the trail: one
    sentence and exit 2, and no claim either way."""
    services.cases.register(new_request())
    services.close()
    db = ["--db", str(register_path)]
    assert main([*db, "verify-audit", "--witness", _not_a_witness(tmp_path, kind)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "getuige" in lines[0], lines
    assert "aangetast" not in captured.err and "Traceback" not in captured.err


def test_an_intact_trail_says_which_witnessed_event_it_still_holds(
    services: Services, register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.cases.register(new_request())
    head_id, head_hash = services.audit.head()
    services.close()
    db = ["--db", str(register_path)]
    assert main([*db, "verify-audit", "--witness", f"#{head_id} {head_hash[:16]}"]) == 0
    out = capsys.readouterr().out
    assert f"gebeurtenis {head_id} die de getuige zag staat er ongewijzigd in" in out
