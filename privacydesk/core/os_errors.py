"""Why the computer refused to read or write a file, said to the officer.

``OSError.strerror`` is English on most systems ("Permission denied"), whatever language
the program speaks. The common reasons are sentences of our own; the GUI translates them
like any message, the command line says them in Dutch. Any other reason stays as the
system gave it.
"""

from __future__ import annotations

import errno

from privacydesk.core.messages import Message, message

_NO_ACCESS = message("geen toegang")
_DISK_FULL = message("de schijf is vol")
_REASONS: dict[int, Message] = {
    errno.EACCES: _NO_ACCESS,
    errno.EPERM: _NO_ACCESS,
    errno.ENOSPC: _DISK_FULL,
    errno.EISDIR: message("dat is een map"),
    errno.ENOENT: message("de map of het bestand bestaat niet"),
    errno.ENOTDIR: message("een deel van het pad is geen map"),
    errno.EROFS: message("de schijf is alleen-lezen"),
    errno.ENAMETOOLONG: message("de naam is te lang"),
}
if hasattr(errno, "EDQUOT"):  # a quota on a network share; not every system names it
    _REASONS[errno.EDQUOT] = _DISK_FULL


def os_reason(exc: OSError) -> Message | str:
    """The reason of ``exc`` as a short clause ("geen toegang"), for "… kan niet geschreven
    worden: {reason}."."""
    if isinstance(exc, PermissionError):  # also Windows' "in use by another program"
        return _NO_ACCESS
    found = _REASONS.get(exc.errno) if exc.errno is not None else None
    return found if found is not None else (exc.strerror or str(exc))
