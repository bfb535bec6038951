"""Documents on a case: scans, signed PDFs, e-mails — stored inside the register.

Keeping the bytes in the register makes the register one file to back up, and the same code
serves a server database later. Lists never load the bytes; ``data`` does, one at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from privacydesk.core.attachments import ID_COPY_ROLES, AttachmentRole
from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.messages import Message, message
from privacydesk.documents.email_import import parse_email, without_attachments
from privacydesk.documents.signatures import (
    SignatureReport,
    signer_matches,
    validate_pdf_signatures,
)
from privacydesk.documents.sniffing import Accepted, AttachmentError, check_attachment
from privacydesk.services import audit
from privacydesk.services.attachment_records import (
    AddResult,
    AttachmentInfo,
    AttachmentRuleError,
    CheckedDocument,
    RoleChange,
    already_on_case,
    attachment_info,
)
from privacydesk.services.case_lookup import case_row
from privacydesk.services.context import ServiceContext
from privacydesk.services.integrity import checked_document
from privacydesk.services.settings import SettingsService
from privacydesk.store.durability import CHECKPOINT_ATTEMPTS, make_purge_durable
from privacydesk.store.errors import RegisterError
from privacydesk.store.models import AttachmentBlobRow, AttachmentRow, CaseRow

__all__ = [
    "AddResult",
    "AttachmentInfo",
    "AttachmentRuleError",
    "AttachmentService",
    "CheckedDocument",
    "RoleChange",
]

EMAIL_TYPES = ("message/rfc822", "application/vnd.ms-outlook")

_log = logging.getLogger(__name__)


class AttachmentService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService) -> None:
        self._ctx = ctx
        self._settings = settings  # the size limit and the trusted roots
        self._journal_holds_removed = False
        # Called with (case id, SHA-256 of each copy) after ID copies are purged, so the
        # purge reaches the backups too (BackupService.scrub_purged, wired by Services).
        self.purge_listeners: list[Callable[[int, list[str]], None]] = []

    @property
    def journal_holds_removed(self) -> bool:
        """Whether removed documents (purged ID copies) may still be in the register's
        write-ahead log, because another reader kept the last clean-up from finishing."""
        return self._journal_holds_removed

    @property
    def max_bytes(self) -> int:
        return self._settings.current().attachment_size_limit_mb * 1024 * 1024

    def for_case(self, case_id: int) -> list[AttachmentInfo]:
        with self._ctx.reading() as session:
            rows = session.exec(
                select(AttachmentRow)
                .where(AttachmentRow.case_id == case_id)
                .order_by(col(AttachmentRow.added_at), col(AttachmentRow.id))
            ).all()
            return [attachment_info(row) for row in rows]

    def data(self, attachment_id: int) -> bytes:
        with self._ctx.reading() as session:
            blob = session.get(AttachmentBlobRow, attachment_id)
            row = session.get(AttachmentRow, attachment_id)
            if blob is None or row is None:
                raise AttachmentRuleError("Dit document bestaat niet (meer).")
            case = session.get(CaseRow, row.case_id)
            # Never hand out bytes that are not the ones added (a forged file in the register).
            return checked_document(
                blob.data,
                row.sha256,
                attachment_id=row.id,
                name=row.original_name,
                reference=case.reference if case else "?",
            )

    def add(self, case_id: int, name: str, data: bytes, role: AttachmentRole) -> AddResult:
        """Store a document; an e-mail brings its own attachments along, each checked.

        Everything is checked before anything is written: a refused file leaves no trace.
        A document already on the case is refused, unless it is added again as an ID copy:
        then it takes that role (``role_changed``), so that it is purged after verification
        (an ID scan that came by e-mail is first stored as correspondence).
        """
        checked = self.check(name, data, role)
        with self._ctx.transaction() as session:
            return self.add_in(session, case_id, checked)

    def check(self, name: str, data: bytes, role: AttachmentRole) -> CheckedDocument:
        """Check a document (and an e-mail's own attachments) before anything is written."""
        accepted = check_attachment(name, data, max_bytes=self.max_bytes)
        children: list[tuple[str, bytes]] = []
        skipped: list[Message] = []
        if accepted.content_type in EMAIL_TYPES:
            email = parse_email(data)
            if email.attachments:
                # The e-mail keeps its text; each attachment becomes a document of its own,
                # so purging an ID copy leaves no second copy inside the e-mail.
                data = without_attachments(email)
                accepted = check_attachment(
                    str(Path(accepted.name).with_suffix(".eml")), data, max_bytes=self.max_bytes
                )
            for child_name, child_data in email.attachments:
                try:
                    check_attachment(child_name, child_data, max_bytes=self.max_bytes)
                except AttachmentError as exc:
                    skipped.append(
                        message("{name}: {problem}", name=child_name, problem=exc.message)
                    )
                else:
                    children.append((child_name, child_data))
        return CheckedDocument(name, data, role, accepted, tuple(children), tuple(skipped))

    def add_in(self, session: Session, case_id: int, checked: CheckedDocument) -> AddResult:
        """Store a checked document inside the caller's transaction (see :meth:`add`)."""
        name, data, role, accepted = checked.name, checked.data, checked.role, checked.accepted
        skipped = list(checked.skipped)
        case = case_row(session, case_id)
        existing = {
            row.sha256: row
            for row in session.exec(
                select(AttachmentRow).where(AttachmentRow.case_id == case_id)
            ).all()
        }
        if accepted.sha256 in existing:
            other = existing[accepted.sha256]
            # Only an attachment that came in as correspondence (an ID scan inside an
            # e-mail) is retagged: a signed request or a mandate must never become
            # something the purge destroys because a file name looked like an ID. An
            # e-mail is never the ID copy itself (its attachments are split off).
            if (
                role in ID_COPY_ROLES
                and AttachmentRole(other.role) is AttachmentRole.CORRESPONDENCE
                and other.content_type not in EMAIL_TYPES
            ):
                old_role = AttachmentRole(other.role)
                info = self._change_role(session, other, role)
                return AddResult((), (), (RoleChange(info, old_role),))
            raise AttachmentRuleError(already_on_case(name, other.original_name, other.role))
        parent = self._store(session, case, accepted.name, data, accepted, role, None)
        added = [parent]
        stored = {sha: (row.original_name, row.role) for sha, row in existing.items()}
        stored[accepted.sha256] = (accepted.name, role.value)
        for child_name, child_data in checked.children:
            child = check_attachment(child_name, child_data, max_bytes=self.max_bytes)
            if child.sha256 in stored:
                skipped.append(already_on_case(child.name, *stored[child.sha256]))
                continue
            stored[child.sha256] = (child.name, AttachmentRole.CORRESPONDENCE.value)
            added.append(
                self._store(
                    session,
                    case,
                    child.name,
                    child_data,
                    child,
                    AttachmentRole.CORRESPONDENCE,
                    parent.id,
                )
            )
        return AddResult(tuple(added), tuple(skipped))

    def _store(
        self,
        session: Session,
        case: CaseRow,
        name: str,
        data: bytes,
        accepted: Accepted,
        role: AttachmentRole,
        parent_id: int | None,
    ) -> AttachmentInfo:
        assert case.id is not None
        row = AttachmentRow(
            case_id=case.id,
            sha256=accepted.sha256,
            original_name=name,
            size=len(data),
            content_type=accepted.content_type,
            role=role.value,
            added_by=self._ctx.actor,
            added_at=self._ctx.now(),
            parent_id=parent_id,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        session.add(AttachmentBlobRow(attachment_id=row.id, data=data))
        audit.record(
            session,
            self._ctx,
            AuditAction.ATTACHMENT_ADDED,
            case_id=case.id,
            case_reference=case.reference,
            name=name,
            sha256=row.sha256,
            size=row.size,
            content_type=row.content_type,
            role=role.value,
        )
        return attachment_info(row)

    def set_role(self, attachment_id: int, role: AttachmentRole) -> AttachmentInfo:
        with self._ctx.transaction() as session:
            row = session.get(AttachmentRow, attachment_id)
            if row is None:
                raise AttachmentRuleError("Dit document bestaat niet (meer).")
            return self._change_role(session, row, role)

    def _change_role(
        self, session: Session, row: AttachmentRow, role: AttachmentRole
    ) -> AttachmentInfo:
        case = session.get(CaseRow, row.case_id)
        assert case is not None
        old = row.role
        row.role = role.value
        session.add(row)
        audit.record(
            session,
            self._ctx,
            AuditAction.ATTACHMENT_ROLE_CHANGED,
            case_id=row.case_id,
            case_reference=case.reference,
            name=row.original_name,
            old=old,
            new=role.value,
        )
        return attachment_info(row)

    def remove(self, attachment_id: int) -> None:
        with self._ctx.transaction() as session:
            row = session.get(AttachmentRow, attachment_id)
            if row is None:
                return
            case = session.get(CaseRow, row.case_id)
            assert case is not None
            for child in session.exec(
                select(AttachmentRow).where(AttachmentRow.parent_id == attachment_id)
            ).all():
                child.parent_id = None
                session.add(child)
            info = attachment_info(row)
            self._delete(session, row)
            audit.record(
                session,
                self._ctx,
                AuditAction.ATTACHMENT_REMOVED,
                case_id=info.case_id,
                case_reference=case.reference,
                name=info.name,
                sha256=info.sha256,
                role=info.role.value,
            )
        self._scrub_journal(case, AuditAction.ATTACHMENT_REMOVED)
        if info.role in ID_COPY_ROLES:
            for listener in self.purge_listeners:
                listener(info.case_id, [info.sha256])

    def trusted_roots(self) -> list[bytes]:
        """The certificates in the configured folder of trusted roots."""
        folder = self._settings.current().trusted_roots_folder.strip()
        if not folder:
            return []
        path = Path(folder)
        if not path.is_dir():
            raise AttachmentRuleError(
                "De map met vertrouwde certificaten ({folder}) bestaat niet; "
                "pas de instellingen aan.",
                folder=folder,
            )
        return [
            file.read_bytes()
            for file in sorted(path.iterdir())
            if file.suffix.lower() in (".cer", ".crt", ".pem", ".der") and file.is_file()
        ]

    def check_signatures(self, attachment_id: int) -> list[tuple[SignatureReport, bool]]:
        """Validate a signed PDF (slow: call it off the GUI thread); each signature with
        whether the signer's name matches the requester."""
        with self._ctx.reading() as session:
            row = session.get(AttachmentRow, attachment_id)
            if row is None:
                raise AttachmentRuleError("Dit document bestaat niet (meer).")
            case = session.get(CaseRow, row.case_id)
            assert case is not None
            requester = case.requester_name
        reports = validate_pdf_signatures(
            self.data(attachment_id), trusted_roots=self.trusted_roots()
        )
        return [(report, signer_matches(report, requester)) for report in reports]

    def id_copies(self, case_id: int) -> list[AttachmentInfo]:
        return [a for a in self.for_case(case_id) if a.role in ID_COPY_ROLES]

    def purge_id_copies(self, case_id: int, *, reason: str = "na verificatie") -> int:
        """Remove the ID copies for good: rows, bytes, and their traces in the file.

        The verification record on the case (document type, expiry, last digits, who,
        when) stays; the purge itself is audit-logged with the copies' hashes.
        """
        with self._ctx.transaction() as session:
            case = case_row(session, case_id)
            rows = session.exec(
                select(AttachmentRow).where(
                    AttachmentRow.case_id == case_id,
                    col(AttachmentRow.role).in_([r.value for r in ID_COPY_ROLES]),
                )
            ).all()
            if not rows:
                return 0
            purged = [(row.original_name, row.sha256) for row in rows]
            for row in rows:
                self._delete(session, row)
            case.id_copies_purged_at = self._ctx.now()
            session.add(case)
            audit.record(
                session,
                self._ctx,
                AuditAction.IDENTITY_ID_COPIES_PURGED,
                case_id=case_id,
                case_reference=case.reference,
                count=len(purged),
                files=[name for name, _sha in purged],
                sha256=[sha for _name, sha in purged],
                reason=reason,
            )
        self._scrub_journal(case, AuditAction.IDENTITY_ID_COPIES_PURGED)
        for listener in self.purge_listeners:
            listener(case_id, [sha for _name, sha in purged])
        return len(purged)

    @staticmethod
    def _delete(session: Session, row: AttachmentRow) -> None:
        blob = session.get(AttachmentBlobRow, row.id)
        if blob is not None:
            session.delete(blob)
        session.flush()
        session.delete(row)
        session.flush()

    def _scrub_journal(self, case: CaseRow, after: str) -> None:
        """secure_delete zeroes the freed pages; the write-ahead log may still hold old
        copies of them, so fold it into the file and truncate it.

        A reader on an older snapshot (a colleague's window, a background read) keeps that
        from finishing, and the pages then stay in the log until a later checkpoint. That
        is logged and written in the trail, so the purge does not claim more than it did.
        """
        if make_purge_durable(self._ctx.engine):
            self._journal_holds_removed = False
            return
        self._journal_holds_removed = True
        _log.warning(
            "Checkpoint after %s on %s blocked by another reader; the removed data stays in "
            "the write-ahead log until the next complete checkpoint.",
            after,
            case.reference,
        )
        try:
            with self._ctx.transaction() as session:
                audit.record(
                    session,
                    self._ctx,
                    AuditAction.ATTACHMENT_JOURNAL_NOT_CLEARED,
                    case_id=case.id,
                    case_reference=case.reference,
                    after=after,
                    attempts=CHECKPOINT_ATTEMPTS,
                )
        except (RegisterError, SQLAlchemyError):
            # The removal itself is committed; failing now would tell the officer it was not.
            _log.warning("Could not record the blocked checkpoint in the trail.", exc_info=True)
