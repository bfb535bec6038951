"""Why a letter cannot be made: sentences for the officer, never a blank in a posted letter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from privacydesk.core.errors import UserFacingError
from privacydesk.core.messages import Message, message


class TemplateError(UserFacingError, ValueError):
    """A letter template or text file that is missing, unreadable or malformed."""


class MissingPlaceholderError(UserFacingError, ValueError):
    """A value the letter needs is missing or empty: better no letter than a blank one.

    The sentence names what is needed in words (the hints); a value without a hint (a
    template of the officer's own) is named by its placeholder. ``names`` keeps the
    placeholders for the program."""

    def __init__(
        self, names: Sequence[str], hints: Mapping[str, Message | str] | None = None
    ) -> None:
        hints = hints or {}
        needed = tuple(hints.get(name) or "{" + name + "}" for name in names)
        super().__init__(
            message("De brief kan nog niet gemaakt worden; nog nodig: {needed}.", needed=needed)
        )
        self.names = list(names)
