"""First start: a new register asks who its letters come from, once, and lets the officer
say "later"; the settings reopen it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.settings import Settings
from privacydesk.gui.app import after_window_shown, build_main_window
from privacydesk.gui.first_start import FirstStartDialog, needs_first_start, offer_first_start
from privacydesk.gui.main_window import MainWindow
from privacydesk.gui.settings_dialog import SettingsDialog
from privacydesk.services import Services, open_services
from privacydesk.services.letters import LetterRuleError
from tests.gui.conftest import type_text
from tests.services.helpers import new_request


@pytest.fixture
def new_register(tmp_path: Path, clock: object) -> Iterator[Services]:
    """A register as the officer gets it on the first run: no company details at all."""
    opened = open_services(tmp_path / "new.sqlite", actor="officer", now=clock)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, new_register: Services) -> MainWindow:
    shown = MainWindow(new_register)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _offered(qtbot: QtBot, window: MainWindow, services: Services) -> FirstStartDialog:
    dialog = offer_first_start(window, services)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _fill_company(qtbot: QtBot, dialog: FirstStartDialog) -> None:
    dialog.controller_name.clear()
    type_text(qtbot, dialog.controller_name, "Brouwerij Noël")
    type_text(qtbot, dialog.legal_form, "NV")
    dialog.controller_address.clear()
    qtbot.keyClicks(dialog.controller_address, "Markt 1")
    qtbot.keyClick(dialog.controller_address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.controller_address, "9000 Gent")
    type_text(qtbot, dialog.enterprise_number, "0123.456.749")
    type_text(qtbot, dialog.register_nl, "RPR Gent, afdeling Gent")
    type_text(qtbot, dialog.register_fr, "RPM Gand, division Gand")
    dialog.letter_place.clear()
    type_text(qtbot, dialog.letter_place, "Gent")
    type_text(qtbot, dialog.officer_name, "Ans Peeters")


def test_a_new_register_asks_for_the_company_and_saving_lets_letters_be_issued(
    qtbot: QtBot, window: MainWindow, new_register: Services
) -> None:
    assert needs_first_start(new_register.settings.current())
    dialog = _offered(qtbot, window, new_register)
    # Until the legal details are there, saving is refused and each field says why.
    assert not dialog.save_button.isEnabled()
    assert dialog.findChild(QLabel, "error_legal_form").isVisible()
    _fill_company(qtbot, dialog)
    dialog.default_language.setCurrentIndex(dialog.default_language.findData("fr"))
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    stored = new_register.settings.get()
    assert stored.controller_name == "Brouwerij Noël"
    assert stored.controller_address == "Markt 1\n9000 Gent"
    assert (stored.legal_form, stored.enterprise_number) == ("NV", "0123.456.749")
    assert stored.legal_entities_register_fr == "RPM Gand, division Gand"
    assert (stored.letter_place, stored.officer_name) == ("Gent", "Ans Peeters")
    assert stored.default_letter_language.value == "fr"
    assert new_register.audit.all()[-1].action == "settings.changed"
    assert new_register.settings.current() == stored
    # The letters now have what they need, and the set-up does not come back.
    case_id = new_register.cases.register(new_request()).id
    draft = new_register.letters.draft(case_id, LetterKind.ACKNOWLEDGEMENT)
    issued = new_register.letters.issue(draft)
    assert issued.sha256
    assert offer_first_start(window, new_register) is None


def test_a_wrong_enterprise_number_is_refused_with_the_settings_sentence(
    qtbot: QtBot, window: MainWindow, new_register: Services
) -> None:
    dialog = _offered(qtbot, window, new_register)
    _fill_company(qtbot, dialog)
    dialog.enterprise_number.clear()
    type_text(qtbot, dialog.enterprise_number, "0123.456.748")
    error = dialog.findChild(QLabel, "error_enterprise_number")
    assert error.isVisible() and "klopt niet" in error.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.enterprise_number, Qt.Key.Key_Backspace)
    type_text(qtbot, dialog.enterprise_number, "9")
    assert not error.isVisible() and dialog.save_button.isEnabled()


def test_later_keeps_the_program_usable_and_the_letters_keep_refusing(
    qtbot: QtBot, window: MainWindow, new_register: Services
) -> None:
    dialog = _offered(qtbot, window, new_register)
    type_text(qtbot, dialog.legal_form, "BV")
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert new_register.settings.get() == Settings()
    assert all(e.action != "settings.changed" for e in new_register.audit.all())
    case_id = new_register.cases.register(new_request()).id
    draft = new_register.letters.draft(case_id, LetterKind.ACKNOWLEDGEMENT)
    with pytest.raises(LetterRuleError, match=r"art\. 2:20 WVV"):
        new_register.letters.issue(draft)


def test_the_program_opens_the_set_up_over_a_new_registers_window(
    qtbot: QtBot, new_register: Services
) -> None:
    window = build_main_window(new_register)
    qtbot.addWidget(window)
    window.show()
    after_window_shown(window, new_register)  # as the program does once its window painted
    qtbot.waitUntil(lambda: _shown_set_up(window) is not None)
    dialog = _shown_set_up(window)
    assert dialog is not None and dialog.isModal()
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_demo_register_starts_without_it(qtbot: QtBot, new_register: Services) -> None:
    from privacydesk.services.demo import fill_demo

    fill_demo(new_register)
    window = build_main_window(new_register)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.remindersChecked, timeout=10000):
        after_window_shown(window, new_register)
    assert _shown_set_up(window) is None


def _shown_set_up(window: MainWindow) -> FirstStartDialog | None:
    found = [d for d in window.findChildren(FirstStartDialog) if d.isVisible()]
    return found[0] if found else None


def test_a_register_with_the_details_opens_without_it(
    qtbot: QtBot, main_window: MainWindow, services: Services
) -> None:
    assert offer_first_start(main_window, services) is None
    assert main_window.findChild(FirstStartDialog) is None


def test_the_settings_reopen_it_and_what_it_chooses_is_saved_with_the_settings(
    qtbot: QtBot, new_register: Services
) -> None:
    settings = SettingsDialog(new_register.settings.get())
    qtbot.addWidget(settings)
    settings.show()
    qtbot.mouseClick(settings.first_start_button, Qt.MouseButton.LeftButton)
    dialog = settings.findChild(FirstStartDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    _fill_company(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.legal_form.text() == "NV")
    assert settings.controller_name.text() == "Brouwerij Noël"
    assert settings.controller_address.toPlainText() == "Markt 1\n9000 Gent"
    assert settings.register_nl.text() == "RPR Gent, afdeling Gent"
    assert settings.officer_name.text() == "Ans Peeters"
    assert settings.ok_button.isEnabled()
    new_register.settings.save(settings.settings())
    assert not needs_first_start(new_register.settings.current())
