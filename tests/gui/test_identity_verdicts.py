"""A verified case shows what was verified; a red verdict says what is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.identity import IdentityCheck
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.documents.conftest import make_image
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request


def _window(qtbot: QtBot, services: Services) -> tuple[MainWindow, int, int]:
    first = services.cases.register(new_request()).id
    other = services.cases.register(new_request("Jan Peeters", email="jan@example.be")).id
    for name, role in (
        ("voor.png", AttachmentRole.ID_RECTO),
        ("achter.jpg", AttachmentRole.ID_VERSO),
    ):
        services.attachments.add(
            first, name, make_image(name[-3:].upper().replace("JPG", "JPEG")), role
        )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.select_case(first)
    return window, first, other


def test_reopening_a_verified_case_shows_the_stored_verdicts(
    qtbot: QtBot, services: Services
) -> None:
    window, first, other = _window(qtbot, services)
    panel = window.identity_tab
    qtbot.keyClicks(panel.name_edit, "van den broeck eloise")
    qtbot.keyClicks(panel.card_edit, "591-1917064-58")
    qtbot.keyClicks(panel.expiry_edit.line_edit, "01/05/2030")
    _on_next_dialog(lambda d: d.accept() if isinstance(d, QDialog) else None)
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.identity.record(first).status.value == "verified")

    window.select_case(other)
    window.select_case(first)
    assert panel.name_edit.text() == ""  # the typed copy is gone with the ID copies
    for check in (IdentityCheck.NAME_MATCH, IdentityCheck.NOT_EXPIRED, IdentityCheck.CARD_NUMBER):
        text = panel.result_labels[check].text()
        assert "In orde" in text and "opgeslagen" in text, text
        assert "Nog niet gecontroleerd" not in text


def test_a_red_verdict_says_why(qtbot: QtBot, services: Services) -> None:
    window, _first, _other = _window(qtbot, services)
    panel = window.identity_tab
    qtbot.keyClicks(panel.card_edit, "591-1917064-59")
    text = panel.result_labels[IdentityCheck.CARD_NUMBER].text()
    assert "Niet in orde — de controlecijfers van het kaartnummer kloppen niet" in text
    qtbot.keyClicks(panel.name_edit, "Jan Janssens")
    assert "de naam verschilt" in panel.result_labels[IdentityCheck.NAME_MATCH].text()


def test_the_save_checks_button_stores_what_was_typed(qtbot: QtBot, services: Services) -> None:
    window, first, _other = _window(qtbot, services)
    panel = window.identity_tab
    qtbot.keyClicks(panel.card_edit, "591-1917064-58")
    assert services.identity.checks(first) == {}
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    stored = services.identity.checks(first)
    assert stored[IdentityCheck.CARD_NUMBER].result.value == "passed"
