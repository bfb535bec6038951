"""Where a file dialog opens: the folder the officer last took files from, else Documents.

An empty start folder opens wherever the program was started (on Windows often the
installation folder), never where scans are. The last folder is kept per computer, beside
the window sizes (geometry.window_settings), not in the register.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from privacydesk.gui.geometry import window_settings


def start_folder(purpose: str) -> str:
    """The folder to open for ``purpose`` ("documents", ...)."""
    kept = str(window_settings().value(f"folders/{purpose}", "", type=str) or "")
    if kept and Path(kept).is_dir():
        return kept
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember_folder(purpose: str, chosen: Path) -> None:
    """The folder ``chosen`` (a file in it) was taken from, for next time."""
    settings = window_settings()
    settings.setValue(f"folders/{purpose}", str(chosen.parent))
    settings.sync()
