"""Cells that a spreadsheet shows as text, never runs as a formula (OWASP "CSV injection").

A requester's name is chosen by a stranger (an e-mail's From name): ``=HYPERLINK(...)`` typed
there would run in Excel when the officer opens an export. A cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return is prefixed with an apostrophe, which Excel
and LibreOffice read as "this is text". Plain numbers (``-5`` days) stay numbers.
"""

from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet will show it, never as a formula it would evaluate."""
    if text.startswith(_FORMULA_START) and not _NUMBER.match(text):
        return "'" + text
    return text
