"""A first role for a document added by the officer, suggested from its file name.

The purge destroys ID copies (front and back) once identity is verified. A file name is
chosen by whoever sent the file, and "verzoek voor inzage.pdf" or "procedure-eid.pdf" are
not ID cards: so no role the purge destroys is ever suggested here. A name that looks like
an ID copy is only flagged, and the officer sets its role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from privacydesk.core.attachments import ID_COPY_ROLES, AttachmentRole

# Whole words only: "voor" in "verzoek voor inzage" is no front side.
_ID_WORDS = frozenset(
    {
        "id",
        "eid",
        "idkaart",
        "identiteitskaart",
        "identiteitsbewijs",
        "identiteitsdocument",
        "identity",
        "passport",
        "paspoort",
        "passeport",
        "recto",
        "verso",
        "voorzijde",
        "achterzijde",
        "identite",
        "cni",
    }
)
_MANDATE_WORDS = frozenset({"volmacht", "mandaat", "mandate", "procuration", "machtiging"})
_EMAIL_SUFFIXES = (".eml", ".msg")


@dataclass(frozen=True)
class RoleSuggestion:
    role: AttachmentRole  # never one of ID_COPY_ROLES
    looks_like_id_copy: bool  # the officer is asked to set the role


def _words(name: str) -> set[str]:
    stem = name.casefold().rsplit(".", 1)[0]
    decomposed = stem.replace("é", "e").replace("è", "e").replace("ê", "e")
    return set(re.split(r"[^a-z0-9]+", decomposed)) - {""}


def suggest_role(name: str) -> RoleSuggestion:
    """A role to start with; the officer corrects it in the list."""
    words = _words(name)
    looks_like_id = bool(words & _ID_WORDS)
    if name.casefold().endswith(_EMAIL_SUFFIXES):
        role = AttachmentRole.CORRESPONDENCE
    elif words & _MANDATE_WORDS:
        role = AttachmentRole.MANDATE
    elif looks_like_id:
        # Kept until the officer says what it is: correspondence is never purged.
        role = AttachmentRole.CORRESPONDENCE
    else:
        role = AttachmentRole.SIGNED_REQUEST
    assert role not in ID_COPY_ROLES
    return RoleSuggestion(role, looks_like_id)
