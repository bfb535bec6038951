"""The root of every expected failure: its message is a sentence for the officer."""

from __future__ import annotations


class UserFacingError(Exception):
    """A refusal or an environment problem the officer can act on (not a bug).

    The GUI shows ``str(error)`` in a message box and the CLI prints it to stderr with a
    non-zero exit; neither shows a traceback.
    """
