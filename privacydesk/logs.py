"""The program's log file: where a traceback goes that the officer never sees."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from privacydesk.locations import log_dir

LOG_NAME = "privacydesk.log"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> None:
    """Send the program's log to its file (a console when the folder cannot be made); one
    handler per process, however often it is asked (a new one if the log folder moved)."""
    root = logging.getLogger("privacydesk")
    root.disabled = False  # a library's logging.config call may have switched it off
    path = log_file()
    for old in list(root.handlers):
        if getattr(old, "privacydesk_log", None) == str(path):
            return
        if getattr(old, "privacydesk_log", None) is not None:
            root.removeHandler(old)
            old.close()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    setattr(handler, "privacydesk_log", str(path))  # noqa: B010 - an attribute of our own
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
