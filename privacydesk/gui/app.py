"""Wiring the desktop application: Qt, the register, the main window, the reminders."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from privacydesk import __version__
from privacydesk.core.errors import UserFacingError
from privacydesk.gui.background import MainThreadGarbageCollector, run_in_background
from privacydesk.gui.colleague_changes import watch_colleagues
from privacydesk.gui.errors import install_excepthook, show_error
from privacydesk.gui.main_window import MainWindow
from privacydesk.gui.translations import install_translators
from privacydesk.logs import setup_logging
from privacydesk.resources import resource_path
from privacydesk.services import Services, open_services

if TYPE_CHECKING:
    from privacydesk.services.reminders import Reminder


def _qt_message(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own chatter goes to the log file, not to the officer's console."""
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("privacydesk.qt").log(level, "%s", message)


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qInstallMessageHandler(_qt_message)
    app = QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("PrivacyDesk")
    QCoreApplication.setApplicationName("PrivacyDesk")
    QCoreApplication.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    app.garbage_collector = MainThreadGarbageCollector(app)  # type: ignore[attr-defined]
    icon = resource_path("icons", "privacydesk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_main_window(services: Services) -> MainWindow:
    """The main window in the officer's chosen language (a setting kept in the register)."""
    app = application()
    for old in getattr(app, "privacydesk_translators", []):
        app.removeTranslator(old)
    app.privacydesk_translators = install_translators(  # type: ignore[attr-defined]
        app, services.settings.get().ui_language
    )
    return MainWindow(services)


def show_startup_reminders(window: MainWindow, services: Services) -> None:
    """Compute the reminders off the GUI thread; show the dialog only if there is something."""

    def shown(reminders: list[Reminder]) -> None:
        window.remindersChecked.emit(len(reminders))
        if not reminders:
            return
        from privacydesk.gui.reminders_dialog import RemindersDialog

        dialog = RemindersDialog(reminders, window)
        dialog.openCase.connect(window.select_case)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.reminders_dialog = dialog
        dialog.show()
        window.remindersShown.emit()

    def failed(error: BaseException) -> None:
        show_error(window, error)

    run_in_background(window, services.reminders.due, shown, failed)


def bring_forward(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def start_automatic_backup(window: MainWindow, services: Services) -> None:
    """A rotated copy of the register, off the GUI thread; a failure is said, not hidden."""
    if services.register.path is None:
        return

    def done(info: object) -> None:
        if info is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("PrivacyDesk", "Automatische back-up gemaakt."), 5000
            )

    def failed(error: BaseException) -> None:
        show_error(
            window, error, QCoreApplication.translate("PrivacyDesk", "Automatische back-up mislukt")
        )

    run_in_background(window, services.backup.automatic_backup, done, failed)


def warn_network_register(window: MainWindow) -> None:
    QMessageBox.warning(
        window,
        QCoreApplication.translate("PrivacyDesk", "Register op een netwerkschijf"),
        QCoreApplication.translate(
            "PrivacyDesk",
            "Dit register staat op een netwerkschijf. PrivacyDesk opent het zonder "
            "write-ahead log, wat trager is, en twee mensen tegelijk kunnen elkaar hinderen. "
            "Een register dat u met collega's deelt, hoort op een databankserver "
            "(PostgreSQL, via PRIVACYDESK_DATABASE_URL).",
        ),
    )


def after_window_shown(window: MainWindow, services: Services) -> None:
    """Reminders, the daily backup and the first start's set-up come after the window has
    painted: never delay it (nor do their modules load before)."""
    from privacydesk.gui.first_start import offer_first_start

    QTimer.singleShot(0, lambda: show_startup_reminders(window, services))
    QTimer.singleShot(0, lambda: start_automatic_backup(window, services))
    # A register without the company's legal details cannot issue letters: ask for them.
    QTimer.singleShot(0, lambda: offer_first_start(window, services))


def run_gui(location: str, *, demo: bool = False, fill_demo_cases: bool = False) -> int:
    """Start the program on a register; a register that cannot be opened gets a dialog."""
    app = application()
    setup_logging()
    install_excepthook()
    # Dutch for the standard buttons even before the register (and its settings) is open.
    app.privacydesk_translators = install_translators(app, "nl")  # type: ignore[attr-defined]
    from privacydesk.gui.single_instance import SingleInstance  # Qt's network module

    instance = SingleInstance(location, app)
    if not instance.try_become_primary():
        return 0  # the program already runs on this register and was brought forward
    try:
        services = open_services(location)
        if fill_demo_cases:
            from privacydesk.services.demo import fill_demo

            fill_demo(services)
    except UserFacingError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("PrivacyDesk", "Register kan niet geopend worden"),
            str(exc),
        )
        return 2
    except Exception as exc:
        show_error(None, exc)
        return 3
    window = build_main_window(services)
    window.colleague_changes = watch_colleagues(window, services)  # type: ignore[attr-defined]
    instance.activationRequested.connect(lambda: bring_forward(window))
    if services.register.network_path:
        QTimer.singleShot(0, lambda: warn_network_register(window))
    if demo:
        window.setWindowTitle(
            window.windowTitle() + QCoreApplication.translate("PrivacyDesk", " — demoregister")
        )
    window.show()
    after_window_shown(window, services)
    code = app.exec()
    services.close()
    return int(code)
