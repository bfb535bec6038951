"""Fixtures for driving the real windows with qtbot."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the application does (gui/background.py): never let a worker thread free widgets."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def main_window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.count_label.text() != "")
    yield window


def type_text(qtbot: QtBot, edit: object, text: str) -> None:
    """Type like the officer does. QTest only knows ASCII keys, so accents are inserted."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)  # type: ignore[attr-defined]
