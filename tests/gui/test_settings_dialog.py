"""Settings: set once, kept in the register, invalid values refused inline."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from privacydesk.core.settings import Settings
from privacydesk.gui.main_window import MainWindow
from privacydesk.gui.settings_dialog import SettingsDialog
from privacydesk.services import Services
from tests.gui.conftest import type_text


def test_defaults_show_the_controller_from_the_privacy_statement(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.controller_name.text() == "Bimsoft"
    assert "Hospitaalweg 1c bus 3" in dialog.controller_address.toPlainText()
    assert dialog.ok_button.isEnabled()


def test_an_invalid_value_is_refused_inline(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reminder_window.setValue(0)
    error = dialog.findChild(QLabel, "error_reminder_window_days")
    assert not dialog.ok_button.isEnabled()
    assert not error.isHidden() and "1 tot 60" in error.text()  # on the Termijnen tab
    dialog.reminder_window.setValue(10)
    assert dialog.ok_button.isEnabled() and error.isHidden()
    dialog.letter_place.clear()
    assert not dialog.ok_button.isEnabled()


def test_saved_settings_are_kept_in_the_register_and_used_at_once(
    qtbot: QtBot, main_window: MainWindow, services: Services
) -> None:
    from tests.gui.test_main_window import _on_next_dialog

    def fill(dialog: SettingsDialog) -> None:
        dialog.officer_name.clear()
        type_text(qtbot, dialog.officer_name, "An Vermeërsch")
        dialog.reminder_window.setValue(14)
        dialog.ok_button.click()

    _on_next_dialog(fill)
    assert main_window.edit_settings()
    stored = services.settings.get()
    assert stored.officer_name == "An Vermeërsch"
    assert stored.reminder_window_days == 14
    assert services.settings.current().reminder_window_days == 14
    assert services.audit.all()[-1].action == "settings.changed"


def test_the_letterhead_asks_the_companys_legal_details_and_checks_the_number(
    qtbot: QtBot,
) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    error = dialog.findChild(QLabel, "error_enterprise_number")
    type_text(qtbot, dialog.enterprise_number, "0123.456.748")
    assert not dialog.ok_button.isEnabled() and "klopt niet" in error.text()
    dialog.enterprise_number.clear()
    type_text(qtbot, dialog.enterprise_number, "BE 0123.456.749")
    type_text(qtbot, dialog.legal_form, "BV")
    type_text(qtbot, dialog.register_nl, "RPR Gent, afdeling Kortrijk")
    dialog.officer_role_fr.clear()
    type_text(qtbot, dialog.officer_role_fr, "Délégué à la protection des données")
    assert dialog.ok_button.isEnabled() and error.isHidden()
    chosen = dialog.settings()
    assert chosen.legal_form == "BV" and chosen.enterprise_number == "BE 0123.456.749"
    assert chosen.officer_role_fr == "Délégué à la protection des données"


def test_the_retention_period_is_typed_in_years_and_checked(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.retention_years.value() == 5  # five years after closing by default
    dialog.retention_years.selectAll()
    qtbot.keyClicks(dialog.retention_years.lineEdit(), "40")
    qtbot.keyClick(dialog.retention_years, Qt.Key.Key_Tab)
    assert not dialog.ok_button.isEnabled()
    assert "1 tot 30" in dialog.findChild(QLabel, "error_retention_years").text()
    dialog.retention_years.lineEdit().selectAll()
    qtbot.keyClicks(dialog.retention_years.lineEdit(), "7")
    assert dialog.ok_button.isEnabled() and dialog.settings().retention_years == 7
