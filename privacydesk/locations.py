"""The one place that knows where PrivacyDesk keeps its files on this computer."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "PrivacyDesk"
DATABASE_URL_ENV = "PRIVACYDESK_DATABASE_URL"
DATA_DIR_ENV = "PRIVACYDESK_DATA_DIR"  # tests and portable installs point this elsewhere


def data_dir() -> Path:
    """``%LOCALAPPDATA%\\PrivacyDesk`` on Windows, ``~/.local/share/PrivacyDesk`` on Linux."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_register() -> Path:
    return data_dir() / "register.sqlite"


def log_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "logs"
    return user_log_path(APP_NAME, appauthor=False)


def chosen_register_file() -> Path:
    """Where the program notes the register chosen in its window (a server URL, no password)."""
    return data_dir() / "register-location.txt"


def choose_register(location: str) -> None:
    path = chosen_register_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(location + "\n", encoding="utf-8")


def register_location(db: str | None) -> str:
    """``--db`` wins, then ``PRIVACYDESK_DATABASE_URL``, then the register chosen in the
    program (after a move to a server), then the user's default register."""
    if db:
        return db
    env = os.environ.get(DATABASE_URL_ENV)
    if env:
        return env
    try:
        chosen = chosen_register_file().read_text(encoding="utf-8").strip()
    except OSError:
        chosen = ""
    if chosen:
        return chosen
    return str(default_register())
