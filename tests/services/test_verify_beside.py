"""verify-audit at scale (issue 17): what runs beside the chain walk still reports what it must.

For a large register file the case replay and the stored files' hashes run in a process of
their own (``verify_beside``); a large document is hashed a slice at a time; the walk
encodes events with a C encoder built once. Each test here forces the restructured path on a
small register and tampers with what that path alone can see, while the chain is fine.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.services import Services, integrity, verify_beside
from privacydesk.services import audit as audit_module
from tests.documents.conftest import make_pdf
from tests.services.helpers import new_request


def _register(services: Services) -> tuple[int, int, int]:
    """Two cases, a letter in the first and a document in the second: (case, letter, doc)."""
    first = services.cases.register(new_request("Jan Peeters")).id
    second = services.cases.register(new_request("Noël Lemaître")).id
    letter = services.letters.issue(services.letters.draft(first, LetterKind.ACKNOWLEDGEMENT))
    (doc,) = services.attachments.add(
        second, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST
    ).added
    return first, letter.id, doc.id


def _forge(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    conn = sqlite3.connect(path)
    for sql, params in statements:
        conn.execute(sql, params)
    conn.commit()
    conn.close()


def _tamper_beyond_the_chain(register_path: Path, letter_id: int, doc_id: int) -> None:
    """What only the replay and the files' check can see: the chain itself stays intact."""
    conn = sqlite3.connect(register_path)
    (pdf,) = conn.execute("SELECT pdf FROM letter WHERE id = ?", (letter_id,)).fetchone()
    (data,) = conn.execute(
        "SELECT data FROM attachment_blob WHERE attachment_id = ?", (doc_id,)
    ).fetchone()
    conn.close()
    forged_letter = pdf + b"%forged"
    _forge(
        register_path,
        ("UPDATE \"case\" SET status = 'closed' WHERE reference = 'PD-2026-0001'", ()),
        (
            "UPDATE letter SET pdf = ?, sha256 = ? WHERE id = ?",
            (forged_letter, hashlib.sha256(forged_letter).hexdigest(), letter_id),
        ),
        (
            "UPDATE attachment_blob SET data = ? WHERE attachment_id = ?",
            (data + b"\n%changed", doc_id),
        ),
    )


def _expect_the_three(problems: tuple[str, ...], letter_id: int, doc_id: int) -> None:
    assert len(problems) == 3, problems
    status, letter, document = problems  # the replay's finding first, then the files'
    assert "PD-2026-0001" in status and "status" in status and "'closed'" in status
    assert f"brief nr. {letter_id}" in letter and "niet in het auditspoor" in letter
    assert f"document nr. {doc_id}" in document and "gewijzigd" in document


def test_the_process_beside_reports_a_changed_case_letter_and_document(
    services: Services, register_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _case, letter_id, doc_id = _register(services)
    _tamper_beyond_the_chain(register_path, letter_id, doc_id)
    monkeypatch.setattr(verify_beside, "WORKER_FROM_BYTES", 0)

    # Were the findings computed here instead of in the process, this would fail the test.
    def not_here(_conn: object) -> list[str]:
        raise AssertionError("checked in-process, not beside")

    monkeypatch.setattr(verify_beside, "_PARTS", {"cases": not_here, "files": not_here})
    result = services.audit.verify()
    assert not result.ok
    assert services.audit.verify_chain().ok  # only the checks beside the walk see it
    _expect_the_three(result.problems, letter_id, doc_id)


def test_the_process_beside_finds_nothing_in_an_untouched_register(
    services: Services, register_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register(services)
    monkeypatch.setattr(verify_beside, "WORKER_FROM_BYTES", 0)
    assert services.audit.verify().ok


@pytest.mark.parametrize("failing", ["crash", "half-answer", "not-json", "cannot-start"])
def test_a_process_beside_that_fails_leaves_the_checks_to_this_one(
    services: Services, register_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    _case, letter_id, doc_id = _register(services)
    _tamper_beyond_the_chain(register_path, letter_id, doc_id)
    monkeypatch.setattr(verify_beside, "WORKER_FROM_BYTES", 0)
    command = {
        "crash": [sys.executable, "-c", "import sys; sys.exit(3)"],
        "half-answer": [sys.executable, "-c", "print('{\"cases\": []}')"],  # no answer
        "not-json": [sys.executable, "-c", "print('niet eens JSON')"],
        "cannot-start": [str(register_path.parent / "missing")],
    }[failing]
    monkeypatch.setattr(verify_beside, "worker_command", lambda _path: command)
    _expect_the_three(services.audit.verify().problems, letter_id, doc_id)


def test_large_files_are_hashed_a_slice_at_a_time(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On both kinds of register: bytes above the inline size come in slices, and still
    add up to the stored SHA-256 (a slice boundary lost or repeated would not)."""
    _register(services)
    monkeypatch.setattr(integrity, "INLINE_BYTES", 100)
    monkeypatch.setattr(integrity, "SLICE_BYTES", 37)
    assert services.audit.verify().ok


def test_a_large_document_changed_is_caught_slice_by_slice(
    services: Services, register_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _case, _letter, doc_id = _register(services)
    monkeypatch.setattr(integrity, "INLINE_BYTES", 100)
    monkeypatch.setattr(integrity, "SLICE_BYTES", 37)
    conn = sqlite3.connect(register_path)
    (data,) = conn.execute(
        "SELECT data FROM attachment_blob WHERE attachment_id = ?", (doc_id,)
    ).fetchone()
    conn.close()
    middle = len(data) // 2  # one byte deep inside, in no particular slice's first place
    forged = data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :]
    _forge(
        register_path,
        ("UPDATE attachment_blob SET data = ? WHERE attachment_id = ?", (forged, doc_id)),
    )
    result = services.audit.verify()
    assert result.problems == (
        f"het document 'verzoek.pdf' in dossier PD-2026-0002 (document nr. {doc_id}) werd "
        "gewijzigd: de bytes kloppen niet met de SHA-256",
    )


def test_text_stored_where_the_program_stores_bytes_is_reported_not_a_crash(
    services: Services, register_path: Path
) -> None:
    _case, letter_id, _doc = _register(services)
    _forge(register_path, ("UPDATE letter SET pdf = 'geen pdf' WHERE id = ?", (letter_id,)))
    result = services.audit.verify()
    assert any(f"brief nr. {letter_id}" in p and "gewijzigd" in p for p in result.problems)


@pytest.mark.parametrize(
    "value",
    [
        ["0" * 64, 1, "2026-11-20T10:00:00.000000", "officer", "case.registered", 7, "PD-1", "{}"],
        [
            "a" * 64,
            2**70,
            'é\u2028\u00a0"quote" back\\slash\n\t\x00\x1f',
            "Noël \U0001f600",
            "x",
            None,
            "",
            json.dumps({"naam": "Éloïse", "lijst": [1, 2.5, None, True]}, ensure_ascii=False),
        ],
    ],
)
def test_the_walks_encoder_writes_what_the_events_were_hashed_over(value: list[object]) -> None:
    assert audit_module._canonical_parts()(value) == audit_module._CANONICAL(value)


def test_case_numbers_turned_to_text_are_reported_not_a_crash(
    services: Services, register_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Merges by case number compare numbers: text slipped into the file must not stop
    them, in the process beside nor here."""
    first, _letter, _doc = _register(services)
    services.cases.register(new_request("Lieve De Smet"))  # a case after the changed ones
    conn = sqlite3.connect(register_path)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET case_id = 'x' WHERE action = 'attachment.added'")
    conn.execute("UPDATE case_right SET case_id = 'y' WHERE case_id = ?", (first,))
    conn.commit()
    conn.close()
    for from_bytes in (10**12, 0):  # here, then beside
        monkeypatch.setattr(verify_beside, "WORKER_FROM_BYTES", from_bytes)
        result = services.audit.verify()
        assert not result.ok
        assert any("werd gewijzigd" in p or "gebeurtenis" in p for p in result.problems)
        assert any("niet in het auditspoor" in p for p in result.problems)  # the document's


def test_letters_and_documents_of_many_cases_are_met_with_their_own_cases_trail(
    services: Services, register_path: Path
) -> None:
    """One pass over the trail beside both kinds, case by case: each finding is named, in
    the order of the letters' and then the documents' numbers, and no other file is."""
    letters, docs = [], []
    for name in ("Jan Peeters", "Lieve De Smet", "Noël Lemaître"):
        case_id = services.cases.register(new_request(name)).id
        issued = services.letters.issue(services.letters.draft(case_id, LetterKind.ACKNOWLEDGEMENT))
        (doc,) = services.attachments.add(
            case_id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST
        ).added
        letters.append(issued.id)
        docs.append(doc.id)
    conn = sqlite3.connect(register_path)
    (pdf,) = conn.execute("SELECT pdf FROM letter WHERE id = ?", (letters[0],)).fetchone()
    (last,) = conn.execute("SELECT pdf FROM letter WHERE id = ?", (letters[2],)).fetchone()
    (data,) = conn.execute(
        "SELECT data FROM attachment_blob WHERE attachment_id = ?", (docs[0],)
    ).fetchone()
    conn.close()
    _forge(
        register_path,
        ("UPDATE letter SET pdf = ? WHERE id = ?", (last + b"\0", letters[2])),
        (
            "UPDATE letter SET pdf = ?, sha256 = ? WHERE id = ?",
            (pdf + b"%x", hashlib.sha256(pdf + b"%x").hexdigest(), letters[0]),
        ),
        ("UPDATE attachment_blob SET data = ? WHERE attachment_id = ?", (data + b"\0", docs[0])),
    )
    problems = services.audit.verify().problems
    assert len(problems) == 3, problems
    assert f"brief nr. {letters[0]}" in problems[0] and "niet in het auditspoor" in problems[0]
    assert f"brief nr. {letters[2]}" in problems[1] and "gewijzigd" in problems[1]
    assert f"document nr. {docs[0]}" in problems[2] and "gewijzigd" in problems[2]
