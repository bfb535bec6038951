"""What a register location names: a file, or a database server (without importing a driver)."""

from __future__ import annotations

SERVER_SCHEMES = ("postgresql", "postgres")


def is_server_url(location: str) -> bool:
    """``postgresql://…`` (with or without a driver) names a server, never a file."""
    head, sep, _rest = location.partition("://")
    if not sep:
        return False
    scheme = head.split("+", 1)[0].lower()
    return scheme in SERVER_SCHEMES


def is_url(location: str) -> bool:
    head, sep, _rest = location.partition("://")
    return bool(sep) and head.replace("+", "").replace("-", "").isalnum() and len(head) > 1
