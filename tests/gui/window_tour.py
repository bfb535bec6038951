"""Open the main window and every dialog over the demo register, on a given screen.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.gui.window_tour \
        --lang en --shots /tmp/shots/en-1280

Prints one JSON object: per window its frame geometry, the screen's free area, and whether
each dialog button lies inside the window (reachable). With --shots it also saves a PNG of
each, to look at. tests/gui/test_window_sizes.py runs it on the screens an office laptop has.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QWidget


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _await_preview(app: QApplication, window: QWidget) -> None:
    """A letter's preview is made in the background and widens its side of the dialog:
    measure (and photograph) the dialog as the officer sees it once the page is there."""
    import time

    viewer = getattr(window, "preview", None)
    if viewer is None or not hasattr(viewer, "pdf_view"):
        return
    deadline = time.monotonic() + 10
    while viewer.stack.currentWidget() is not viewer.pdf_view and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    _settle(app)


def _measure(window: QWidget) -> dict[str, object]:
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    inside = QRect(0, 0, window.width(), window.height())
    unreachable = []
    for box in window.findChildren(QDialogButtonBox):
        if not box.isVisibleTo(window):
            continue
        for button in box.findChildren(QAbstractButton):
            if not button.isVisibleTo(window):
                continue
            rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
            if not inside.contains(rect):
                unreachable.append(button.text())
    # What the layout needs at least, whatever has loaded yet (a preview arrives later and
    # may widen a dialog to its minimum): that too must fit, with the window's frame.
    needed = window.minimumSizeHint() + (frame.size() - window.size())
    return {
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "area": [area.x(), area.y(), area.width(), area.height()],
        "needed": [needed.width(), needed.height()],
        "fits": (
            area.contains(frame)
            or (frame.width() <= area.width() and frame.height() <= area.height())
        )
        and needed.width() <= area.width()
        and needed.height() <= area.height(),
        "unreachable": unreachable,
    }


def _cell_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> set[str]:
    """What the rows of a table or tree say (the first rows, and one level of children)."""
    parent = parent or QModelIndex()
    texts: set[str] = set()
    for row in range(min(model.rowCount(parent), 60)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            texts.add(str(index.data() or ""))
            texts.add(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
        if not parent.isValid():
            texts.update(_cell_texts(model, model.index(row, 0, parent)))
    return texts


def visible_texts(window: QWidget) -> set[str]:
    """What the officer reads on a window: labels, buttons, titles, tabs, headers, choices."""
    from PySide6.QtWidgets import (
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTableView,
        QTabWidget,
        QTreeView,
    )

    texts = {window.windowTitle()}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts.update(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(widget.horizontalHeader().count())
            )
            texts.update(_cell_texts(model))
        elif isinstance(widget, QTreeView) and widget.model() is not None:
            model = widget.model()
            texts.update(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            )
            texts.update(_cell_texts(model))
    if hasattr(window, "menuBar"):
        for action in window.menuBar().actions():
            texts.add(action.text())
            menu = action.menu()
            if menu is not None:
                texts.update(a.text() for a in menu.actions())
    return {t for t in texts if t}


# The company details a new register lacks (the demo register has them).
_NEW = {
    "legal_form": "",
    "enterprise_number": "",
    "legal_entities_register": "",
    "legal_entities_register_fr": "",
    "legal_entities_register_en": "",
    "officer_name": "",
}


def tour(lang: str, shots: Path | None) -> dict[str, dict[str, object]]:
    from privacydesk.gui.app import application, build_main_window
    from privacydesk.gui.day_dialog import answer_day_dialog
    from privacydesk.gui.document_viewer import CompareDialog
    from privacydesk.gui.first_start import FirstStartDialog
    from privacydesk.gui.intake_dialog import IntakeDialog
    from privacydesk.gui.letter_dialog import LetterDialog
    from privacydesk.gui.outcome_dialog import OutcomeDialog
    from privacydesk.gui.recipient_dialog import RecipientDialog
    from privacydesk.gui.reminders_dialog import RemindersDialog
    from privacydesk.gui.settings_dialog import SettingsDialog
    from privacydesk.gui.text_prompt_dialog import TextPromptDialog
    from privacydesk.services import open_services
    from privacydesk.services.demo import fill_demo

    app = application([])
    folder = Path(tempfile.mkdtemp(prefix="privacydesk-tour-"))
    services = open_services(folder / "register.sqlite", actor="officer")
    fill_demo(services)
    services.settings.save(replace(services.settings.get(), ui_language=lang))
    services.reload_settings()
    window = build_main_window(services)
    window.show()
    deadline = 200
    while window.model.rowCount() == 0 and deadline:
        app.processEvents()
        deadline -= 1
    report: dict[str, dict[str, object]] = {}

    def look(name: str, widget: QWidget) -> None:
        widget.show()
        _settle(app)
        _await_preview(app, widget)
        report[name] = _measure(widget)
        report[name]["texts"] = sorted(visible_texts(widget))
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(shots / f"{name}.png"))

    cases = services.cases.list_cases()
    open_case = next(c for c in cases if c.status.is_open)
    window.select_case(open_case.id)
    _settle(app)
    look("main_window", window)
    for index in range(window.detail.tabs.count()):
        window.detail.tabs.setCurrentIndex(index)
        _settle(app)
        report[f"case_tab{index}"] = {
            "fits": True,
            "unreachable": [],
            "texts": sorted(visible_texts(window)),
        }
        if shots is not None:
            window.grab().save(str(shots / f"main_window_tab{index}.png"))
            window.detail.grab().save(str(shots / f"case_pane_tab{index}.png"))
    window.detail.tabs.setCurrentIndex(0)
    case = services.cases.get(open_case.id)
    today = services.ctx.today()
    dialogs: dict[str, QWidget] = {
        "intake": IntakeDialog(today, window),
        "settings": SettingsDialog(services.settings.get(), window),
        # As a new register shows it: empty legal details, each with its sentence.
        "first_start": FirstStartDialog(replace(services.settings.get(), **_NEW), window),
        "letter": LetterDialog(services, open_case.id, window),
        "compare": CompareDialog(window),
        "reminders": RemindersDialog(services.reminders.due(), window),
        "outcome": OutcomeDialog(case.rights[0], window),
        "recipient": RecipientDialog(today, window),
        "answer_day": answer_day_dialog(case.received, today, window),
        "text_prompt": TextPromptDialog("Reden", "Waarom?", "OK", window),
    }
    for name, dialog in dialogs.items():
        look(name, dialog)
        dialog.close()
    window.close()
    services.close()
    return report


def run_tour(lang: str, **env: str) -> dict[str, Any]:
    """The tour in a process of its own (``env``: its screen and data folder); its report."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.window_tour", "--lang", lang],
        cwd=Path(__file__).resolve().parents[2],
        env=dict(os.environ, **env),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()
    print(json.dumps(tour(args.lang, args.shots), default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
