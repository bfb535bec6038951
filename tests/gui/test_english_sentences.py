"""With English chosen, the sentences that come from below the window are English too:
reminders, the rule behind a deadline, why a move is greyed out, refusals of the services,
the settings' own checks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from privacydesk.core.errors import UserFacingError
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.workflow import Status
from privacydesk.gui.app import build_main_window
from privacydesk.gui.main_window import MainWindow
from privacydesk.gui.messages import error_text
from privacydesk.gui.reminders_dialog import RemindersDialog
from privacydesk.gui.settings_dialog import SettingsDialog
from privacydesk.services import Services
from tests.gui.window_tour import visible_texts
from tests.services.helpers import new_request


@pytest.fixture
def english(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    services.settings.save(replace(services.settings.get(), ui_language="en"))
    window = build_main_window(services)
    qtbot.addWidget(window)
    window.show()
    yield window
    services.settings.save(replace(services.settings.get(), ui_language="nl"))
    build_main_window(services).deleteLater()  # Dutch translators back for the next test


def _refusal(action: object) -> str:
    with pytest.raises(UserFacingError) as caught:
        action()  # type: ignore[operator]
    return error_text(caught.value)


def test_the_reminders_say_in_english_how_late_and_why(
    qtbot: QtBot, english: MainWindow, services: Services
) -> None:
    services.cases.register(new_request(received=date(2026, 10, 1)))  # due 02/11, today 25/11
    services.cases.register(new_request("An Peeters", received=date(2026, 10, 26)))
    dialog = RemindersDialog(services.reminders.due(), english)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = visible_texts(dialog)
    assert "23 days late (due date 02/11/2026)." in texts
    assert (
        "First deadline on 26/11/2026: answer, or notify the extension with reasons before "
        "that day." in texts
    )
    assert not [t for t in texts if "dagen" in t or "uiterste" in t]


def test_the_deadline_rule_and_a_greyed_out_move_say_why_in_english(
    qtbot: QtBot, english: MainWindow, services: Services
) -> None:
    case_id = services.cases.register(new_request()).id
    window = build_main_window(services)  # in English, opened on the register with the case
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case_id)
    rules = {
        str(window.model.index(0, c).data(Qt.ItemDataRole.ToolTipRole) or "")
        for c in range(window.model.columnCount())
    }
    assert "One month from receipt (Art. 12(3) GDPR); clock not paused." in rules
    menu = window.detail.status_menu
    blocked = next(a for a in menu.actions() if a.objectName() == "statusAction_in_progress")
    assert not blocked.isEnabled()
    assert blocked.toolTip() == (
        "The case can become 'in progress' only once the identity is established or the "
        "check is waived with a reason."
    )


def test_refusals_of_the_services_reach_the_officer_in_english(
    english: MainWindow, services: Services
) -> None:
    late = services.cases.register(new_request(received=date(2026, 10, 1))).id
    assert _refusal(lambda: services.cases.extend(late, "complex")) == (
        "The first deadline ended on 02/11/2026; an extension must be notified within the "
        "first month. Give a reason to extend anyway."
    )
    case_id = services.cases.register(new_request(rights=(Right.ACCESS,))).id
    ground = LegalGround.FREEDOM_OF_EXPRESSION  # a ground against erasure, not access
    assert (
        _refusal(lambda: services.cases.record_outcome(case_id, 0, Outcome.REFUSED, ground))
        == "The legal ground Art. 17(3)(a) does not apply to the right of access."
    )
    assert _refusal(lambda: services.cases.change_status(case_id, Status.CLOSED)) == (
        "A case with status 'Received' cannot move to 'Closed'."
    )


def test_the_letters_refusals_speak_english(english: MainWindow, services: Services) -> None:
    from privacydesk.core.letter_kinds import LetterKind

    case = services.cases.register(new_request())
    assert _refusal(lambda: services.letters.draft(case.id, LetterKind.OUTCOME)) == (
        f"A letter of the kind 'answer to the request' does not fit case {case.reference} in its "
        "current state."
    )
    blank = {"legal_form": "", "enterprise_number": "", "legal_entities_register": ""}
    services.settings.save(replace(services.settings.get(), **blank))
    draft = services.letters.draft(case.id, LetterKind.ACKNOWLEDGEMENT)
    refused = _refusal(lambda: services.letters.issue(draft))
    assert refused.startswith("A Belgian company's letter states its legal form")
    assert refused.endswith(
        "the legal form, a valid enterprise number, the register of legal entities (RPR)."
    )


def test_the_settings_checks_speak_english(qtbot: QtBot, english: MainWindow) -> None:
    from privacydesk.core.settings import Settings

    dialog = SettingsDialog(Settings(), english)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reminder_window.selectAll()
    qtbot.keyClicks(dialog.reminder_window.lineEdit(), "0")
    error = dialog.findChild(QLabel, "error_reminder_window_days")
    assert error.text() == "Choose a value from 1 to 60."
    dialog.enterprise_number.setFocus()
    qtbot.keyClicks(dialog.enterprise_number, "0123.456.748")
    number = dialog.findChild(QLabel, "error_enterprise_number")
    assert number.text().startswith("This enterprise number is not right")


def test_a_refused_file_is_named_in_english(english: MainWindow, services: Services) -> None:
    from privacydesk.core.attachments import AttachmentRole
    from tests.documents.hostile_pdfs import self_referencing_page_tree

    case_id = services.cases.register(new_request()).id
    role = AttachmentRole.SIGNED_REQUEST
    program = b"MZ" + bytes(200)
    assert _refusal(lambda: services.attachments.add(case_id, "setup.pdf", program, role)) == (
        "'setup.pdf' is a Windows program, not a PDF, JPEG, PNG, TIFF or e-mail, and so was "
        "not added."
    )
    loop = self_referencing_page_tree()
    assert _refusal(lambda: services.attachments.add(case_id, "lus.pdf", loop, role)) == (
        "'lus.pdf' is a damaged PDF: its list of pages refers to itself, and was not added."
    )
