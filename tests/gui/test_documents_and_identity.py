"""Documents and identity on a case: drop scans, compare signatures, verify, purge."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.identity import IdentityCheck
from privacydesk.core.workflow import Status
from privacydesk.gui.main_window import MainWindow
from privacydesk.gui.purge_dialog import PurgeDialog
from privacydesk.services import Services
from tests.conftest import Clock
from tests.documents.conftest import make_image, make_pdf
from tests.gui.conftest import type_text
from tests.gui.test_main_window import _on_next_dialog
from tests.services.helpers import new_request


def _window(qtbot: QtBot, services: Services) -> tuple[MainWindow, int]:
    case_id = services.cases.register(new_request()).id
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case_id)
    return window, case_id


def _files(tmp_path: Path) -> list[Path]:
    files = {
        "verzoek-ondertekend.pdf": make_pdf(),
        "id-voorzijde.png": make_image("PNG", (320, 200)),
        "id-achterzijde.jpg": make_image("JPEG", (320, 200)),
        "programma.pdf": b"MZ" + b"\0" * 300,
    }
    paths = []
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def _drop(widget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)


def test_dropped_scans_never_get_a_role_the_purge_destroys_the_officer_sets_it(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window, case_id = _window(qtbot, services)
    tab = window.documents_tab
    _drop(tab, _files(tmp_path))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    roles = {a.name: a.role for a in services.attachments.for_case(case_id)}
    assert roles == {
        "verzoek-ondertekend.pdf": AttachmentRole.SIGNED_REQUEST,
        "id-voorzijde.png": AttachmentRole.CORRESPONDENCE,
        "id-achterzijde.jpg": AttachmentRole.CORRESPONDENCE,
    }
    assert "programma.pdf" in tab.status_label.text()
    assert "Windows-programma" in tab.status_label.text()
    assert "'id-voorzijde.png', 'id-achterzijde.jpg': lijkt een kopie" in tab.status_label.text()
    assert not tab.purge_button.isEnabled()  # nothing to purge until the officer says so

    # The officer tags the front side: row 1, then the role list, first entry.
    row = [tab.model.item(r).name for r in range(3)].index("id-voorzijde.png")
    rect = tab.view.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(tab.role_combo, Qt.Key.Key_Home)
    qtbot.waitUntil(
        lambda: (
            {a.name: a.role for a in services.attachments.for_case(case_id)}["id-voorzijde.png"]
            is AttachmentRole.ID_RECTO
        )
    )
    assert tab.purge_button.isEnabled()


def test_adding_documents_opens_where_the_scans_were_taken_from_last_time(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window, _case_id = _window(qtbot, services)
    tab = window.documents_tab
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "verzoek.pdf").write_bytes(make_pdf())
    opened_in: list[str] = []

    def choose(_parent: object, _title: str, folder: str, _filter: str) -> tuple[list[str], str]:
        opened_in.append(folder)
        first_time = len(opened_in) == 1
        return ([str(scans / "verzoek.pdf")] if first_time else []), ""  # then: Cancel

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    # Never the folder the program happened to start in: a real folder, then the last one.
    assert opened_in[0] and Path(opened_in[0]).is_dir() and opened_in[0] != str(scans)
    assert opened_in[1] == str(scans)


def test_names_that_merely_contain_id_words_are_never_purged(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window, case_id = _window(qtbot, services)
    tab = window.documents_tab
    paths = []
    for number, name in enumerate(
        ["verzoek voor inzage.pdf", "paid-invoice.pdf", "procedure-eid.pdf"]
    ):
        path = tmp_path / name
        path.write_bytes(make_pdf(f"Document {number}"))
        paths.append(path)
    _drop(tab, paths)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    assert services.attachments.id_copies(case_id) == []
    services.identity.mark_verified(case_id, "in_person")
    assert len(services.attachments.for_case(case_id)) == 3


def test_the_viewer_shows_images_and_pdfs_and_compares_side_by_side(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window, case_id = _window(qtbot, services)
    for path in _files(tmp_path)[:3]:
        role = {"pdf": AttachmentRole.SIGNED_REQUEST, "png": AttachmentRole.ID_RECTO}.get(
            path.suffix[1:], AttachmentRole.ID_VERSO
        )
        services.attachments.add(case_id, path.name, path.read_bytes(), role)
    tab = window.documents_tab
    tab.show_case(case_id)
    tab.select_row(1)
    with qtbot.waitSignal(tab.viewer.documentShown, timeout=60000) as shown:
        tab.view_selected()
    assert shown.args == [True]
    assert tab.viewer.stack.currentWidget() is tab.viewer.pages_scroll
    assert tab.viewer.page_count == 1
    zoom = tab.viewer.zoom
    qtbot.mouseClick(
        tab.viewer.findChild(type(tab.add_button), "zoomInButton"), Qt.MouseButton.LeftButton
    )
    assert tab.viewer.zoom > zoom
    tab.select_row(0)
    with qtbot.waitSignal(tab.viewer.documentShown, timeout=60000) as shown:
        tab.view_selected()
    assert shown.args == [True]
    assert tab.viewer.page_count == 1
    assert tab.compare_button.isEnabled()
    tab.compare()
    dialog = tab.compare_dialog
    assert dialog.left.title.text() == "verzoek-ondertekend.pdf"
    assert dialog.right.title.text() == "id-voorzijde.png"  # the eID's signature is on the front
    dialog.close()


def test_verification_panel_checks_live_and_verifying_purges_the_copies(
    qtbot: QtBot, services: Services
) -> None:
    window, case_id = _window(qtbot, services)
    services.attachments.add(case_id, "id-voor.png", make_image("PNG"), AttachmentRole.ID_RECTO)
    services.attachments.add(case_id, "id-achter.jpg", make_image("JPEG"), AttachmentRole.ID_VERSO)
    panel = window.identity_tab
    panel.show_case(case_id)
    assert panel.recto_check.isChecked() and panel.verso_check.isChecked()
    type_text(qtbot, panel.name_edit, "van den broeck éloïse")
    assert "In orde" in panel.result_labels[IdentityCheck.NAME_MATCH].text()
    qtbot.keyClicks(panel.card_edit, "591-1917064-59")
    assert "Niet in orde" in panel.result_labels[IdentityCheck.CARD_NUMBER].text()
    panel.card_edit.setText("591-1917064-58")
    assert "In orde" in panel.result_labels[IdentityCheck.CARD_NUMBER].text()
    panel.expiry_edit.setDate(QDate(2030, 5, 1))
    assert "In orde" in panel.result_labels[IdentityCheck.NOT_EXPIRED].text()
    assert "Niet van toepassing" in panel.result_labels[IdentityCheck.NATIONAL_NUMBER].text()

    shown: list[list[str]] = []

    def confirm(dialog: PurgeDialog) -> None:
        shown.append(dialog.names)
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)

    _on_next_dialog(confirm)
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.identity.record(case_id).status.value == "verified")
    assert shown == [["id-voor.png", "id-achter.jpg"]]
    assert services.attachments.id_copies(case_id) == []
    record = services.identity.record(case_id)
    assert record.status.value == "verified" and record.card_last_digits == "458"
    assert "eindigend op 458" in panel.record_label.text()
    assert "vernietigd" in panel.record_label.text()
    timeline = window.detail.timeline_model
    assert any(
        "Identiteit vastgesteld" in timeline.index(r).data() for r in range(timeline.rowCount())
    )


def test_verifying_with_an_expired_card_is_refused_with_the_reason(
    qtbot: QtBot, services: Services
) -> None:
    window, case_id = _window(qtbot, services)
    services.attachments.add(case_id, "id-voor.png", make_image("PNG"), AttachmentRole.ID_RECTO)
    services.attachments.add(case_id, "id-achter.jpg", make_image("JPEG"), AttachmentRole.ID_VERSO)
    panel = window.identity_tab
    panel.show_case(case_id)
    type_text(qtbot, panel.name_edit, "van den broeck eloise")
    panel.card_edit.setText("591-1917064-58")
    panel.expiry_edit.setDate(QDate(2025, 1, 1))  # expired before the request arrived
    assert "Niet in orde" in panel.result_labels[IdentityCheck.NOT_EXPIRED].text()
    messages: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    _on_next_dialog(read_and_close)
    assert not panel.mark_verified()
    assert "niet vervallen op de ontvangstdatum" in messages[0]
    assert services.identity.record(case_id).status.value == "unverified"
    assert len(services.attachments.id_copies(case_id)) == 2


def test_purging_by_hand_lists_what_it_destroys_with_thumbnails_and_asks_first(
    qtbot: QtBot, services: Services
) -> None:
    window, case_id = _window(qtbot, services)
    services.attachments.add(case_id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST)
    services.attachments.add(case_id, "id-voor.png", make_image("PNG"), AttachmentRole.ID_RECTO)
    tab = window.documents_tab
    tab.show_case(case_id)
    seen: list[tuple[list[str], bool]] = []

    def look_then(button: str) -> Callable[[PurgeDialog], None]:
        def act(dialog: PurgeDialog) -> None:
            # The first page of each copy arrives from the separate renderer.
            qtbot.waitUntil(lambda: dialog.thumbnails[0].pixmap().width() > 0, timeout=60000)
            seen.append((dialog.names, dialog.cancel_button.isDefault()))
            qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)

        return act

    _on_next_dialog(look_then("cancel_button"))
    qtbot.mouseClick(tab.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0] == (["id-voor.png"], True)  # only the copy; "Annuleren" is the default
    assert len(services.attachments.id_copies(case_id)) == 1

    _on_next_dialog(look_then("purge_button"))
    qtbot.mouseClick(tab.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.attachments.id_copies(case_id) == [])
    assert [a.name for a in services.attachments.for_case(case_id)] == ["verzoek.pdf"]


def test_declining_the_purge_at_verification_records_nothing(
    qtbot: QtBot, services: Services
) -> None:
    window, case_id = _window(qtbot, services)
    services.attachments.add(case_id, "id-voor.png", make_image("PNG"), AttachmentRole.ID_RECTO)
    panel = window.identity_tab
    panel.show_case(case_id)
    panel.method_combo.setCurrentIndex(panel.method_combo.findData("in_person"))
    declined: list[bool] = []

    def decline(dialog: PurgeDialog) -> None:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        declined.append(True)

    _on_next_dialog(decline)
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: declined == [True])
    assert services.identity.record(case_id).status.value == "unverified"
    assert len(services.attachments.id_copies(case_id)) == 1


def test_an_email_dropped_on_the_register_starts_a_prefilled_case(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.count_label.text() != "")
    message = EmailMessage()
    message["From"] = "Noël Lemaître <noel@example.be>"
    message["Subject"] = "Demande d'effacement"
    message["Date"] = "Mon, 23 Nov 2026 10:00:00 +0100"
    message.set_content("Je demande l'effacement de mes données.")
    path = tmp_path / "verzoek.eml"
    path.write_bytes(message.as_bytes())

    seen: dict[str, object] = {}

    def fill(dialog) -> None:
        seen["name"] = dialog.name_edit.text()
        seen["email"] = dialog.email_edit.text()
        seen["received"] = dialog.received_edit.date()
        seen["notes"] = dialog.notes_edit.toPlainText()
        dialog.right_checks[__import__("privacydesk").core.rights.Right.ERASURE].click()
        dialog.ok_button.click()

    _on_next_dialog(fill)
    _drop(window.table, [path])
    assert seen["name"] == "Noël Lemaître" and seen["email"] == "noel@example.be"
    assert seen["received"] == QDate(2026, 11, 23)
    assert "effacement" in str(seen["notes"])
    case = services.cases.find("PD-2026-0001")
    assert [a.name for a in services.attachments.for_case(case.id)] == ["verzoek.eml"]
    assert QApplication.activeModalWidget() is None


def test_what_was_read_off_one_id_never_shows_on_the_next_case(
    qtbot: QtBot, services: Services
) -> None:
    window, first = _window(qtbot, services)
    second = services.cases.register(new_request("Marie Claes", email="marie@example.be")).id
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)  # the window has not reloaded yet
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    panel = window.identity_tab
    window.select_case(first)
    type_text(qtbot, panel.name_edit, "van den broeck eloise")
    panel.card_edit.setText("591-1917064-58")
    panel.expiry_edit.setDate(QDate(2030, 5, 1))
    panel.recto_check.setChecked(True)
    panel.verso_check.setChecked(True)
    assert "In orde" in panel.result_labels[IdentityCheck.RECTO_VERSO].text()

    window.select_case(second)
    assert panel.name_edit.text() == "" and panel.card_edit.text() == ""
    assert not panel.recto_check.isChecked() and not panel.verso_check.isChecked()
    for check in (IdentityCheck.RECTO_VERSO, IdentityCheck.NOT_EXPIRED, IdentityCheck.NAME_MATCH):
        assert "Nog niet gecontroleerd" in panel.result_labels[check].text()


def test_settling_identity_asks_when_what_was_asked_arrived(
    qtbot: QtBot, services: Services, clock: Clock
) -> None:
    case_id = services.cases.register(new_request(received=date(2026, 11, 16))).id
    clock.set_day(date(2026, 11, 17))
    services.cases.change_status(case_id, Status.AWAITING_IDENTIFICATION)
    clock.set_day(date(2026, 11, 25))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_case(case_id)
    asked: list[str] = []

    def reason(dialog) -> None:
        dialog.text_edit.setPlainText("Bekende klant, schrijft vanaf het adres in ons bestand")
        _on_next_dialog(arrival)
        dialog.accept()

    def arrival(dialog) -> None:
        asked.append(dialog.objectName())
        assert dialog.date_edit.minimumDate() == QDate(2026, 11, 17)  # not before the question
        assert dialog.date_edit.maximumDate() == QDate(2026, 11, 25)  # nor in the future
        dialog.date_edit.setDate(QDate(2026, 11, 20))
        dialog.accept()

    _on_next_dialog(reason)
    window.identity_tab.waive()
    assert asked == ["arrivalDateDialog"]
    case = services.cases.get(case_id)
    assert case.identification_received_on == date(2026, 11, 20)
    assert services.identity.status(case_id)[0].value == "waived"


def test_the_documents_tab_opened_by_its_title_shows_the_selected_case_and_follows_it(
    qtbot: QtBot, services: Services
) -> None:
    """The case's tabs are built when first opened (the window starts without them): one
    opened after a case was chosen shows that case, and the next case chosen too."""
    window, case_id = _window(qtbot, services)
    services.attachments.add(case_id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST)
    other = services.cases.register(new_request("Bert Claes")).id
    services.attachments.add(other, "brief.pdf", make_pdf(), AttachmentRole.CORRESPONDENCE)
    window.refresh()
    qtbot.waitUntil(lambda: window.model.total() == 2 and not window.is_loading())
    window.select_case(case_id)
    tabs = window.detail.tabs
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "&Documenten")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    tab = window.documents_tab
    assert tabs.currentWidget().isAncestorOf(tab)
    assert [tab.model.item(r).name for r in range(tab.model.rowCount())] == ["verzoek.pdf"]
    window.select_case(other)
    assert [tab.model.item(r).name for r in range(tab.model.rowCount())] == ["brief.pdf"]
