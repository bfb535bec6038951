"""Recording how the requester's identity was established, and each check (SPEC §5)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import select

from privacydesk.core.audit_actions import IDENTITY_DECISION_ACTION, AuditAction
from privacydesk.core.identity import (
    IDENTITY_CHECK_LABEL_NL,
    CheckResult,
    IdCopyFields,
    IdentityCheck,
    IdentityMethod,
    IdentityStatus,
    blocking_checks,
    evaluate_id_copy,
    evaluate_request_date,
    last_digits,
)
from privacydesk.core.messages import LowerLabel
from privacydesk.services import audit
from privacydesk.services.attachments import AttachmentService
from privacydesk.services.case_lookup import case_row
from privacydesk.services.cases import (
    CaseRuleError,
    CaseService,
    end_identification_wait,
)
from privacydesk.services.context import ServiceContext
from privacydesk.services.settings import SettingsService
from privacydesk.store.models import IdentityCheckRow


@dataclass(frozen=True)
class CheckRecord:
    result: CheckResult
    checked_by: str
    checked_at: datetime
    note: str


@dataclass(frozen=True)
class VerificationRecord:
    """What the register keeps once the ID copy is gone (EDPB 01/2022 §79)."""

    status: IdentityStatus
    method: str
    note: str
    by: str
    at: datetime | None
    document_type: str
    expiry: date | None
    card_last_digits: str
    copies_purged_at: datetime | None


class IdentityService:
    def __init__(
        self,
        ctx: ServiceContext,
        cases: CaseService,
        attachments: AttachmentService,
        settings: SettingsService,
    ) -> None:
        self._ctx = ctx
        self._cases = cases
        self._attachments = attachments
        self._settings = settings  # whether ID copies are purged at once

    def record(self, case_id: int) -> VerificationRecord:
        with self._ctx.reading() as session:
            row = case_row(session, case_id)
            return VerificationRecord(
                status=IdentityStatus(row.identity_status),
                method=row.identity_method,
                note=row.identity_note,
                by=row.identity_by,
                at=row.identity_at,
                document_type=row.id_document_type,
                expiry=row.id_expiry,
                card_last_digits=row.id_card_last_digits,
                copies_purged_at=row.id_copies_purged_at,
            )

    def checks(self, case_id: int) -> dict[IdentityCheck, CheckRecord]:
        with self._ctx.reading() as session:
            rows = session.exec(
                select(IdentityCheckRow).where(IdentityCheckRow.case_id == case_id)
            ).all()
            return {
                IdentityCheck(r.check): CheckRecord(
                    CheckResult(r.result), r.checked_by, r.checked_at, r.note
                )
                for r in rows
            }

    def evaluate(self, case_id: int, fields: IdCopyFields) -> dict[IdentityCheck, CheckResult]:
        """The checks as they would come out for these fields; nothing is stored."""
        case = self._cases.get(case_id)
        results = evaluate_id_copy(
            fields, requester_name=case.requester.name, received=case.received
        )
        results[IdentityCheck.DATED] = evaluate_request_date(case.letter_date, case.received)
        return results

    def record_checks(
        self,
        case_id: int,
        results: Mapping[IdentityCheck, CheckResult],
        *,
        fields: IdCopyFields | None = None,
        note: str = "",
    ) -> dict[IdentityCheck, CheckRecord]:
        """Store each check's outcome with who and when; from an ID copy, keep only the
        verification record (document type, expiry, last digits of the card number)."""
        now = self._ctx.now()
        with self._ctx.transaction() as session:
            case = case_row(session, case_id)
            existing = {
                r.check: r
                for r in session.exec(
                    select(IdentityCheckRow).where(IdentityCheckRow.case_id == case_id)
                ).all()
            }
            changed: dict[str, str] = {}
            for check, result in results.items():
                row = existing.get(check.value)
                if result is CheckResult.NOT_CHECKED:
                    # A field cleared since: an earlier verdict must not stand for it.
                    if row is not None:
                        session.delete(row)
                        changed[check.value] = result.value
                    continue
                if row is not None and row.result == result.value:
                    continue
                if row is None:
                    row = IdentityCheckRow(
                        case_id=case_id,
                        check=check.value,
                        result=result.value,
                        checked_by=self._ctx.actor,
                        checked_at=now,
                        note=note,
                    )
                else:
                    row.result = result.value
                    row.checked_by = self._ctx.actor
                    row.checked_at = now
                    row.note = note
                session.add(row)
                changed[check.value] = result.value
            if fields is not None:
                case.id_document_type = fields.document_type.strip()
                case.id_expiry = fields.expiry
                case.id_card_last_digits = (
                    last_digits(fields.card_number) if fields.card_number.strip() else ""
                )
                session.add(case)
            if changed or fields is not None:
                audit.record(
                    session,
                    self._ctx,
                    AuditAction.IDENTITY_CHECKED,
                    case_id=case_id,
                    case_reference=case.reference,
                    results=changed,
                    document_type=case.id_document_type,
                    card_last_digits=case.id_card_last_digits,
                )
        return self.checks(case_id)

    def status(self, case_id: int) -> tuple[IdentityStatus, str, str]:
        """(status, method, note) as recorded on the case."""
        with self._ctx.reading() as session:
            row = case_row(session, case_id)
            return IdentityStatus(row.identity_status), row.identity_method, row.identity_note

    def waive(
        self, case_id: int, reason: str, *, information_arrived_on: date | None = None
    ) -> None:
        """Skip verification, e.g. a known customer writing from the address on file."""
        if not reason.strip():
            raise CaseRuleError("Vermeld waarom de identiteit niet verder gecontroleerd wordt.")
        self._set(
            case_id,
            IdentityStatus.WAIVED,
            method="",
            note=reason.strip(),
            arrived_on=information_arrived_on,
        )

    def mark_verified(
        self,
        case_id: int,
        method: IdentityMethod,
        note: str = "",
        *,
        information_arrived_on: date | None = None,
    ) -> int:
        """Record the identity as established; with the setting on, purge the ID copies at
        once (EDPB 01/2022 §79). Returns how many copies were purged."""
        try:
            method = IdentityMethod(method)
        except ValueError:
            raise CaseRuleError("Vermeld hoe de identiteit werd vastgesteld.") from None
        if method is IdentityMethod.ID_COPY:
            # The copy establishes identity only through the checks recorded on it.
            recorded = {check: record.result for check, record in self.checks(case_id).items()}
            blocking = blocking_checks(recorded)
            if blocking:
                raise CaseRuleError(
                    "De kopie van het identiteitsdocument volstaat nog niet om de identiteit "
                    "vast te stellen; niet in orde of nog niet gecontroleerd: {names}.",
                    names=tuple(LowerLabel(IDENTITY_CHECK_LABEL_NL[check]) for check in blocking),
                )
        self._set(
            case_id,
            IdentityStatus.VERIFIED,
            method=method.value,
            note=note.strip(),
            arrived_on=information_arrived_on,
        )
        if self._settings.current().auto_purge_id_copies:
            return self._attachments.purge_id_copies(case_id, reason="automatisch na verificatie")
        return 0

    def mark_failed(
        self, case_id: int, note: str, *, information_arrived_on: date | None = None
    ) -> None:
        if not note.strip():
            raise CaseRuleError("Vermeld waarom de identiteit niet vastgesteld kon worden.")
        self._set(
            case_id,
            IdentityStatus.FAILED,
            method="",
            note=note.strip(),
            arrived_on=information_arrived_on,
        )

    def _set(
        self,
        case_id: int,
        status: IdentityStatus,
        *,
        method: str,
        note: str,
        arrived_on: date | None,
    ) -> None:
        """Record the decision; a wait for identification ends with it, on the day what was
        asked arrived (today unless the officer says otherwise)."""
        today = self._ctx.today()
        if arrived_on is not None and arrived_on > today:
            raise CaseRuleError("De gevraagde informatie kan niet in de toekomst binnenkomen.")
        with self._ctx.transaction() as session:
            row = case_row(session, case_id)
            waiting_since = (
                row.identification_requested_on if row.identification_received_on is None else None
            )
            end_identification_wait(row, arrived_on or today)
            old = row.identity_status
            row.identity_status = status.value
            row.identity_method = method
            row.identity_note = note
            row.identity_by = self._ctx.actor
            row.identity_at = self._ctx.now()
            row.updated_at = self._ctx.now()
            session.add(row)
            audit.record(
                session,
                self._ctx,
                IDENTITY_DECISION_ACTION[status],
                case_id=case_id,
                case_reference=row.reference,
                old=old,
                method=method,
                note=note,
                information_arrived_on=(
                    str(row.identification_received_on) if waiting_since is not None else ""
                ),
            )
