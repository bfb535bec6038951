"""The automatic backup at start never holds up the window: it runs in a worker thread, and
the settings show how much room the backups take beside their budget."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from privacydesk.gui.app import after_window_shown, build_main_window
from privacydesk.gui.settings_dialog import SettingsDialog
from privacydesk.services import Services
from privacydesk.services.witness import WITNESS_SUFFIX
from tests.gui.conftest import type_text
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request


def test_the_automatic_backup_at_start_runs_while_the_window_stays_live(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.cases.register(new_request())
    backup = services.backup
    made = backup.automatic_backup
    window_ran = threading.Event()
    seen: dict[str, object] = {}

    def slow_backup() -> object:
        seen["gui_thread"] = threading.current_thread() is threading.main_thread()
        # Held until the window's own event loop has run a timer: on the GUI thread this
        # wait could never end (it times out and the test fails on the flag below).
        seen["window_ran_meanwhile"] = window_ran.wait(timeout=5)
        return made()

    monkeypatch.setattr(backup, "automatic_backup", slow_backup)
    window = build_main_window(services)
    qtbot.addWidget(window)
    window.show()
    after_window_shown(window, services)  # as the program does once its window painted
    qtbot.waitUntil(lambda: "gui_thread" in seen)
    window_ran.set()  # from the GUI thread's event loop, while the backup waits
    qtbot.waitUntil(lambda: "back-up gemaakt" in window.statusBar().currentMessage())
    assert seen == {"gui_thread": False, "window_ran_meanwhile": True}
    assert len(backup.backups()) == 1


def test_the_settings_show_the_backups_room_beside_the_budget_and_keep_a_new_budget(
    qtbot: QtBot, services: Services, register_path: Path
) -> None:
    services.cases.register(new_request())
    info = services.backup.automatic_backup()
    assert info is not None
    window = build_main_window(services)
    qtbot.addWidget(window)
    window.show()
    shown: dict[str, str] = {}

    def read_and_set(dialog: SettingsDialog) -> None:
        shown["held"] = dialog.findChild(QLabel, "backupsHeld").text()
        dialog.backup_budget.selectAll()
        type_text(qtbot, dialog.backup_budget.lineEdit(), "3")
        dialog.ok_button.click()

    _on_next_dialog(read_and_set)
    action = window.findChild(QAction, "settingsAction")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: "held" in shown)
    witness = info.path.with_name(info.path.name + WITNESS_SUFFIX)
    kilobytes = f"{(info.path.stat().st_size + witness.stat().st_size) / 1000:.1f}"
    # The copy and its witness, in Belgian Dutch: a decimal comma.
    assert shown["held"] == f"Nu: 1 automatische back-up, samen {kilobytes.replace('.', ',')} kB."
    assert services.settings.get().backup_budget_gb == 3
