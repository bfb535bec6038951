"""Every window fits an office laptop's screen, and comes back the size it was left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.gui.test_letters_tab import letter_dialog
from tests.gui.window_tour import run_tour


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1280, 720, "1"), (1920, 1080, "1.5")],
    ids=["laptop-1280x720", "full-hd-at-150-percent"],
)
def test_every_window_and_dialog_fits_the_screen_with_its_buttons_reachable(
    tmp_path: Path, width: int, height: int, scale: str
) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "s",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    report = run_tour(
        "nl",
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        QT_SCALE_FACTOR=scale,
        PRIVACYDESK_DATA_DIR=str(tmp_path / "data"),
    )
    assert {
        "main_window",
        "intake",
        "settings",
        "letter",
        "compare",
        "reminders",
        "first_start",
    } <= set(report)
    too_big = {name: r["frame"] for name, r in report.items() if not r["fits"]}
    unreachable = {name: r["unreachable"] for name, r in report.items() if r["unreachable"]}
    assert too_big == {}
    assert unreachable == {}


def test_the_main_window_comes_back_as_it_was_left(qtbot: QtBot, services: Services) -> None:
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    splitter = first.centralWidget()
    splitter.setSizes([250, 450])
    kept = splitter.sizes()
    first.close()

    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (700, 500)
    assert again.centralWidget().sizes() == kept


def test_the_letter_preview_shows_by_itself_and_fits_the_width(
    qtbot: QtBot, services: Services
) -> None:
    dialog = letter_dialog(qtbot, services)
    dialog.show()
    viewer = dialog.preview
    qtbot.waitUntil(lambda: viewer.stack.currentWidget() is viewer.pdf_view, timeout=5000)
    assert viewer.pdf_document.pageCount() == 1
    assert viewer.pdf_view.zoomMode() == viewer.pdf_view.ZoomMode.FitToWidth
    narrow = viewer.width()
    dialog.resize(dialog.width() + 300, dialog.height())
    qtbot.waitUntil(lambda: viewer.width() > narrow)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_year_report_dialog_gives_each_field_its_height(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    from privacydesk.gui.report_dialog import ReportDialog

    dialog = ReportDialog(2026, language, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field in (dialog.year_spin, dialog.language_combo, dialog.path_edit):
        # The wrapped explanation above them once left each a 13-pixel sliver.
        assert field.height() >= field.minimumSizeHint().height(), field.objectName()
