"""Response letters: drafted from templates, previewed, then issued — and frozen.

An issued letter's PDF bytes are stored on the case with its issue date and SHA-256 and
are never regenerated: what the register shows is exactly what was posted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlmodel import Session, col, select

from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.case import CaseRecord, Language
from privacydesk.core.deadlines import pause_for
from privacydesk.core.errors import UserFacingError
from privacydesk.core.identity import CheckResult, IdentityCheck, IdentityStatus
from privacydesk.core.letter_kinds import LETTER_KIND_LABEL_NL, LetterKind, kinds_for
from privacydesk.core.messages import LowerLabel
from privacydesk.core.rights import (
    GROUND_INFO,
    NO_ACTION_GROUNDS,
    LegalGround,
    check_outcomes_agree,
)
from privacydesk.core.workflow import Status
from privacydesk.letters.context import LetterContext, Letterhead
from privacydesk.letters.render import render_pdf
from privacydesk.letters.templates import compose_text
from privacydesk.services import audit
from privacydesk.services.case_lookup import case_row, start_identification_wait
from privacydesk.services.case_rows import pause_policy
from privacydesk.services.cases import CaseService
from privacydesk.services.context import ServiceContext
from privacydesk.services.integrity import checked_letter
from privacydesk.services.settings import SettingsService
from privacydesk.services.witness import letter_note
from privacydesk.store.models import CaseRow, IdentityCheckRow, LetterRow


class LetterRuleError(UserFacingError, ValueError):
    pass


# The letters that may go to a representative whose authorisation was not yet seen: the
# acknowledgement (it repeats only what the representative sent us), the letter asking for
# the authorisation, and the notice that no action follows (e.g. it never came). None
# discloses anything about the person or acts on their rights.
_WITHOUT_MANDATE = frozenset(
    {LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTIFICATION, LetterKind.NO_ACTION}
)


@dataclass(frozen=True)
class LetterDraft:
    context: LetterContext
    text: str  # the filled template; the officer may edit it before issuing
    warnings: tuple[str, ...] = ()  # for the officer, never printed in the letter


@dataclass(frozen=True)
class IssuedLetter:
    id: int
    case_id: int
    kind: LetterKind
    language: Language
    issued_on: date
    issued_at: datetime
    issued_by: str
    sha256: str
    size: int


def _issued(row: LetterRow) -> IssuedLetter:
    assert row.id is not None
    return IssuedLetter(
        id=row.id,
        case_id=row.case_id,
        kind=LetterKind(row.kind),
        language=Language(row.language),
        issued_on=row.issued_on,
        issued_at=row.issued_at,
        issued_by=row.issued_by,
        sha256=row.sha256,
        size=len(row.pdf),
    )


def _refuse_late_extension(context: LetterContext) -> None:
    """An extension notice sent after the first month is ineffective (Art. 12(3) GDPR):
    no such letter goes out, whatever the register recorded."""
    if context.case.extension_late or context.issue_date > context.first_due:
        raise LetterRuleError(
            "De eerste termijn van dossier {ref} liep af op {day}; een verlenging moet binnen "
            "de eerste maand gemeld worden (art. 12(3) AVG) en een latere kennisgeving is niet "
            "rechtsgeldig. Beantwoord het verzoek zo snel mogelijk.",
            ref=context.case.reference,
            day=context.first_due,
        )


def _issue_details(draft: LetterDraft) -> dict[str, object]:
    """What the audit trail keeps besides the letter itself: a no-action letter's legal
    ground (recorded like a refusal's) and any warning the officer issued it over."""
    details: dict[str, object] = {}
    ground = draft.context.no_action_ground
    if ground is not None:
        details["ground"] = ground.value
        details["ground_article"] = GROUND_INFO[ground].article
    if draft.warnings:
        details["warnings"] = list(draft.warnings)
    if draft.context.processing_info_case:
        # Which Art. 15 items this case's letter worded differently from the settings.
        details["processing_info_adjusted"] = sorted(draft.context.processing_info_case)
    return details


def _warnings(context: LetterContext) -> tuple[str, ...]:
    """What the officer must know before sending this letter, though it may still go out."""
    if context.kind is LetterKind.NO_ACTION and context.issue_date > context.first_due:
        # Art. 12(4): the person must be told within one month of receipt, extension or not.
        return (
            f"Let op: deze kennisgeving komt te laat. Wie geen gevolg geeft aan een verzoek, "
            f"moet dat binnen één maand na ontvangst meedelen (art. 12(4) AVG); die termijn "
            f"liep af op {context.first_due:%d-%m-%Y}.",
        )
    return ()


class LetterService:
    def __init__(self, ctx: ServiceContext, cases: CaseService, settings: SettingsService) -> None:
        self._ctx = ctx
        self._cases = cases
        self._settings = settings

    def kinds(self, case_id: int) -> list[LetterKind]:
        """Only the letters that fit the case as it stands."""
        return kinds_for(self._cases.get(case_id))

    def draft(
        self,
        case_id: int,
        kind: LetterKind,
        language: Language | None = None,
        *,
        missing_items: Sequence[str] = (),
        no_action_reasons: str = "",
        no_action_ground: LegalGround | None = None,
        extension_reasons: str | None = None,
        processing_info: Mapping[str, str] | None = None,
        enclosures: Sequence[str] = (),
        check_fit: bool = True,
    ) -> LetterDraft:
        """``no_action_reasons`` and ``extension_reasons`` are typed in the letter's language;
        without ``extension_reasons`` a Dutch letter uses the reasons recorded on the case.
        ``processing_info`` adjusts the Art. 15 information for this case only (item ->
        text, in the letter's language); the issued letter keeps it. ``enclosures`` are
        listed under an access answer (default: the copy of the data, Art. 15(3))."""
        case = self._cases.get(case_id)
        if check_fit and kind not in kinds_for(case):
            raise LetterRuleError(
                "Een {kind} past niet bij dossier {ref} in zijn huidige toestand.",
                kind=LowerLabel(LETTER_KIND_LABEL_NL[kind]),
                ref=case.reference,
            )
        if (
            kind is LetterKind.IDENTIFICATION
            and "mandate" in missing_items
            and not case.requester.representative.strip()
        ):
            # Art. 12(6): ask only what is needed; a mandate only from someone acting for another.
            raise LetterRuleError(
                "Een volmacht vraagt u alleen wanneer iemand namens de betrokkene optreedt; "
                "vul eerst de vertegenwoordiger in bij het dossier."
            )
        if case.requester.representative.strip() and not self.mandate_seen(case_id):
            if kind is LetterKind.IDENTIFICATION and "mandate" not in missing_items:
                # The identification letter asks for the authorisation while it is missing.
                missing_items = (*missing_items, "mandate")
            elif kind not in _WITHOUT_MANDATE:
                raise LetterRuleError(
                    "Dossier {ref} werd ingediend door een vertegenwoordiger ({who}), maar diens "
                    "volmacht is nog niet als gezien aangevinkt bij Identiteit. Zonder volmacht "
                    "gaat er geen antwoord naar de vertegenwoordiger; vraag ze op met de brief om "
                    "ontbrekende stukken.",
                    ref=case.reference,
                    who=case.requester.representative.strip(),
                )
        if no_action_ground is not None and no_action_ground not in NO_ACTION_GROUNDS:
            raise LetterRuleError(
                "De rechtsgrond {article} past niet bij een kennisgeving van geen gevolg "
                "(art. 12(4) AVG).",
                article=GROUND_INFO[no_action_ground].article,
            )
        context = replace(
            self._context(case, kind, language, missing_items, no_action_reasons),
            no_action_ground=no_action_ground,
            extension_reasons=extension_reasons if extension_reasons else None,
            processing_info_case=dict(processing_info) if processing_info else None,
            enclosures=tuple(e.strip() for e in enclosures if e.strip()),
        )
        if kind is LetterKind.EXTENSION:
            _refuse_late_extension(context)
        if kind is LetterKind.OUTCOME:
            check_outcomes_agree((r.right, r.outcome) for r in case.rights)
        return LetterDraft(context, compose_text(context), _warnings(context))

    def mandate_seen(self, case_id: int) -> bool:
        """The representative's authorisation is recorded as seen (Identiteit › Volmacht)."""
        with self._ctx.reading() as session:
            row = session.exec(
                select(IdentityCheckRow).where(
                    IdentityCheckRow.case_id == case_id,
                    IdentityCheckRow.check == IdentityCheck.MANDATE.value,
                )
            ).first()
            return row is not None and row.result == CheckResult.PASSED.value

    def render(self, draft: LetterDraft, body: str | None = None) -> bytes:
        """The PDF of a draft (for the preview); nothing is stored."""
        return render_pdf(draft.context, body if body is not None else draft.text)

    def issue(self, draft: LetterDraft, body: str | None = None) -> IssuedLetter:
        """Render once, store the bytes for good, and record what the letter means for the
        case (an acknowledgement's date, a request for identification)."""
        text = body if body is not None else draft.text
        if not text.strip():
            raise LetterRuleError("Een brief zonder tekst kan niet verstuurd worden.")
        if draft.context.kind is LetterKind.EXTENSION:
            _refuse_late_extension(draft.context)
        record = draft.context.case
        if (
            record.requester.representative.strip()
            and draft.context.kind not in _WITHOUT_MANDATE
            and not self.mandate_seen(record.id)
        ):
            raise LetterRuleError(
                "De volmacht van de vertegenwoordiger van dossier {ref} is niet (meer) als gezien "
                "aangevinkt; de brief wordt niet uitgegeven.",
                ref=record.reference,
            )
        missing = draft.context.letterhead.missing_business_details()
        if missing:
            raise LetterRuleError(
                "Een brief van een Belgische vennootschap vermeldt haar rechtsvorm, "
                "maatschappelijke zetel, ondernemingsnummer en rechtspersonenregister "
                "(art. 2:20 WVV). Vul eerst in bij Bestand › Instellingen › Briefhoofd: {missing}.",
                missing=tuple(missing),
            )
        # The chain head as it stands, printed on the last page: a witness of the trail
        # outside the register (services/witness.py).
        with self._ctx.reading() as session:
            head = audit.current_head(session)
        pdf = render_pdf(draft.context, text, last_page_note=letter_note(*head))
        digest = hashlib.sha256(pdf).hexdigest()
        context = draft.context
        case_id = context.case.id
        with self._ctx.transaction() as session:
            case = case_row(session, case_id)
            row = LetterRow(
                case_id=case_id,
                kind=context.kind.value,
                language=context.language.value,
                issued_on=context.issue_date,
                issued_at=self._ctx.now(),
                issued_by=self._ctx.actor,
                sha256=digest,
                body_text=text,
                pdf=pdf,
            )
            session.add(row)
            if context.kind is LetterKind.ACKNOWLEDGEMENT and case.acknowledged_on is None:
                case.acknowledged_on = context.issue_date
            if (
                context.kind is LetterKind.IDENTIFICATION
                and case.identity_status == IdentityStatus.UNVERIFIED
            ):
                self._await_identification(session, case, context.issue_date)
            if context.kind is LetterKind.EXTENSION and case.extended_on is None:
                case.extended_on = context.issue_date
            case.updated_at = self._ctx.now()
            session.add(case)
            session.flush()
            audit.record(
                session,
                self._ctx,
                AuditAction.LETTER_ISSUED,
                case_id=case_id,
                case_reference=case.reference,
                kind=context.kind.value,
                language=context.language.value,
                issued_on=context.issue_date.isoformat(),
                sha256=digest,
                letter_id=row.id,
                **_issue_details(draft),
            )
            return _issued(row)

    def _await_identification(self, session: Session, case: CaseRow, on: date) -> None:
        """The letter asks for what identifies the person: the case now waits for it."""
        start_identification_wait(case, on)
        old = Status(case.status)
        if old in (Status.RECEIVED, Status.EXTENDED):
            case.status = Status.AWAITING_IDENTIFICATION.value
            audit.record(
                session,
                self._ctx,
                AuditAction.CASE_STATUS_CHANGED,
                case_id=case.id,
                case_reference=case.reference,
                old=old.value,
                new=case.status,
                note="brief met vraag om identificatie uitgegeven",
            )

    def for_case(self, case_id: int) -> list[IssuedLetter]:
        with self._ctx.reading() as session:
            rows = session.exec(
                select(LetterRow)
                .where(LetterRow.case_id == case_id)
                .order_by(col(LetterRow.issued_at), col(LetterRow.id))
            ).all()
            return [_issued(row) for row in rows]

    def pdf(self, letter_id: int) -> bytes:
        """The stored bytes, exactly as issued."""
        with self._ctx.reading() as session:
            row = session.get(LetterRow, letter_id)
            if row is None:
                raise LetterRuleError("Deze brief bestaat niet (meer).")
            case = session.get(CaseRow, row.case_id)
            # Never hand out bytes that are not the ones issued (a forged PDF in the file).
            return checked_letter(
                row.pdf,
                row.sha256,
                letter_id=row.id,
                kind=LETTER_KIND_LABEL_NL[LetterKind(row.kind)].lower(),
                issued_on=row.issued_on,
                reference=case.reference if case else "?",
            )

    def _context(
        self,
        case: CaseRecord,
        kind: LetterKind,
        language: Language | None,
        missing_items: Sequence[str],
        no_action_reasons: str,
    ) -> LetterContext:
        settings = self._settings.current()
        deadline = self._cases.deadline(case.id)
        today = self._ctx.today()
        policy = pause_policy(settings)
        # Would the identification this letter asks for pause the clock (SPEC §4a)?
        pause_on_identification = pause_for(
            case.received, today, None, policy=policy, today=today
        ).applied
        return LetterContext(
            case=case,
            kind=kind,
            language=language or case.requester.language,
            issue_date=self._ctx.today(),
            letterhead=Letterhead.from_settings(settings),
            due=deadline.due,
            first_due=deadline.first_due,
            deadline_rule=deadline.rule,
            pause_days=deadline.pause.days if deadline.pause.applied else 0,
            waiting_for_identification=deadline.pause.applied
            and case.identification_received_on is None,
            missing_items=tuple(missing_items),
            no_action_reasons=no_action_reasons,
            pause_policy=policy.enabled,
            pause_on_identification=pause_on_identification,
            processing_info_kept=settings.processing_info,
        )
