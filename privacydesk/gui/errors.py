"""The one place that turns failures into what the officer sees.

Expected failures (a rule, a locked register, a bad file) are sentences in a message box.
Anything else is a bug: logged with its traceback and shown as a short apology with the
log file's path.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from privacydesk.core.errors import UserFacingError
from privacydesk.gui.messages import error_text
from privacydesk.locations import log_dir

log = logging.getLogger("privacydesk")


def log_file() -> str:
    return str(log_dir() / "privacydesk.log")


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """A clear sentence for an expected failure; the apology-with-log for a bug."""
    if isinstance(error, UserFacingError):
        QMessageBox.warning(parent, title or parent_tr("Dat lukt niet"), error_text(error))
        return
    log.error("Unexpected error", exc_info=error)
    QMessageBox.critical(
        parent,
        parent_tr("Er ging iets mis"),
        parent_tr(
            "Sorry, er ging iets onverwachts mis. Er werd niets half opgeslagen.\n"
            "De details staan in het logbestand:\n{path}"
        ).format(path=log_file()),
    )


def parent_tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def install_excepthook() -> None:
    """Uncaught exceptions in slots are logged and shown, instead of killing the program."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("Uncaught exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        show_error(None, exc)

    sys.excepthook = hook
