"""The case view says plainly how late a case is, and counts in proper singular and plural."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from privacydesk.gui.app import build_main_window
from privacydesk.services import Services
from tests.services.helpers import new_request


def _shown(qtbot: QtBot, services: Services, received: date) -> str:
    case_id = services.cases.register(new_request(received=received)).id
    window = build_main_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case_id)
    return window.detail.deadline_label.text()


def test_a_late_case_says_how_many_days_late_and_the_due_date(
    qtbot: QtBot, services: Services
) -> None:
    text = _shown(qtbot, services, date(2026, 10, 20))  # due Friday 20/11, today 25/11
    assert "5 dagen te laat (uiterste datum 20/11/2026)." in text
    assert "-5" not in text and "Nog" not in text


def test_one_day_left_is_singular(qtbot: QtBot, services: Services) -> None:
    text = _shown(qtbot, services, date(2026, 10, 26))  # due Thursday 26/11
    assert "Nog 1 kalenderdag, 1 werkdag." in text


def test_in_english_the_deadline_and_its_rule_are_english(qtbot: QtBot, services: Services) -> None:
    services.settings.save(replace(services.settings.get(), ui_language="en"))
    try:
        text = _shown(qtbot, services, date(2026, 10, 20))
        assert "5 days late (due date 20/11/2026)." in text
        assert "One month from receipt (Art. 12(3) GDPR); clock not paused." in text
        assert "ontvangst" not in text
    finally:
        services.settings.save(replace(services.settings.get(), ui_language="nl"))
        build_main_window(services).deleteLater()
