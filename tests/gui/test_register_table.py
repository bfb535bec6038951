"""The register table with many cases: search as typed, sort, one changed case, one row."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from privacydesk.core.workflow import Status
from privacydesk.gui.case_table_model import CaseFilter, Column
from privacydesk.gui.main_window import MainWindow
from privacydesk.services import Services
from tests.services.helpers import new_request


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, Column.REQUESTER).data() for r in range(model.rowCount())]


def _window(qtbot: QtBot, services: Services, count: int) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    # The whole register, not only the first screen of newest cases shown before it.
    qtbot.waitUntil(lambda: window.model.total() == count and not window.is_loading())
    return window


def _search(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, text)
    return _names(window)


def test_search_ignores_case_and_accents_and_finds_email_and_reference(
    qtbot: QtBot, services: Services
) -> None:
    services.cases.register(new_request("Noël Lemaître", email="noel.l@example.be"))
    services.cases.register(new_request("Jan Peeters", email="jan.peeters@telenet.be"))
    zoe = services.cases.register(new_request("Zoë Çelik", email="zoe@example.be"))
    window = _window(qtbot, services, 3)
    assert _search(qtbot, window, "noel") == ["Noël Lemaître"]
    assert _search(qtbot, window, "LEMAITRE") == ["Noël Lemaître"]
    assert _search(qtbot, window, "zoe celik") == ["Zoë Çelik"]
    assert _search(qtbot, window, "telenet.be") == ["Jan Peeters"]
    assert _search(qtbot, window, zoe.reference[-4:]) == ["Zoë Çelik"]
    assert _search(qtbot, window, "pd-2026-000") == _names(window) and len(_names(window)) == 3
    # Typing on narrows, deleting a letter widens again.
    assert _search(qtbot, window, "e") == _names(window) and len(_names(window)) == 3
    qtbot.keyClicks(window.search_edit, "e")
    assert _names(window) == ["Jan Peeters"]
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)
    assert len(_names(window)) == 3
    assert window.count_label.text() == "3 van 3 dossiers"


def test_clicking_a_header_sorts_and_keeps_the_selected_case(
    qtbot: QtBot, services: Services
) -> None:
    for name, day in (("Bram", 3), ("Anaïs", 1), ("Chloë", 2)):
        services.cases.register(new_request(name, received=date(2026, 11, day)))
    window = _window(qtbot, services, 3)
    assert _names(window) == ["Bram", "Chloë", "Anaïs"]  # newest first
    chloe = services.cases.find("PD-2026-0003").id
    window.select_case(chloe)
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.REQUESTER) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert _names(window) == ["Anaïs", "Bram", "Chloë"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert _names(window) == ["Chloë", "Bram", "Anaïs"]
    assert window.current_case_id() == chloe


def test_a_change_to_one_case_updates_its_row_without_reloading_the_table(
    qtbot: QtBot, services: Services
) -> None:
    ids = [services.cases.register(new_request(f"Persoon {n}")).id for n in range(5)]
    window = _window(qtbot, services, 5)
    window.set_filter(CaseFilter.ALL)
    window.select_case(ids[2])
    resets: list[bool] = []
    window.model.modelReset.connect(lambda: resets.append(True))
    action = next(
        a
        for a in window.detail.status_menu.actions()
        if a.data() == Status.AWAITING_IDENTIFICATION.value
    )
    with qtbot.waitSignal(window.casesLoaded, timeout=5000):
        action.trigger()
    row = window.model.row_of(ids[2])
    assert row is not None
    assert window.model.index(row, Column.STATUS).data() == "Wacht op identificatie"
    assert resets == []  # the row changed in place; the rest of the table was left alone
    assert window.current_case_id() == ids[2]


def test_a_case_that_leaves_the_filter_leaves_the_table_as_one_removed_row(
    qtmodeltester, services: Services
) -> None:
    from privacydesk.gui.case_table_model import CaseTableModel
    from privacydesk.services.case_rows import case_lines

    case = services.cases.register(new_request("Ingetrokken straks"))
    services.cases.register(new_request("Blijft open"))
    model = CaseTableModel()
    qtmodeltester.check(model)
    model.set_cases(case_lines(services.ctx, services.settings.current()))
    model.set_filter(CaseFilter.OPEN)
    removed: list[int] = []
    model.rowsRemoved.connect(lambda _parent, first, _last: removed.append(first))
    services.cases.change_status(case.id, Status.WITHDRAWN)
    model.update_lines(case_lines(services.ctx, services.settings.current(), ids=[case.id]))
    assert removed == [1] and model.rowCount() == 1 and model.total() == 2
    assert model.index(0, Column.REQUESTER).data() == "Blijft open"
    # A new case that fits the filter comes in at its place in the order.
    new = services.cases.register(new_request("Nieuw", received=date(2026, 11, 24)))
    model.update_lines(case_lines(services.ctx, services.settings.current(), ids=[new.id]))
    assert [model.index(r, Column.REQUESTER).data() for r in range(2)] == ["Nieuw", "Blijft open"]


def test_a_case_gone_from_the_register_stays_gone_when_the_table_is_sorted(
    qtmodeltester, services: Services
) -> None:
    from privacydesk.gui.case_table_model import CaseTableModel
    from privacydesk.services.case_rows import case_lines

    ids = [services.cases.register(new_request(name)).id for name in ("Bram", "Anaïs", "Chloë")]
    model = CaseTableModel()
    model.set_cases(case_lines(services.ctx, services.settings.current()))
    model.update_lines([], gone=[ids[0]])
    assert model.total() == 2 and model.row_of(ids[0]) is None
    model.sort(Column.REQUESTER, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, Column.REQUESTER).data() for r in range(model.rowCount())] == [
        "Anaïs",
        "Chloë",
    ]
    qtmodeltester.check(model)


def test_the_requester_column_sorts_accent_blind_and_equal_names_by_reference(
    services: Services,
) -> None:
    """The search text (folded name first) is the Requester column's sort key: "Émile"
    between "Anna" and "Zoë", whatever the case; the same name twice in reference order."""
    from privacydesk.gui.case_table_model import CaseTableModel
    from privacydesk.services.case_rows import case_lines

    for name in ("zoë", "Jan Peeters", "Émile", "Jan Peeters", "anna", "Jan"):
        services.cases.register(new_request(name))
    model = CaseTableModel()
    model.set_cases(case_lines(services.ctx, services.settings.current()))
    model.sort(Column.REQUESTER, Qt.SortOrder.AscendingOrder)
    shown = [
        (model.index(r, Column.REQUESTER).data(), model.index(r, Column.REFERENCE).data())
        for r in range(model.rowCount())
    ]
    assert [name for name, _ in shown] == [
        "anna",
        "Émile",
        "Jan",
        "Jan Peeters",
        "Jan Peeters",
        "zoë",
    ]
    assert shown[3][1] < shown[4][1]  # PD-2026-0002 before PD-2026-0004


def test_a_reference_outside_the_usual_pattern_is_shown_as_it_was_registered(
    services: Services,
) -> None:
    from privacydesk.gui.case_table_model import CaseTableModel
    from privacydesk.services.case_rows import case_lines

    services.cases.register(new_request("Oud dossier"))
    services.cases.register(new_request("Nieuw dossier"))
    old, new = sorted(case_lines(services.ctx, services.settings.current()), key=lambda c: c.id)
    model = CaseTableModel()
    model.set_cases([old._replace(reference="PD-2026-1-BIS"), new])
    shown = {model.index(r, Column.REFERENCE).data() for r in range(model.rowCount())}
    assert shown == {"PD-2026-1-BIS", new.reference}
    model.set_text("1-bis")
    assert model.rowCount() == 1


def test_a_reload_shows_what_changed_and_keeps_one_copy_of_what_did_not(
    services: Services,
) -> None:
    """A reload (F5) reuses the texts the table already holds when they did not change, so
    the register is not held twice; a changed case is shown and searched as it is now."""
    from privacydesk.gui.case_table_model import CaseTableModel, build_rows
    from privacydesk.services.case_rows import case_lines

    kept = services.cases.register(new_request("Anna Peeters"))
    changed = services.cases.register(new_request("Bram Claes"))
    model = CaseTableModel()
    model.set_cases(case_lines(services.ctx, services.settings.current()))
    before = model.columns
    lines = case_lines(services.ctx, services.settings.current())
    # The same register read again, but one requester's name was corrected meanwhile.
    lines = [
        line._replace(requester_name="Bram Claessens") if line.id == changed.id else line
        for line in lines
    ]
    model.set_rows(build_rows(lines, model.rights_text, model.sorted_by, before))
    after = model.columns
    assert after is not before
    old_anna = before.names[before.position(kept.id)]
    assert after.names[after.position(kept.id)] is old_anna
    assert after.search[after.position(kept.id)] is before.search[before.position(kept.id)]
    model.set_text("claessens")
    assert [model.index(r, Column.REQUESTER).data() for r in range(model.rowCount())] == [
        "Bram Claessens"
    ]
