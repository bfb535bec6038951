"""Every kind of audit event is written by the change it records.

Each row of the table below makes one change through the services and checks that the
trail holds its event, on the right case, with the details that say what changed. The
last test reads the services' source for every event name they can write, so a new kind
of event without a row here fails the suite.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import privacydesk.services as services_package
from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.identity import CheckResult, IdentityCheck
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import Outcome
from privacydesk.core.workflow import Status
from privacydesk.services import Services
from tests.documents.conftest import make_image, make_pdf
from tests.services.helpers import new_request


@dataclass(frozen=True)
class Change:
    prepare: Callable[[Services, int, Path], Any]  # state the change needs (no event checked)
    act: Callable[[Services, int, Any, Path], Any]  # the change whose event is looked for
    details: dict[str, Any]  # a few details the event must carry
    on_case: bool = True


def _in_progress(s: Services, case_id: int, _tmp: Path) -> None:
    s.identity.waive(case_id, "bekende klant")
    s.cases.change_status(case_id, Status.IN_PROGRESS)


def _answered(s: Services, case_id: int, tmp: Path) -> None:
    _in_progress(s, case_id, tmp)
    s.cases.change_status(case_id, Status.ANSWERED, answered_on=date(2026, 11, 24))


def _id_copy(s: Services, case_id: int, _tmp: Path) -> int:
    return (
        s.attachments.add(case_id, "id.png", make_image("PNG"), AttachmentRole.ID_RECTO).added[0].id
    )


def _document(s: Services, case_id: int, _tmp: Path) -> int:
    return (
        s.attachments.add(case_id, "v.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST).added[0].id
    )


def _nothing(_s: Services, _case_id: int, _tmp: Path) -> None:
    return None


def _backup(s: Services, _case_id: int, tmp: Path) -> Path:
    return s.backup.backup_to(tmp / "oud.sqlite").path


CHANGES: dict[str, Change] = {
    "case.registered": Change(
        _nothing,
        lambda s, _c, _p, _t: s.cases.register(new_request("Jan Peeters")),
        {},
        on_case=False,  # a new case: checked by reference below
    ),
    "case.status_changed": Change(
        lambda s, c, t: s.identity.waive(c, "bekende klant"),
        lambda s, c, _p, _t: s.cases.change_status(c, Status.IN_PROGRESS),
        {"old": "received", "new": "in_progress"},
    ),
    "case.answer_date_recorded": Change(
        _answered,
        lambda s, c, _p, _t: s.cases.record_answer_date(c, date(2026, 11, 23)),
        {},
    ),
    "case.extended": Change(
        _in_progress,
        lambda s, c, _p, _t: s.cases.extend(c, "Complex verzoek met veel systemen."),
        {},
    ),
    "case.outcome_recorded": Change(
        _in_progress,
        lambda s, c, _p, _t: s.cases.record_outcome(c, 0, Outcome.GRANTED),
        {},
    ),
    "case.recipient_notified": Change(
        _in_progress,
        lambda s, c, _p, _t: s.cases.add_recipient_notice(
            c, "Verzekeraar NV", date(2026, 11, 24), "aangetekende brief"
        ),
        {"recipient": "Verzekeraar NV"},
    ),
    "case.notes_changed": Change(
        _nothing, lambda s, c, _p, _t: s.cases.update_notes(c, "Belde op 24/11."), {}
    ),
    "identity.checked": Change(
        _id_copy,
        lambda s, c, _p, _t: s.identity.record_checks(
            c, {IdentityCheck.NAME_MATCH: CheckResult.PASSED}
        ),
        {},
    ),
    "identity.verified": Change(
        _nothing, lambda s, c, _p, _t: s.identity.mark_verified(c, "in_person"), {}
    ),
    "identity.waived": Change(
        _nothing, lambda s, c, _p, _t: s.identity.waive(c, "bekende klant"), {}
    ),
    "identity.failed": Change(
        _nothing, lambda s, c, _p, _t: s.identity.mark_failed(c, "kaart vervallen"), {}
    ),
    "identity.id_copies_purged": Change(
        _id_copy, lambda s, c, _p, _t: s.attachments.purge_id_copies(c), {"count": 1}
    ),
    "attachment.added": Change(
        _nothing,
        lambda s, c, _p, _t: s.attachments.add(
            c, "v.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST
        ),
        {},
    ),
    "attachment.removed": Change(
        _document, lambda s, _c, attachment_id, _t: s.attachments.remove(attachment_id), {}
    ),
    "attachment.role_changed": Change(
        _document,
        lambda s, _c, attachment_id, _t: s.attachments.set_role(
            attachment_id, AttachmentRole.MANDATE
        ),
        {},
    ),
    "letter.issued": Change(
        _nothing,
        lambda s, c, _p, _t: s.letters.issue(s.letters.draft(c, LetterKind.ACKNOWLEDGEMENT)),
        {},
    ),
    "settings.changed": Change(
        _nothing,
        lambda s, _c, _p, _t: s.settings.save(replace(s.settings.get(), reminder_window_days=9)),
        {"changed": ["reminder_window_days"]},
        on_case=False,
    ),
    "register.backup": Change(
        _nothing, lambda s, _c, _p, t: s.backup.backup_to(t / "b.sqlite"), {}, on_case=False
    ),
    "register.restored": Change(
        _backup, lambda s, _c, backup, _t: s.backup.restore_from(backup), {}, on_case=False
    ),
}
# Written only when another program holds the register open during a purge; its own test
# (tests/services/test_purge_with_a_reader.py) makes that happen.
ELSEWHERE = {
    "attachment.journal_not_cleared",
    # Tested where their feature is: test_purge_reaches_backups, test_inquiries, test_retention,
    # test_retention_trail.
    "identity.purge_reached_backups",
    "inquiry.recorded",
    "inquiry.answered",
    "case.anonymised",
    "retention.reached_backups",
}


@pytest.mark.parametrize("action", sorted(CHANGES))
def test_the_change_writes_its_event(services: Services, tmp_path: Path, action: str) -> None:
    change = CHANGES[action]
    if action.startswith("register.") and services.register.path is None:
        pytest.skip("a server register is backed up with pg_dump, not by the program")
    case_id = services.cases.register(new_request()).id
    prepared = change.prepare(services, case_id, tmp_path)
    # (id, action): a restore puts back an older trail whose numbers are reused.
    before = {(event.id, event.action) for event in services.audit.all()}
    change.act(services, case_id, prepared, tmp_path)
    new = [e for e in services.audit.all() if (e.id, e.action) not in before]
    written = [event for event in new if event.action == action]
    assert written, f"no '{action}' event; written: {[e.action for e in new]}"
    event = written[-1]
    if change.on_case:
        assert event.case_id == case_id
    elif action == "case.registered":
        assert event.case_reference == "PD-2026-0002"
    for key, value in change.details.items():
        assert event.details.get(key) == value, (key, event.details)
    assert event.actor == "officer"
    assert services.audit.verify().ok


def _written_actions() -> set[str]:
    """Every event name the services can write, read from their source (the names are
    AuditAction members, the identity decisions' table, or a module constant)."""
    import importlib

    from privacydesk.core.audit_actions import IDENTITY_DECISION_ACTION, AuditAction

    actions: set[str] = set()
    folder = Path(services_package.__file__).parent
    for source in folder.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        for call in re.finditer(r"audit\.record\(\s*[^,]+,\s*[^,]+,\s*([\w.\[\]]+)", text):
            name = call.group(1)
            if name.startswith("AuditAction."):
                actions.add(AuditAction[name.split(".", 1)[1]].value)
            elif name.startswith("IDENTITY_DECISION_ACTION"):
                actions |= {action.value for action in IDENTITY_DECISION_ACTION.values()}
            else:  # a constant of that module, e.g. PURGE_ACTION
                module = importlib.import_module(f"privacydesk.services.{source.stem}")
                actions.add(str(getattr(module, name)))
    return actions


def test_every_kind_of_event_has_a_test() -> None:
    written = _written_actions()
    assert len(written) >= 20
    assert written - ELSEWHERE == set(CHANGES), (
        "event kinds without a test row here, or rows for kinds no longer written"
    )
