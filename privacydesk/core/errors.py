"""The root of every expected failure: its message is a sentence for the officer."""

from __future__ import annotations

from typing import Any

from privacydesk.core.messages import Message, message


class UserFacingError(Exception):
    """A refusal or an environment problem the officer can act on (not a bug).

    The CLI prints ``str(error)`` (Dutch) to stderr with a non-zero exit; the GUI shows
    ``error.message`` translated into the officer's language. Raise with the Dutch source
    text and its arguments, ``CaseRuleError("Dossier {ref} is gesloten.", ref=ref)``, so the
    GUI can translate it; a ready-made sentence still works (it is then shown as is).
    """

    def __init__(self, text: str | Message = "", /, **args: Any) -> None:
        self.message: Message = text if isinstance(text, Message) else message(text, **args)
        super().__init__(str(self.message))
