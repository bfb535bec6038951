"""The program speaks Dutch by default; the English translation is complete and current."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from privacydesk.gui.app import build_main_window
from privacydesk.gui.intake_dialog import IntakeDialog
from privacydesk.services import Services

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "privacydesk_en.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_main_window_and_dialogs_speak_dutch(qtbot: QtBot, services: Services) -> None:
    window = build_main_window(services)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Bestand", "Bee&ld", "&Register", "&Help"]
    assert window.new_action.text() == "&Nieuw verzoek…"
    assert (
        window.model.headerData(0, __import__("PySide6").QtCore.Qt.Orientation.Horizontal)
        == "Kenmerk"
    )
    dialog = IntakeDialog(services.ctx.today(), window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nieuw verzoek registreren"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    # Qt's own standard buttons come from Qt's Dutch translation.
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "t",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"


def test_the_translation_file_is_in_step_with_the_code(tmp_path: Path) -> None:
    """A new or changed string in the code must reach the .ts (run update_translations.py)."""
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate comes with PySide6; not on PATH here")
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shutil.copy(TS, tmp_path / TS.name)
    module.update(tmp_path)
    assert set(_messages(tmp_path / TS.name)) == set(_messages(TS))


def _translated(translation: ET.Element) -> bool:
    """A finished text, or every singular/plural form of a text with a count (%n)."""
    forms = [f.text or "" for f in translation.iter("numerusform")]
    if forms:
        return all(f.strip() for f in forms)
    return bool((translation.text or "").strip())


def test_the_english_translation_is_complete() -> None:
    unfinished = [
        source
        for (_context, source), message in _messages(TS).items()
        if (message.find("translation") is None)
        or message.find("translation").get("type") == "unfinished"
        or not _translated(message.find("translation"))
    ]
    assert unfinished == []


def test_english_is_selectable_in_settings(qtbot: QtBot, services: Services) -> None:
    from dataclasses import replace

    services.settings.save(replace(services.settings.get(), ui_language="en"))
    try:
        window = build_main_window(services)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&File", "&View", "&Register", "&Help"]
        assert window.filter_combo.itemText(0) == "All cases"
        assert (
            window.model.headerData(0, __import__("PySide6").QtCore.Qt.Orientation.Horizontal)
            == "Reference"
        )
        dialog = IntakeDialog(services.ctx.today(), window)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Register a new request"
        assert (
            "Right of access"
            in dialog.right_checks[__import__("privacydesk").core.rights.Right.ACCESS].text()
        )
    finally:
        services.settings.save(replace(services.settings.get(), ui_language="nl"))
        build_main_window(services).deleteLater()  # back to Dutch for the other tests
