"""A backup made and put back from the Register menu, as the officer does before a risky step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request


def _menu_action(window: MainWindow, name: str):
    return next(a for a in window.register_menu.actions() if a.objectName() == name)


def test_a_backup_made_from_the_menu_is_put_back_after_a_confirmation(
    qtbot: QtBot,
    main_window: MainWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = main_window
    services.cases.register(new_request("Anna Peeters"))
    target = tmp_path / "voor-de-verhuis.sqlite"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    _menu_action(window, "backupAction").trigger()
    assert target.exists()
    assert "Back-up gemaakt" in window.statusBar().currentMessage()

    later = services.cases.register(new_request("Bert Claes"))
    window.refresh(select=later.id)
    qtbot.waitUntil(lambda: window.model.total() == 2)

    said: list[str] = []

    def confirm(box: QMessageBox) -> None:
        said.append(box.text())
        _on_next_dialog(lambda done: (said.append(done.text()), done.accept()))
        box.button(QMessageBox.StandardButton.Yes).click()

    _on_next_dialog(confirm)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(target), ""))
    )
    _menu_action(window, "restoreAction").trigger()
    qtbot.waitUntil(lambda: len(said) == 2)
    assert "voor-de-verhuis.sqlite" in said[0]
    assert "vorige toestand" in said[1]
    # The register is the backup again: the case registered after it is gone, none is shown.
    qtbot.waitUntil(lambda: window.model.total() == 1)
    assert [c.requester_name for c in services.cases.list_cases()] == ["Anna Peeters"]
    assert window.detail.case is None
