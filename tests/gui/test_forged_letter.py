"""A letter whose bytes were changed in the register is never shown, printed or saved."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from privacydesk.core.letter_kinds import LetterKind
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.gui.test_letters_tab import _window
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request


def test_a_forged_letter_shows_a_warning_instead_of_its_bytes(
    qtbot: QtBot, services: Services, register_path: Path
) -> None:
    window, case_id = _window(qtbot, services)
    issued = services.letters.issue(services.letters.draft(case_id, LetterKind.ACKNOWLEDGEMENT))
    conn = sqlite3.connect(register_path)
    forged = services.letters.pdf(issued.id).replace(b"PD-2026-0001", b"PD-2026-0009")
    conn.execute("UPDATE letter SET pdf = ? WHERE id = ?", (forged, issued.id))
    conn.commit()
    conn.close()
    tab = window.letters_tab
    tab.show_case(case_id)
    tab.select_row(0)

    warnings: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        warnings.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    _on_next_dialog(read_and_close)
    rect = tab.view.visualRect(tab.model.index(0, 0))
    # A real double-click starts with a click: QTest needs both to see one.
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(warnings))
    assert "PD-2026-0001" in warnings[0] and "gewijzigd" in warnings[0]
    assert tab.viewer.stack.currentWidget() is tab.viewer.message
    assert "niet getoond" in tab.viewer.message.text()

    # Saving goes through the same check: a warning, and no file dialog at all.
    warnings.clear()
    _on_next_dialog(read_and_close)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "gewijzigd" in warnings[0]


def test_the_register_menu_check_names_every_case_row_changed_behind_the_trails_back(
    qtbot: QtBot, services: Services, register_path: Path
) -> None:
    window, case_id = _window(qtbot, services)
    services.cases.register(new_request("Jan Peeters"))
    conn = sqlite3.connect(register_path)
    conn.execute("UPDATE \"case\" SET received='2026-01-01' WHERE id=?", (case_id,))
    conn.execute("UPDATE \"case\" SET status='closed' WHERE reference='PD-2026-0002'")
    conn.commit()
    conn.close()
    said = _menu_check(qtbot, window)
    assert "dossier PD-2026-0001: ontvangstdatum" in said
    assert "dossier PD-2026-0002: status" in said


def test_the_register_menu_check_says_what_an_intact_trail_vouches_for(
    qtbot: QtBot, services: Services
) -> None:
    window, _case_id = _window(qtbot, services)
    said = _menu_check(qtbot, window)
    assert "Het auditspoor is intact" in said
    assert "van elk dossier kenmerk, naam van de aanvrager, ontvangstdatum" in said
    assert "adres, e-mail en notities, staan niet in het spoor" in said


def _menu_check(qtbot: QtBot, window: MainWindow) -> str:
    """Register › Auditspoor controleren, through its menu action: what the box says."""
    from PySide6.QtGui import QAction

    said: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    _on_next_dialog(read_and_close)
    action = window.findChild(QAction, "verifyAuditAction")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: bool(said))
    return said[0]
