"""Expected failures of the register, as sentences the officer can act on.

The GUI shows ``str(error)`` in a dialog, the CLI prints it to stderr; neither shows a
traceback for these. Anything else is a bug and goes to the log.
"""

from __future__ import annotations

from privacydesk.core.errors import UserFacingError


class RegisterError(UserFacingError):
    """The register cannot be used as asked. The message says why and what to do."""


class RegisterLockedError(RegisterError):
    pass


class RegisterReadOnlyError(RegisterError):
    pass


class RegisterCorruptError(RegisterError):
    pass


class RegisterTooNewError(RegisterError):
    pass


class RegisterMissingError(RegisterError):
    pass
