"""The services of one opened register (``Services``) and opening them (``open_services``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from privacydesk.services.context import ServiceContext, server_actor
from privacydesk.services.settings import SettingsService
from privacydesk.store.engine import OpenedRegister, open_register

if TYPE_CHECKING:  # each service's module loads on its first use (a fast command line)
    from privacydesk.services.attachments import AttachmentService
    from privacydesk.services.audit import AuditService
    from privacydesk.services.backup import BackupService
    from privacydesk.services.case_file import CaseFileService
    from privacydesk.services.cases import CaseService
    from privacydesk.services.email_intake import EmailIntakeService
    from privacydesk.services.export import ExportService
    from privacydesk.services.identity import IdentityService
    from privacydesk.services.inquiries import InquiryService
    from privacydesk.services.letters import LetterService
    from privacydesk.services.reminders import ReminderService
    from privacydesk.services.report import ReportService
    from privacydesk.services.retention import RetentionService
    from privacydesk.store.server import ChangeListener


class Services:
    """The services of one opened register, each built (and its module imported) on first use.

    `privacydesk cases` then never loads the PDF, image and e-mail libraries the letters,
    documents and reports need: at 10,000 cases those imports were most of its time.
    """

    def __init__(
        self, register: OpenedRegister, ctx: ServiceContext, settings: SettingsService
    ) -> None:
        self.register = register
        self.ctx = ctx
        self.settings = settings
        self._listener: ChangeListener | None = None

    @cached_property
    def cases(self) -> CaseService:
        from privacydesk.services.cases import CaseService

        return CaseService(self.ctx, self.settings)

    @cached_property
    def audit(self) -> AuditService:
        from privacydesk.services.audit import AuditService

        return AuditService(self.ctx)

    @cached_property
    def identity(self) -> IdentityService:
        from privacydesk.services.identity import IdentityService

        return IdentityService(self.ctx, self.cases, self.attachments, self.settings)

    @cached_property
    def attachments(self) -> AttachmentService:
        from privacydesk.services.attachments import AttachmentService

        attachments = AttachmentService(self.ctx, self.settings)
        # A purge reaches the backups (SPEC §5); the backup service is built only when a
        # purge happens, so the documents never load it for nothing.
        attachments.purge_listeners.append(self._scrub_purged)
        return attachments

    @cached_property
    def letters(self) -> LetterService:
        from privacydesk.services.letters import LetterService

        return LetterService(self.ctx, self.cases, self.settings)

    @cached_property
    def backup(self) -> BackupService:
        from privacydesk.services.backup import BackupService

        return BackupService(self.ctx, self.register, self.settings)

    @cached_property
    def reminders(self) -> ReminderService:
        from privacydesk.services.reminders import ReminderService

        return ReminderService(self.ctx, self.settings)

    @cached_property
    def email_intake(self) -> EmailIntakeService:
        from privacydesk.services.email_intake import EmailIntakeService

        return EmailIntakeService(self.ctx, self.cases, self.attachments, self.settings)

    @cached_property
    def export(self) -> ExportService:
        from privacydesk.services.export import ExportService

        return ExportService(self.ctx, self.settings)

    @cached_property
    def report(self) -> ReportService:
        from privacydesk.services.report import ReportService

        return ReportService(self.ctx, self.settings)

    @cached_property
    def inquiries(self) -> InquiryService:
        from privacydesk.services.inquiries import InquiryService

        return InquiryService(self.ctx)

    @cached_property
    def retention(self) -> RetentionService:
        from privacydesk.services.retention import RetentionService

        retention = RetentionService(self.ctx, self.settings)
        # Like a purge, an anonymisation reaches the backups; the backup service is built
        # when one happens.
        retention.anonymised_listeners.append(self._scrub_anonymised)
        return retention

    @cached_property
    def case_file(self) -> CaseFileService:
        from privacydesk.services.case_file import CaseFileService

        return CaseFileService(self)

    def _scrub_purged(self, case_id: int, sha256s: list[str]) -> None:
        self.backup.scrub_purged(case_id, sha256s)

    def _scrub_anonymised(self, cases: list[tuple[int, str]]) -> None:
        self.backup.scrub_anonymised(cases)

    def reload_settings(self) -> None:
        """Read the settings again from the register (after a restore)."""
        self.settings.reload()

    def watch_colleagues(self) -> bool:
        """On a server: colleagues' changes reach ``ctx.cases_changed`` as they commit."""
        if self.register.path is not None or self._listener is not None:
            return self._listener is not None
        from privacydesk.store.server import ChangeListener

        self._listener = ChangeListener(
            self.register.engine,
            self.ctx.sender,
            lambda ids: self.ctx.announce_changes(ids, by_colleague=True),
        )
        self._listener.start()
        return True

    def close(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self.register.engine.dispose()


def open_services(
    location: str | Path,
    *,
    create: bool = True,
    actor: str | None = None,
    now: Callable[[], datetime] | None = None,
) -> Services:
    """Open the register and wire the services to it. Raises ``RegisterError`` as a sentence.

    ``actor`` and ``now`` default to the OS user and the real clock; tests pin them.
    """
    register = open_register(location, create=create)
    context = ServiceContext(engine=register.engine)
    if register.login:  # a shared register: the trail names the database login (SPEC §8a)
        context.actor = server_actor(register.login, context.actor)
    if actor is not None:
        context.actor = actor
    if now is not None:
        context.now = now
    settings = SettingsService(context)
    settings.reload()  # read now, never from inside another service's transaction
    services = Services(register=register, ctx=context, settings=settings)
    _at_start(services)
    return services


def _at_start(services: Services) -> None:
    """What a crash or a hand on the file may have left: the audit chain's key (a seal when
    this computer has none yet), the trail's append-only triggers, half-written copies."""
    from privacydesk.services import audit

    audit.ensure_keyed(services.ctx)
    audit.restore_triggers(services.ctx)
    services.backup.clean_leftovers()
