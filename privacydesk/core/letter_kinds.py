"""Which letters a case can get, and which must tell the person where to complain."""

from __future__ import annotations

from enum import StrEnum

from privacydesk.core.case import CaseRecord
from privacydesk.core.errors import UserFacingError
from privacydesk.core.rights import Outcome, Right
from privacydesk.core.workflow import Status


class LetterKind(StrEnum):
    """The values are the command line's KIND words and the template file names."""

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

# What a request for identification can ask for (SPEC §5, seed §6.9).
MISSING_ITEMS = ("date", "signature", "id_copy", "mandate")

MISSING_ITEM_LABEL_NL: dict[str, str] = {
    "date": "Datum op het verzoek",
    "signature": "Handtekening",
    "id_copy": "Kopie identiteitskaart (voor- en achterzijde)",
    "mandate": "Volmacht van de vertegenwoordiger",
}

_BEFORE_ANSWER = frozenset({Status.RECEIVED, Status.AWAITING_IDENTIFICATION, Status.IN_PROGRESS})


class LetterKindError(UserFacingError, ValueError):
    """A kind of letter that does not exist or does not fit the case."""


def parse_kind(text: str) -> LetterKind:
    """The command line's KIND word, forgiving case and surrounding blanks."""
    try:
        return LetterKind(text.strip().lower())
    except ValueError:
        choices = ", ".join(k.value for k in LetterKind)
        raise LetterKindError(f"Onbekende soort brief '{text}'; kies uit: {choices}.") from None


def all_rights_decided(case: CaseRecord) -> bool:
    """Every right on the case has an outcome (none still pending)."""
    return bool(case.rights) and all(r.outcome is not Outcome.PENDING for r in case.rights)


def kinds_for(case: CaseRecord) -> list[LetterKind]:
    """The letters that fit the case as it stands, in the order they are usually sent.

    The extension notice follows the recorded extension (its reasons and new date come
    from it; whether it is still in time is the deadline rules' call, made when extending).
    """
    kinds: list[LetterKind] = []
    open_ = case.status.is_open
    if open_:
        kinds.append(LetterKind.ACKNOWLEDGEMENT)
    if case.status in _BEFORE_ANSWER:
        kinds.append(LetterKind.IDENTIFICATION)
    if open_ and case.extended:
        kinds.append(LetterKind.EXTENSION)
    if all_rights_decided(case) and case.status is not Status.WITHDRAWN:
        kinds.append(LetterKind.OUTCOME)
    if open_ or case.status is Status.REFUSED:
        kinds.append(LetterKind.NO_ACTION)
    if case.recipients and art19_applies(case):
        kinds.append(LetterKind.RECIPIENTS)
    return kinds


# Art. 19 GDPR: only a rectification, erasure or restriction that was carried out is
# notified to the recipients, and only then may the person ask who they are.
_ART_19_RIGHTS = frozenset({Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION})


def art19_applies(case: CaseRecord) -> bool:
    """Some rectification, erasure or restriction on the case was granted (wholly or partly)."""
    return any(
        r.right in _ART_19_RIGHTS and r.outcome in (Outcome.GRANTED, Outcome.PARTLY_GRANTED)
        for r in case.rights
    )


def refuses_anything(case: CaseRecord) -> bool:
    """Some right on the case is refused, wholly or in part."""
    return any(
        r.outcome in (Outcome.REFUSED, Outcome.PARTLY_GRANTED, Outcome.NO_DATA) for r in case.rights
    )


def complaint_block_required(kind: LetterKind, case: CaseRecord) -> bool:
    """Every refusal, partial refusal, extension and no-action letter says where to
    complain and that the courts are open (GDPR Art. 12(4), SPEC §6); so does an answer
    that no personal data are processed, which the person may dispute."""
    if kind in (LetterKind.EXTENSION, LetterKind.NO_ACTION):
        return True
    if kind is LetterKind.OUTCOME:
        return refuses_anything(case)
    return False
