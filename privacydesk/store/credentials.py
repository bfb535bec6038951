"""Server passwords live in the operating system's credential store, never in plain text.

The register's URL is kept and shown without its password (``postgresql://jan@db/pd``); the
password is stored under that URL in Windows Credential Manager (or the desktop's keyring)
and put back into the URL only when the connection is made.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL

_log = logging.getLogger(__name__)
SERVICE = "PrivacyDesk register"


def _key(url: URL) -> str:
    # The same entry whichever driver the URL names (postgresql://, postgresql+psycopg://).
    bare = url.set(drivername="postgresql")._replace(password=None)
    return bare.render_as_string(hide_password=False)


def remember_password(url: URL) -> bool:
    """Keep the URL's password in the credential store. False: there is none on this computer."""
    if not url.password:
        return False
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(SERVICE, _key(url), str(url.password))
    except (ImportError, KeyringError, RuntimeError):
        _log.warning("No credential store: the server password was not kept.", exc_info=True)
        return False
    return True


def with_stored_password(url: URL) -> URL:
    """The URL with the password from the credential store, when it has none of its own."""
    if url.password:
        return url
    try:
        import keyring
        from keyring.errors import KeyringError

        password = keyring.get_password(SERVICE, _key(url))
    except (ImportError, KeyringError, RuntimeError):
        return url
    return url.set(password=password) if password else url
