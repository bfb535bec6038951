"""The secret that keys the audit chain, kept outside the register.

Anyone holding the register file can recompute plain SHA-256 hashes; an HMAC needs this
key too. It lives in the operating system's credential store (Windows Credential Manager,
macOS Keychain, Secret Service) through ``keyring``; where no credential store answers, in
a file in the user's configuration folder — never beside the register, so a copy of the
register folder does not carry it. One key per register, found by the register's id.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_path

APP_NAME = "PrivacyDesk"
KEYRING_SERVICE = "PrivacyDesk audit key"
# Tests and portable installs point this at a folder of their own; then the credential
# store is never asked (a test must never write into the real one).
KEY_DIR_ENV = "PRIVACYDESK_KEY_DIR"

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AuditKey:
    key: bytes
    created: bool  # made just now: this computer had no key for the register
    where: str  # "credential store" or the file's path, for the log


def key_folder() -> Path:
    """The file fallback: ``%APPDATA%\\PrivacyDesk\\audit-keys`` (roaming, so not the
    ``%LOCALAPPDATA%`` folder that holds the default register), ``~/.config/...`` on Linux."""
    override = os.environ.get(KEY_DIR_ENV)
    if override:
        return Path(override)
    return user_config_path(APP_NAME, appauthor=False, roaming=True) / "audit-keys"


def _use_keyring() -> bool:
    return not os.environ.get(KEY_DIR_ENV)


def _key_file(register_id: str) -> Path:
    safe = "".join(ch for ch in register_id if ch.isalnum() or ch == "-")
    return key_folder() / f"{safe}.key"


def _parse(text: str | None) -> bytes | None:
    if not text:
        return None
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        return None
    return key if len(key) >= 32 else None


def _from_keyring(register_id: str) -> bytes | None:
    if not _use_keyring():
        return None
    try:
        import keyring

        return _parse(keyring.get_password(KEYRING_SERVICE, register_id))
    except Exception:  # no credential store on this computer, or it refused: use the file
        _log.info("No credential store answered for the audit key.", exc_info=True)
        return None


def _to_keyring(register_id: str, key: bytes) -> bool:
    if not _use_keyring():
        return False
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, register_id, key.hex())
        return _from_keyring(register_id) == key
    except Exception:
        _log.info("The credential store did not take the audit key.", exc_info=True)
        return False


def _from_file(register_id: str) -> bytes | None:
    path = _key_file(register_id)
    try:
        return _parse(path.read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError):
        return None


def _to_file(register_id: str, key: bytes) -> Path:
    path = _key_file(register_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    # Readable by this user only where the file system has such permissions (POSIX);
    # on Windows the user profile folder already is.
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.hex())
    os.replace(partial, path)
    with contextlib.suppress(OSError):
        path.chmod(0o600)
    return path


def find_key(register_id: str) -> bytes | None:
    """The register's key on this computer, or None."""
    return _from_keyring(register_id) or _from_file(register_id)


def load_or_create_key(register_id: str) -> AuditKey:
    """The register's key; a new one (credential store first, else the file) when this
    computer has none."""
    found = _from_keyring(register_id)
    if found is not None:
        return AuditKey(found, False, "credential store")
    found = _from_file(register_id)
    if found is not None:
        return AuditKey(found, False, str(_key_file(register_id)))
    key = secrets.token_bytes(32)
    if _to_keyring(register_id, key):
        return AuditKey(key, True, "credential store")
    return AuditKey(key, True, str(_to_file(register_id, key)))
