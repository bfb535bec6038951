"""What the attachments service hands out: plain values about the documents on a case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from privacydesk.core.attachments import ATTACHMENT_ROLE_LABEL_NL, AttachmentRole
from privacydesk.core.errors import UserFacingError
from privacydesk.core.messages import LowerLabel, Message, message
from privacydesk.documents.sniffing import Accepted
from privacydesk.store.models import AttachmentRow


class AttachmentRuleError(UserFacingError, ValueError):
    pass


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    case_id: int
    name: str
    size: int
    content_type: str
    role: AttachmentRole
    sha256: str
    added_by: str
    added_at: datetime
    parent_id: int | None


@dataclass(frozen=True)
class RoleChange:
    attachment: AttachmentInfo  # with its new role
    old_role: AttachmentRole


@dataclass(frozen=True)
class AddResult:
    added: tuple[AttachmentInfo, ...]
    skipped: tuple[Message, ...]  # one sentence per attachment of an e-mail that was refused
    # A document already on the case, added again as an ID copy: retagged instead of added.
    role_changed: tuple[RoleChange, ...] = ()


@dataclass(frozen=True)
class CheckedDocument:
    """A document that passed the checks, ready to store (the e-mail without its own
    attachments, which follow as ``children``)."""

    name: str
    data: bytes
    role: AttachmentRole
    accepted: Accepted
    children: tuple[tuple[str, bytes], ...]
    skipped: tuple[Message, ...]  # one sentence per attachment of an e-mail that was refused


def already_on_case(name: str, other_name: str, other_role: str) -> Message:
    label = LowerLabel(ATTACHMENT_ROLE_LABEL_NL[AttachmentRole(other_role)])
    if name == other_name:
        return message("'{name}' zit al bij het dossier, met de rol {role}.", name=name, role=label)
    return message(
        "'{name}' zit al bij het dossier als '{other}', met de rol {role}.",
        name=name,
        other=other_name,
        role=label,
    )


def attachment_info(row: AttachmentRow) -> AttachmentInfo:
    assert row.id is not None
    return AttachmentInfo(
        id=row.id,
        case_id=row.case_id,
        name=row.original_name,
        size=row.size,
        content_type=row.content_type,
        role=AttachmentRole(row.role),
        sha256=row.sha256,
        added_by=row.added_by,
        added_at=row.added_at,
        parent_id=row.parent_id,
    )
