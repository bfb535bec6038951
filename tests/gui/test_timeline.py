"""Every event in the trail reads as a sentence on the case's timeline."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from privacydesk.core.audit_actions import AuditAction, audit_action
from privacydesk.gui.timeline_model import _DESCRIBE, describe
from privacydesk.services import Services
from privacydesk.services.audit import AuditEntry
from privacydesk.services.demo import fill_demo

# Details as the services write them, for the actions whose sentence reads them.
EXAMPLE_DETAILS: dict[AuditAction, dict[str, Any]] = {
    AuditAction.CASE_REGISTERED: {"rights": ["access"]},
    AuditAction.CASE_STATUS_CHANGED: {"old": "received", "new": "in_progress", "note": ""},
    AuditAction.CASE_OUTCOME_RECORDED: {"right": "access", "outcome": "granted", "ground": None},
    AuditAction.LETTER_ISSUED: {"kind": "acknowledgement", "language": "nl"},
}


def _entry(action: str, details: dict[str, Any]) -> AuditEntry:
    return AuditEntry(
        1, datetime(2026, 11, 25, tzinfo=UTC), "officer", action, 1, "PD-2026-0001", details
    )


def test_the_timeline_knows_every_action() -> None:
    assert set(_DESCRIBE) == set(AuditAction)


@pytest.mark.parametrize("action", list(AuditAction))
def test_each_action_reads_as_a_sentence_not_its_name(action: AuditAction) -> None:
    text = describe(_entry(action.value, EXAMPLE_DETAILS.get(action, {})))
    assert text and action.value not in text


def test_an_unknown_action_is_named_as_unknown() -> None:
    assert describe(_entry("case.archived", {})) == "Onbekende gebeurtenis: case.archived"


def test_a_busy_register_writes_only_actions_the_timeline_knows(services: Services) -> None:
    fill_demo(services)
    written = {entry.action for entry in services.audit.all()}
    assert written  # the demo did something
    assert all(audit_action(name) is not None for name in written), written
