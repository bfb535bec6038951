"""A stranger's document is rendered in a separate process: a hostile file costs that
process, never the window."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from privacydesk.gui import page_renderer
from privacydesk.gui.document_viewer import DocumentViewer
from tests.documents.conftest import make_image, make_pdf
from tests.documents.hostile_pdfs import flate_bomb, self_referencing_page_tree

PDF = "application/pdf"


def _viewer(qtbot: QtBot) -> DocumentViewer:
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    viewer.resize(700, 500)
    viewer.show()
    return viewer


def _show(qtbot: QtBot, viewer: DocumentViewer, data: bytes, content_type: str) -> bool:
    with qtbot.waitSignal(viewer.documentShown, timeout=30000) as shown:
        viewer.show_untrusted("document.pdf", content_type, data)
    return bool(shown.args[0])


def _window_still_answers(qtbot: QtBot, viewer: DocumentViewer) -> None:
    zoom_in = viewer.findChild(QPushButton, "zoomInButton")
    clicked: list[bool] = []
    zoom_in.clicked.connect(lambda: clicked.append(True))
    qtbot.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    assert clicked


def test_an_ordinary_pdf_and_image_are_shown_as_pages(qtbot: QtBot) -> None:
    viewer = _viewer(qtbot)
    assert _show(qtbot, viewer, make_pdf(), PDF)
    assert viewer.page_count == 1
    assert viewer.findChild(type(viewer.title), "page1").pixmap().width() > 100
    assert _show(qtbot, viewer, make_image("PNG", (320, 200)), "image/png")
    assert viewer.page_count == 1


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (self_referencing_page_tree(), "lus in de pagina's"),
        (flate_bomb(), "compressiebom"),
        (b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF\n", "beschadigd of onleesbaar"),
    ],
    ids=["page-tree-lists-itself", "flate-bomb", "garbage"],
)
def test_a_hostile_pdf_says_it_cannot_be_shown_and_the_window_stays_responsive(
    qtbot: QtBot, data: bytes, said: str
) -> None:
    viewer = _viewer(qtbot)
    assert not _show(qtbot, viewer, data, PDF)
    assert viewer.stack.currentWidget() is viewer.message
    assert viewer.message.text().startswith("Dit document kan niet getoond worden")
    assert said in viewer.message.text()
    _window_still_answers(qtbot, viewer)


def test_a_renderer_that_hangs_is_killed_after_the_time_limit(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stands for a file that makes the PDF engine spin: the process never answers.
    hang = [sys.executable, "-c", "import time; time.sleep(120)"]
    monkeypatch.setattr(page_renderer, "worker_command", lambda: hang)
    monkeypatch.setattr(page_renderer, "RENDER_TIMEOUT_MS", 1000)
    viewer = _viewer(qtbot)
    assert not _show(qtbot, viewer, make_pdf(), PDF)
    assert "duurde te lang" in viewer.message.text()
    _window_still_answers(qtbot, viewer)
    # The next document is shown normally.
    monkeypatch.undo()
    assert _show(qtbot, viewer, make_pdf(), PDF)
