"""Windows that fit the officer's screen and come back the size they were left.

No window has a fixed size: each asks for a comfortable size, gets at most what the screen
it opens on has free (a 1280×720 laptop, or 1920×1080 at 150 %), and remembers its geometry,
toolbar and splitter positions between starts. They are kept per computer in a small ini
file beside the register (not in the register: a backup restored on another screen should
not carry window sizes).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from privacydesk.locations import data_dir

# What stays free around a window: the frame and title bar the window system adds.
_FRAME_MARGIN = QSize(16, 48)


def window_settings() -> QSettings:
    return QSettings(str(data_dir() / "windows.ini"), QSettings.Format.IniFormat)


def available_area(widget: QWidget) -> QRect:
    """The free part of the screen the widget opens on (or the primary screen)."""
    screen: QScreen | None = None
    parent = widget.parentWidget()
    if parent is not None:
        screen = parent.screen()
    if screen is None:
        screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitting_size(widget: QWidget, preferred: QSize) -> QSize:
    """The preferred size, shrunk to the screen, never below what the layout needs."""
    area = available_area(widget).size() - _FRAME_MARGIN
    width = min(preferred.width(), area.width())
    height = min(preferred.height(), area.height())
    return QSize(max(width, 200), max(height, 150))


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Size the window for this screen and keep it on it."""
    widget.resize(fitting_size(widget, preferred))
    keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    area = available_area(widget)
    frame = widget.frameGeometry()
    size = widget.size()
    if size.width() > area.width() or size.height() > area.height():
        widget.resize(fitting_size(widget, size))
        frame = widget.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, area.x()), max(y, area.y()))


_SAVE_ON = (QEvent.Type.Close, QEvent.Type.Hide)


class _Keeper(QObject):
    """Saves a window's geometry (and state, splitters) when it closes or hides."""

    def __init__(self, widget: QWidget, key: str) -> None:
        super().__init__(widget)
        self._widget = widget
        self._key = key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt may call in while the keeper is still being built or already half torn down.
        widget: QWidget | None = getattr(self, "_widget", None)
        if widget is not None and watched is widget and event.type() in _SAVE_ON:
            save_geometry(widget, self._key)
        return False


def _splitters(widget: QWidget) -> list[QSplitter]:
    return [s for s in widget.findChildren(QSplitter) if s.objectName()]


def save_geometry(widget: QWidget, key: str) -> None:
    settings = window_settings()
    settings.setValue(f"{key}/geometry", widget.saveGeometry())
    if isinstance(widget, QMainWindow):
        settings.setValue(f"{key}/state", widget.saveState())
    for splitter in _splitters(widget):
        settings.setValue(f"{key}/splitter/{splitter.objectName()}", splitter.saveState())
    settings.sync()


def restore_geometry(widget: QWidget, key: str, preferred: QSize) -> None:
    """Put the window back as it was left, or at its preferred size; always on this screen,
    and saved again whenever it closes."""
    settings = window_settings()
    geometry = settings.value(f"{key}/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        widget.restoreGeometry(geometry)
        keep_on_screen(widget)
    else:
        fit_to_screen(widget, preferred)
    if isinstance(widget, QMainWindow):
        state = settings.value(f"{key}/state")
        if isinstance(state, QByteArray):
            widget.restoreState(state)
    for splitter in _splitters(widget):
        saved = settings.value(f"{key}/splitter/{splitter.objectName()}")
        if isinstance(saved, QByteArray):
            splitter.restoreState(saved)
    widget.installEventFilter(_Keeper(widget, key))
