"""A request that came by e-mail: the case is registered with the mail attached, at once.

One transaction holds both, so a mail that cannot be stored leaves no case without it.
"""

from __future__ import annotations

from dataclasses import dataclass

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.case import CaseRecord, Channel, Requester
from privacydesk.documents.email_import import parse_email
from privacydesk.services.attachments import AddResult, AttachmentService
from privacydesk.services.cases import CaseService, NewRequest
from privacydesk.services.context import ServiceContext
from privacydesk.services.settings import SettingsService

# The notes take the subject and the start of the body; the whole mail is attached.
NOTES_LIMIT = 4000


@dataclass(frozen=True)
class EmailCase:
    case: CaseRecord
    attached: AddResult  # the mail and its attachments as stored; refused ones in ``skipped``


class EmailIntakeService:
    def __init__(
        self,
        ctx: ServiceContext,
        cases: CaseService,
        attachments: AttachmentService,
        settings: SettingsService,
    ) -> None:
        self._ctx = ctx
        self._cases = cases
        self._attachments = attachments
        self._settings = settings

    def prefill(self, data: bytes) -> NewRequest:
        """The new request as the mail suggests it: sender, day sent (never after today),
        subject and body as notes. The officer completes it (the rights) before registering."""
        mail = parse_email(data)
        today = self._ctx.today()
        received = mail.sent.astimezone().date() if mail.sent else today
        return NewRequest(
            requester=Requester(
                name=mail.sender_name or mail.sender_email,
                email=mail.sender_email,
                language=self._settings.current().default_letter_language,
            ),
            channel=Channel.EMAIL,
            received=min(received, today),
            rights=[],
            notes=f"{mail.subject}\n\n{mail.body}".strip()[:NOTES_LIMIT],
        )

    def register(self, request: NewRequest, mail_name: str, mail_data: bytes) -> EmailCase:
        """Register the case and attach the mail as correspondence, in one transaction."""
        checked = self._attachments.check(mail_name, mail_data, AttachmentRole.CORRESPONDENCE)
        with self._ctx.transaction() as session:
            case = self._cases.register_in(session, request)
            attached = self._attachments.add_in(session, case.id, checked)
            return EmailCase(case, attached)
