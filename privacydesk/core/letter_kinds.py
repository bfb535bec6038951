"""Which letters a case can get, and which must tell the person where to complain."""

from __future__ import annotations

from enum import StrEnum

from privacydesk.core.case import CaseRecord
from privacydesk.core.errors import UserFacingError
from privacydesk.core.rights import Outcome
from privacydesk.core.workflow import Status


class LetterKind(StrEnum):
    """The values are the command line's KIND words."""

    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTIFICATION = "identification"
    EXTENSION = "extension"
    OUTCOME = "outcome"
    NO_ACTION = "no-action"
    RECIPIENTS = "recipients"


LETTER_KIND_LABEL_NL: dict[LetterKind, str] = {
    LetterKind.ACKNOWLEDGEMENT: "Ontvangstbevestiging",
    LetterKind.IDENTIFICATION: "Vraag om ontbrekende stukken of identificatie",
    LetterKind.EXTENSION: "Kennisgeving van verlenging",
    LetterKind.OUTCOME: "Antwoord op het verzoek",
    LetterKind.NO_ACTION: "Kennisgeving van geen gevolg (art. 12(4))",
    LetterKind.RECIPIENTS: "Lijst van ontvangers (art. 19)",
}

MISSING_ITEMS = ("date", "signature", "id_copy", "mandate")


class LetterKindError(UserFacingError, ValueError):
    pass


def parse_kind(text: str) -> LetterKind:
    try:
        return LetterKind(text.strip().lower())
    except ValueError:
        choices = ", ".join(k.value for k in LetterKind)
        raise LetterKindError(f"Onbekende soort brief '{text}'; kies uit: {choices}.") from None


def kinds_for(case: CaseRecord) -> list[LetterKind]:
    """The letters that fit the case as it stands, in the order they are usually sent."""
    kinds: list[LetterKind] = []
    open_ = case.status.is_open
    if open_:
        kinds.append(LetterKind.ACKNOWLEDGEMENT)
    if case.status in (Status.RECEIVED, Status.AWAITING_IDENTIFICATION, Status.IN_PROGRESS):
        kinds.append(LetterKind.IDENTIFICATION)
    if case.extended and case.status is not Status.CLOSED:
        # The reasons are recorded with the extension; the letter announces it.
        kinds.append(LetterKind.EXTENSION)
    decided = bool(case.rights) and all(r.outcome is not Outcome.PENDING for r in case.rights)
    if decided and case.status is not Status.WITHDRAWN:
        kinds.append(LetterKind.OUTCOME)
    if open_ or case.status is Status.REFUSED:
        kinds.append(LetterKind.NO_ACTION)
    if case.recipients:
        kinds.append(LetterKind.RECIPIENTS)
    return kinds


def complaint_block_required(kind: LetterKind, case: CaseRecord) -> bool:
    """Every refusal, partial refusal, extension and no-action letter says where to
    complain (GDPR Art. 12(4), SPEC §6)."""
    if kind in (LetterKind.EXTENSION, LetterKind.NO_ACTION):
        return True
    if kind is LetterKind.OUTCOME:
        return any(r.outcome in (Outcome.REFUSED, Outcome.PARTLY_GRANTED) for r in case.rights)
    return False
