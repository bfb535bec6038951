"""Use cases: the only code that writes to the register. The GUI and the CLI call these."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from privacydesk.services.attachments import AttachmentService
from privacydesk.services.audit import AuditService
from privacydesk.services.backup import BackupService
from privacydesk.services.case_file import CaseFileService
from privacydesk.services.cases import CaseService
from privacydesk.services.context import ServiceContext, server_actor
from privacydesk.services.email_intake import EmailIntakeService
from privacydesk.services.export import ExportService
from privacydesk.services.identity import IdentityService
from privacydesk.services.inquiries import InquiryService
from privacydesk.services.letters import LetterService
from privacydesk.services.reminders import ReminderService
from privacydesk.services.report import ReportService
from privacydesk.services.retention import RetentionService
from privacydesk.services.settings import SettingsService
from privacydesk.store.engine import OpenedRegister, open_register
from privacydesk.store.server import ChangeListener


@dataclass
class Services:
    register: OpenedRegister
    ctx: ServiceContext
    cases: CaseService
    audit: AuditService
    settings: SettingsService
    identity: IdentityService
    attachments: AttachmentService
    letters: LetterService
    backup: BackupService
    reminders: ReminderService
    email_intake: EmailIntakeService
    export: ExportService
    report: ReportService
    inquiries: InquiryService
    retention: RetentionService
    case_file: CaseFileService = field(init=False)
    _listener: ChangeListener | None = None

    def __post_init__(self) -> None:
        self.case_file = CaseFileService(self)

    def reload_settings(self) -> None:
        """Read the settings again from the register (after a restore)."""
        self.settings.reload()

    def watch_colleagues(self) -> bool:
        """On a server: colleagues' changes reach ``ctx.cases_changed`` as they commit."""
        if self.register.path is not None or self._listener is not None:
            return self._listener is not None
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
    cases = CaseService(context, settings)
    attachments = AttachmentService(context, settings)
    services = Services(
        register=register,
        ctx=context,
        cases=cases,
        audit=AuditService(context),
        settings=settings,
        identity=IdentityService(context, cases, attachments, settings),
        attachments=attachments,
        letters=LetterService(context, cases, settings),
        backup=BackupService(context, register, settings),
        reminders=ReminderService(context, settings),
        email_intake=EmailIntakeService(context, cases, attachments, settings),
        export=ExportService(context, settings),
        report=ReportService(context, settings),
        inquiries=InquiryService(context),
        retention=RetentionService(context, settings),
    )
    attachments.purge_listeners.append(services.backup.scrub_purged)
    services.retention.anonymised_listeners.append(services.backup.scrub_anonymised)
    _at_start(services)
    return services


def _at_start(services: Services) -> None:
    """What a crash or a hand on the file may have left: the audit chain's key (a seal when
    this computer has none yet), the trail's append-only triggers, half-written copies."""
    from privacydesk.services import audit

    audit.ensure_keyed(services.ctx)
    audit.restore_triggers(services.ctx)
    services.backup.clean_leftovers()
