"""No file name ever makes a document something the purge destroys."""

from __future__ import annotations

import pytest

from privacydesk.core.attachments import ID_COPY_ROLES, AttachmentRole
from privacydesk.core.role_suggestion import suggest_role

NAMES = [
    "verzoek voor inzage.pdf",
    "paid-invoice.pdf",
    "procedure-eid.pdf",
    "id-voorzijde.png",
    "ID recto.jpg",
    "eid_back.jpg",
    "achterzijde.tif",
    "passport front.jpeg",
    "scan identiteitskaart.pdf",
    "Carte d'identité verso.png",
    "front-door.pdf",
    "feedback.pdf",
    "",
    ".pdf",
    "‮fdp.exe",
    "x" * 300 + ".pdf",
]


@pytest.mark.parametrize("name", NAMES)
def test_no_name_is_ever_suggested_as_an_id_copy(name: str) -> None:
    assert suggest_role(name).role not in ID_COPY_ROLES


@pytest.mark.parametrize(
    ("name", "role", "flagged"),
    [
        ("verzoek voor inzage.pdf", AttachmentRole.SIGNED_REQUEST, False),
        ("paid-invoice.pdf", AttachmentRole.SIGNED_REQUEST, False),
        ("procedure-eid.pdf", AttachmentRole.CORRESPONDENCE, True),
        ("id-voorzijde.png", AttachmentRole.CORRESPONDENCE, True),
        ("Carte d'identité verso.png", AttachmentRole.CORRESPONDENCE, True),
        ("volmacht dochter.pdf", AttachmentRole.MANDATE, False),
        ("procuration.pdf", AttachmentRole.MANDATE, False),
        ("doorgestuurd.eml", AttachmentRole.CORRESPONDENCE, False),
        ("bericht.MSG", AttachmentRole.CORRESPONDENCE, False),
        ("front-door.pdf", AttachmentRole.SIGNED_REQUEST, False),
    ],
)
def test_the_suggestion_and_the_id_flag(name: str, role: AttachmentRole, flagged: bool) -> None:
    suggestion = suggest_role(name)
    assert (suggestion.role, suggestion.looks_like_id_copy) == (role, flagged)
