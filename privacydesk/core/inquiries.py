"""Questions about a case from outside: a complaint or information request of the GBA/APD, or
a court's question. Each has the authority's reference and a deadline of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from privacydesk.core.messages import Message, message


class InquiryKind(StrEnum):
    GBA_COMPLAINT = "gba_complaint"
    GBA_INFORMATION = "gba_information"
    COURT = "court"


INQUIRY_KIND_LABEL_NL: dict[InquiryKind, str] = {
    InquiryKind.GBA_COMPLAINT: "Klacht via de GBA",
    InquiryKind.GBA_INFORMATION: "Informatievraag van de GBA",
    InquiryKind.COURT: "Vraag van een rechtbank",
}


@dataclass(frozen=True)
class Inquiry:
    id: int
    case_id: int
    kind: InquiryKind
    received_on: date
    their_reference: str
    deadline: date | None
    answered_on: date | None
    what_was_sent: str

    @property
    def open(self) -> bool:
        return self.answered_on is None


def inquiry_problems(
    *,
    received_on: date,
    deadline: date | None,
    answered_on: date | None,
    today: date,
) -> list[Message]:
    """Why an inquiry cannot be recorded as typed (sentences the GUI translates); empty when
    it can."""
    problems: list[Message] = []
    if received_on > today:
        problems.append(message("De ontvangstdatum van de vraag kan niet in de toekomst liggen."))
    if deadline is not None and deadline < received_on:
        problems.append(
            message("De uiterste datum kan niet vóór de ontvangst van de vraag liggen.")
        )
    if answered_on is not None:
        if answered_on > today:
            problems.append(message("De antwoorddatum kan niet in de toekomst liggen."))
        elif answered_on < received_on:
            problems.append(
                message("De antwoorddatum kan niet vóór de ontvangst van de vraag liggen.")
            )
    return problems
