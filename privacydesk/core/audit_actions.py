"""The names of the events in the audit trail: one list, so a typo cannot slip through.

The value is what the register stores; a StrEnum keeps the stored strings as they were.
"""

from __future__ import annotations

from enum import StrEnum

from privacydesk.core.identity import IdentityStatus

# The setting that anchors the chain (the newest event's number and hash): the damage check
# reads it without loading the audit service.
HEAD_SETTING = "audit.head"


class AuditAction(StrEnum):
    CASE_REGISTERED = "case.registered"
    CASE_STATUS_CHANGED = "case.status_changed"
    CASE_ANSWER_DATE_RECORDED = "case.answer_date_recorded"
    CASE_EXTENDED = "case.extended"
    CASE_OUTCOME_RECORDED = "case.outcome_recorded"
    CASE_RECIPIENT_NOTIFIED = "case.recipient_notified"
    CASE_NOTES_CHANGED = "case.notes_changed"
    IDENTITY_CHECKED = "identity.checked"
    IDENTITY_VERIFIED = "identity.verified"
    IDENTITY_WAIVED = "identity.waived"
    IDENTITY_FAILED = "identity.failed"
    IDENTITY_ID_COPIES_PURGED = "identity.id_copies_purged"
    IDENTITY_PURGE_REACHED_BACKUPS = "identity.purge_reached_backups"
    ATTACHMENT_ADDED = "attachment.added"
    ATTACHMENT_ROLE_CHANGED = "attachment.role_changed"
    ATTACHMENT_REMOVED = "attachment.removed"
    ATTACHMENT_JOURNAL_NOT_CLEARED = "attachment.journal_not_cleared"
    LETTER_ISSUED = "letter.issued"
    SETTINGS_CHANGED = "settings.changed"
    REGISTER_BACKUP = "register.backup"
    REGISTER_RESTORED = "register.restored"
    AUDIT_REKEYED = "audit.rekeyed"
    AUDIT_TRIGGERS_RESTORED = "audit.triggers_restored"
    INQUIRY_RECORDED = "inquiry.recorded"
    INQUIRY_ANSWERED = "inquiry.answered"
    CASE_ANONYMISED = "case.anonymised"
    RETENTION_REACHED_BACKUPS = "retention.reached_backups"


# The identity decision recorded on a case, as its event in the trail.
IDENTITY_DECISION_ACTION: dict[IdentityStatus, AuditAction] = {
    IdentityStatus.VERIFIED: AuditAction.IDENTITY_VERIFIED,
    IdentityStatus.WAIVED: AuditAction.IDENTITY_WAIVED,
    IdentityStatus.FAILED: AuditAction.IDENTITY_FAILED,
}


def audit_action(name: str) -> AuditAction | None:
    """The action a stored event names; None for one this version does not know
    (written by a newer version of the program)."""
    try:
        return AuditAction(name)
    except ValueError:
        return None
