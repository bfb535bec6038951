"""Settings live in the register itself, so a backup carries them."""

from __future__ import annotations

import json

from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.errors import UserFacingError
from privacydesk.core.messages import Message
from privacydesk.core.settings import (
    Settings,
    settings_problems,
    settings_to_json,
)
from privacydesk.services import audit
from privacydesk.services.context import ServiceContext
from privacydesk.services.reading import SETTING_PREFIX, driver_connection, stored_settings
from privacydesk.store.models import SettingRow

_PREFIX = SETTING_PREFIX


class SettingsError(UserFacingError, ValueError):
    """The window shows the first problem in the officer's language; the command line all of
    them, in Dutch."""

    def __init__(self, problems: dict[str, Message]) -> None:
        super().__init__(next(iter(problems.values())))
        self.args = (" ".join(str(problem) for problem in problems.values()),)
        self.problems = problems


class SettingsService:
    """The officer's settings: read from the register once, kept current on every save.

    Other services ask :meth:`current` when they need a setting, so a change applies to all
    of them at once.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._current: Settings | None = None

    def current(self) -> Settings:
        """The settings in force (read from the register the first time)."""
        if self._current is None:
            self._current = self.get()
        return self._current

    def reload(self) -> Settings:
        """Read the settings again, e.g. after a restore brought back other ones."""
        self._current = self.get()
        return self._current

    def get(self) -> Settings:
        """The settings as stored in the register now."""
        with driver_connection(self._ctx) as connection:
            return stored_settings(connection)

    def save(self, settings: Settings) -> Settings:
        problems = settings_problems(settings)
        if problems:
            raise SettingsError(problems)
        old = settings_to_json(self.get())
        new = settings_to_json(settings)
        extra = new.pop("extra", {})
        old.pop("extra", None)
        changed = sorted(key for key in new if new[key] != old.get(key))
        if not changed:
            self._current = settings
            return settings
        with self._ctx.transaction() as session:
            for key, value in {**new, **extra}.items():
                row = session.get(SettingRow, _PREFIX + key)
                text = json.dumps(value, ensure_ascii=False)
                if row is None:
                    session.add(SettingRow(key=_PREFIX + key, value=text))
                elif row.value != text:
                    row.value = text
                    session.add(row)
            audit.record(session, self._ctx, AuditAction.SETTINGS_CHANGED, changed=changed)
        self._current = settings
        return settings
