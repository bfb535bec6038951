"""The names in the audit trail are fixed: registers written earlier must keep reading."""

from __future__ import annotations

import pytest

from privacydesk.core.audit_actions import IDENTITY_DECISION_ACTION, AuditAction, audit_action
from privacydesk.core.identity import IdentityMethod, IdentityStatus

# The stored strings, as registers already hold them: changing one is a data migration.
STORED_ACTIONS = {
    "case.registered",
    "case.status_changed",
    "case.answer_date_recorded",
    "case.extended",
    "case.outcome_recorded",
    "case.recipient_notified",
    "case.notes_changed",
    "identity.checked",
    "identity.verified",
    "identity.waived",
    "identity.failed",
    "identity.id_copies_purged",
    "identity.purge_reached_backups",
    "attachment.added",
    "attachment.role_changed",
    "attachment.removed",
    "attachment.journal_not_cleared",
    "letter.issued",
    "settings.changed",
    "register.backup",
    "register.restored",
    "audit.rekeyed",
    "audit.triggers_restored",
    "inquiry.recorded",
    "inquiry.answered",
    "case.anonymised",
    "retention.reached_backups",
}


def test_every_stored_action_name_is_known_and_unchanged() -> None:
    assert {a.value for a in AuditAction} == STORED_ACTIONS


@pytest.mark.parametrize("name", sorted(STORED_ACTIONS))
def test_a_stored_name_reads_back_as_its_action(name: str) -> None:
    action = audit_action(name)
    assert action is not None and action == name


@pytest.mark.parametrize("name", ["case.registred", "", "case.archived"])
def test_a_name_this_version_does_not_know_is_not_guessed(name: str) -> None:
    assert audit_action(name) is None


def test_each_identity_decision_has_its_event() -> None:
    assert set(IDENTITY_DECISION_ACTION) == set(IdentityStatus) - {IdentityStatus.UNVERIFIED}
    assert IDENTITY_DECISION_ACTION[IdentityStatus.WAIVED] == "identity.waived"


def test_identity_values_stay_as_the_register_stores_them() -> None:
    assert [s.value for s in IdentityStatus] == ["unverified", "verified", "waived", "failed"]
    assert [m.value for m in IdentityMethod] == [
        "known_customer",
        "digital_signature",
        "id_copy",
        "in_person",
    ]


@pytest.mark.parametrize(
    ("status", "settled"),
    [
        (IdentityStatus.UNVERIFIED, False),
        (IdentityStatus.VERIFIED, True),
        (IdentityStatus.WAIVED, True),
        (IdentityStatus.FAILED, False),
    ],
)
def test_identity_is_settled_when_verified_or_waived(status: IdentityStatus, settled: bool) -> None:
    assert status.is_settled is settled
