"""Building requests the way the intake dialog does, for service tests."""

from __future__ import annotations

from datetime import date

from privacydesk.core.case import Channel, Language, Requester, RightRequest
from privacydesk.core.rights import Right
from privacydesk.services.cases import NewRequest


def new_request(
    name: str = "Éloïse Van den Broeck",
    *,
    received: date = date(2026, 11, 20),
    rights: tuple[Right, ...] = (Right.ACCESS,),
    language: Language = Language.NL,
    email: str = "eloise@example.be",
) -> NewRequest:
    return NewRequest(
        requester=Requester(
            name=name, address="Kerkstraat 12\n9000 Gent", email=email, language=language
        ),
        channel=Channel.EMAIL,
        received=received,
        letter_date=received,
        rights=[RightRequest(right=r, words=f"Ik vraag: {r.value}") for r in rights],
    )
