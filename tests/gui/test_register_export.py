"""Register › Exporteren… hands the officer the cases they see (or all) as Excel or CSV."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from privacydesk.services.export import HEADER
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request


def _export_menu_action(window: MainWindow):
    return next(a for a in window.register_menu.actions() if a.objectName() == "exportAction")


def test_exporting_the_filtered_register_to_excel_from_the_menu(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    for name in ("Jan Peeters", "Lieve De Smet", "Jan Janssens"):
        services.cases.register(new_request(name))
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    qtbot.keyClicks(window.search_edit, "jan")
    target = tmp_path / "selectie.xlsx"

    def fill(dialog) -> None:
        assert dialog.shown_radio.isChecked()  # a narrowed view is exported by default
        dialog.path_edit.clear()
        qtbot.keyClicks(dialog.path_edit, str(target))
        dialog.xlsx_radio.click()
        dialog.ok_button.click()

    _on_next_dialog(fill)
    with qtbot.waitSignal(window.register_actions.exportFinished, timeout=10000):
        _export_menu_action(window).trigger()
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(HEADER)  # the same columns as `privacydesk export`
    assert sorted(r[1] for r in rows[1:]) == ["Jan Janssens", "Jan Peeters"]


def test_exporting_the_whole_register_as_csv(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    for name in ("Jan Peeters", "Lieve De Smet"):
        services.cases.register(new_request(name))
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    qtbot.keyClicks(window.search_edit, "lieve")
    target = tmp_path / "register.csv"

    def fill(dialog) -> None:
        dialog.all_radio.click()
        dialog.csv_radio.click()
        dialog.path_edit.setText(str(target.with_suffix(".xlsx")))
        dialog.csv_radio.click()
        dialog.xlsx_radio.click()
        dialog.csv_radio.click()  # switching the format changes the file's extension
        assert dialog.path_edit.text() == str(target)
        dialog.ok_button.click()

    _on_next_dialog(fill)
    with qtbot.waitSignal(window.register_actions.exportFinished, timeout=10000):
        _export_menu_action(window).trigger()
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0] == list(HEADER)
    assert [r[1] for r in rows[1:]] == ["Jan Peeters", "Lieve De Smet"]


def test_the_yearly_report_is_made_from_the_register_menu(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    services.cases.register(new_request("Jan Peeters"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    target = tmp_path / "verslag.pdf"

    def fill(dialog) -> None:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.path_edit.setText(str(target))
        dialog.ok_button.click()

    _on_next_dialog(fill)
    action = next(a for a in window.register_menu.actions() if a.objectName() == "reportAction")
    with qtbot.waitSignal(window.register_actions.reportFinished, timeout=15000):
        action.trigger()
    text = PdfReader(target).pages[0].extract_text()
    assert "Data subject requests: annual report 2026" in text


def test_cases_past_retention_are_deleted_after_a_confirmation_listing_them(
    qtbot: QtBot, services: Services
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.conftest import TODAY
    from tests.services.test_retention import _closed_case

    clock = services.ctx.now
    six = _closed_case(services, clock, "Jan Peeters", date(2020, 11, 25))
    four = _closed_case(services, clock, "Zoë Willems", date(2022, 11, 25))
    clock.set_day(TODAY)
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    action = next(a for a in window.register_menu.actions() if a.objectName() == "retentionAction")
    seen: list[str] = []

    def cancel(box) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    _on_next_dialog(cancel)
    action.trigger()
    reference = services.cases.get(six).reference
    assert reference in seen[0] and "Jan Peeters" in seen[0] and "Zoë" not in seen[0]
    assert services.cases.get(six).requester.name == "Jan Peeters"  # Annuleren: nothing gone

    _on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(window.register_actions.retentionApplied, timeout=10000):
        action.trigger()
    assert services.cases.get(six).requester.name == ""
    assert services.cases.get(four).requester.name == "Zoë Willems"
