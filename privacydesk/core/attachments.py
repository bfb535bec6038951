"""What a document on a case is for."""

from __future__ import annotations

from enum import StrEnum


class AttachmentRole(StrEnum):
    ID_RECTO = "id_recto"
    ID_VERSO = "id_verso"
    SIGNED_REQUEST = "signed_request"
    MANDATE = "mandate"
    CORRESPONDENCE = "correspondence"
    REPLY = "reply"


ATTACHMENT_ROLE_LABEL_NL: dict[AttachmentRole, str] = {
    AttachmentRole.ID_RECTO: "Identiteitsdocument (voorzijde)",
    AttachmentRole.ID_VERSO: "Identiteitsdocument (achterzijde)",
    AttachmentRole.SIGNED_REQUEST: "Ondertekend verzoek",
    AttachmentRole.MANDATE: "Volmacht",
    AttachmentRole.CORRESPONDENCE: "Briefwisseling",
    AttachmentRole.REPLY: "Antwoord",
}

# Copies of an identity document: kept only until identity is verified (SPEC §5).
ID_COPY_ROLES = frozenset({AttachmentRole.ID_RECTO, AttachmentRole.ID_VERSO})
