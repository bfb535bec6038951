"""File names from strangers made safe to show and to save under on Windows.

A name arrives with a file or an e-mail attachment and is chosen by whoever sent it: it
may hide an extension behind a bidi override, carry a path, or be a Windows device name.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_LENGTH = 120

# Control characters, bidi overrides and isolates (U+202A–202E, U+2066–2069), zero-width
# and other format characters, line and paragraph separators, lone surrogates.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_RESERVED = frozenset('<>:"|?*')
_WINDOWS_DEVICE = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)


def safe_display_name(name: str) -> str:
    """A name that is safe to show and to save under on Windows, accents kept.

    Only the last path component is kept (``/`` and ``\\`` both count); control characters,
    bidi overrides and Windows' reserved characters go; trailing dots and spaces go; a
    device name (``CON``, ``NUL``, …) gets a ``_``; a long name is cut, keeping its
    extension. Never empty: ``document`` when nothing is left.
    """
    base = re.split(r"[\\/]", name)[-1]
    base = unicodedata.normalize("NFC", base)
    kept: list[str] = []
    for char in base:
        category = unicodedata.category(char)
        if char in "\t\r\n" or char in _RESERVED or category.startswith("Z"):
            kept.append(" ")
        elif category not in _DROPPED_CATEGORIES:
            kept.append(char)
    cleaned = re.sub(r" +", " ", "".join(kept))
    cleaned = re.sub(r" +\.", ".", cleaned).strip().rstrip(". ")
    if _WINDOWS_DEVICE.match(cleaned):
        cleaned = "_" + cleaned
    if len(cleaned) > MAX_NAME_LENGTH:
        stem, dot, extension = cleaned.rpartition(".")
        if dot and stem and 0 < len(extension) <= 8:
            stem = stem[: MAX_NAME_LENGTH - len(extension) - 1].rstrip(". ")
            cleaned = f"{stem}.{extension}"
        else:
            cleaned = cleaned[:MAX_NAME_LENGTH].rstrip(". ")
    return cleaned or "document"
