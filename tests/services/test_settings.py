"""Settings are one service: a saved change applies to every service at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from privacydesk.services import Services, open_services
from tests.conftest import Clock
from tests.services.helpers import new_request


def test_a_saved_reminder_window_applies_at_once(services: Services, clock: Clock) -> None:
    clock.set_day(date(2026, 11, 10))
    case = services.cases.register(new_request(received=date(2026, 11, 10)))  # due 10 Dec
    clock.set_day(date(2026, 11, 25))
    assert services.reminders.due() == []
    assert not services.cases.list_cases()[0].needs_attention

    services.settings.save(replace(services.settings.current(), reminder_window_days=20))

    assert [r.case_id for r in services.reminders.due()] == [case.id]
    assert services.cases.list_cases()[0].needs_attention


def test_settings_are_read_from_the_register_when_it_opens(
    services: Services, register_path, clock: Clock
) -> None:
    services.settings.save(replace(services.settings.current(), attachment_size_limit_mb=3))
    reopened = open_services(register_path, actor="officer", now=clock)
    try:
        assert reopened.settings.current().attachment_size_limit_mb == 3
        assert reopened.attachments.max_bytes == 3 * 1024 * 1024
    finally:
        reopened.close()
