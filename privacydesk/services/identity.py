"""Recording how the requester's identity was established (SPEC §5)."""

from __future__ import annotations

from enum import StrEnum

from privacydesk.services import audit
from privacydesk.services.cases import CaseNotFoundError, CaseRuleError
from privacydesk.services.context import ServiceContext
from privacydesk.store.models import CaseRow


class IdentityStatus(StrEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    WAIVED = "waived"
    FAILED = "failed"


class IdentityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def status(self, case_id: int) -> tuple[IdentityStatus, str, str]:
        """(status, method, note) as recorded on the case."""
        with self._ctx.reading() as session:
            row = session.get(CaseRow, case_id)
            if row is None:
                raise CaseNotFoundError(f"Dossier {case_id} bestaat niet (meer).")
            return IdentityStatus(row.identity_status), row.identity_method, row.identity_note

    def waive(self, case_id: int, reason: str) -> None:
        """Skip verification, e.g. a known customer writing from the address on file."""
        if not reason.strip():
            raise CaseRuleError("Vermeld waarom de identiteit niet verder gecontroleerd wordt.")
        self._set(case_id, IdentityStatus.WAIVED, method="", note=reason.strip())

    def mark_verified(self, case_id: int, method: str, note: str = "") -> None:
        if not method.strip():
            raise CaseRuleError("Vermeld hoe de identiteit werd vastgesteld.")
        self._set(case_id, IdentityStatus.VERIFIED, method=method.strip(), note=note.strip())

    def _set(self, case_id: int, status: IdentityStatus, *, method: str, note: str) -> None:
        with self._ctx.transaction() as session:
            row = session.get(CaseRow, case_id)
            if row is None:
                raise CaseNotFoundError(f"Dossier {case_id} bestaat niet (meer).")
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
                "identity." + status.value,
                case_id=case_id,
                case_reference=row.reference,
                old=old,
                method=method,
                note=note,
            )
